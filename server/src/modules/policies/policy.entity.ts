import { Collection, Entity, ManyToOne, OneToMany, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { Tenant, TenantEntity } from '../../core/tenant.js';
import { Client } from '../clients/client.entity.js';
import { Insurer } from './insurer.entity.js';
import { LineOfBusiness } from './line-of-business.entity.js';
import { DecimalScalar } from './money.js';
import { PaymentFrequency, PolicyStatus } from './policy.enums.js';

/**
 * A policy / contract (PL-1). Its client, insurer and line are fields resolved in
 * policy-fields.resolver.ts; its installment schedule is `policy_installment`.
 */
@ObjectType({ description: 'A policy or contract of a client.' })
@Tenant()
@Entity({ tableName: 'policy' })
export class Policy extends TenantEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'Unique per company and insurer.' })
  @Property({ type: 'string' })
  number!: string;

  @ManyToOne(() => Client, { ref: true, deleteRule: 'no action', updateRule: 'no action' })
  client!: Ref<Client>;

  @ManyToOne(() => Insurer, { ref: true, deleteRule: 'no action', updateRule: 'no action' })
  insurer!: Ref<Insurer>;

  @ManyToOne(() => LineOfBusiness, { ref: true, fieldName: 'line_id', deleteRule: 'no action', updateRule: 'no action' })
  line!: Ref<LineOfBusiness>;

  @Field(() => PolicyStatus)
  @Property({ type: 'string' })
  status!: PolicyStatus;

  @Field(() => Boolean, { description: 'Issued by another intermediary, kept for after-sales service.' })
  @Property({ type: 'boolean' })
  foreignBusiness: boolean = false;

  @Field(() => String, { description: 'YYYY-MM-DD, first day of cover.' })
  @Property({ type: 'date' })
  coverStart!: string;

  @Field(() => String, { description: 'YYYY-MM-DD, last day of cover (included).' })
  @Property({ type: 'date' })
  coverEnd!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Property({ type: 'date', nullable: true })
  issueDate?: string | null;

  @Field(() => DecimalScalar)
  @Property({ type: 'decimal', columnType: 'numeric(14,2)' })
  premiumNet!: string;

  @Field(() => DecimalScalar)
  @Property({ type: 'decimal', columnType: 'numeric(14,2)' })
  premiumTaxes!: string;

  @Field(() => DecimalScalar, { description: 'premiumNet + premiumTaxes, exactly.' })
  @Property({ type: 'decimal', columnType: 'numeric(14,2)' })
  premiumGross!: string;

  @Field(() => PaymentFrequency)
  @Property({ type: 'string' })
  paymentFrequency!: PaymentFrequency;

  @Field(() => ID, { nullable: true, description: 'The producing user (a member of the company).' })
  @Property({ type: 'uuid', nullable: true })
  producerId?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  notes?: string | null;

  @Field(() => Boolean, { description: 'Renewed automatically when the cover ends (tacit renewal), instead of lapsing.' })
  @Property({ type: 'boolean' })
  tacitRenewal: boolean = false;

  /** The policy this one renews (the previous period); resolved as `Policy.previous`. */
  @ManyToOne(() => Policy, { ref: true, nullable: true, fieldName: 'previous_id', deleteRule: 'no action', updateRule: 'no action' })
  previous?: Ref<Policy> | null;

  /** The policy renewing this one (at most one: unique index policy_renewed_once); for queries only. */
  @OneToMany(() => Policy, (p) => p.previous)
  renewals = new Collection<Policy>(this);

  @Field(() => DecimalScalar, { nullable: true, description: 'The insured sum (changed by endorsements).' })
  @Property({ type: 'decimal', columnType: 'numeric(14,2)', nullable: true })
  insuredSum?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
