import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { Tenant, TenantEntity } from '../../core/tenant.js';
import { ClientAddress } from '../clients/address.entity.js';
import { DecimalScalar } from './money.js';
import { InsuredObjectKind } from './policy-changes.enums.js';
import { Policy } from './policy.entity.js';

/**
 * An insured object: one of the policyholder's addresses (a risk location, its text kept in
 * `description`) or a free object. An endorsement removing it sets `removedOn`; the row stays.
 */
@ObjectType('PolicyInsuredObject', { description: 'An insured object of a policy: an address of the policyholder or a free object.' })
@Tenant()
@Entity({ tableName: 'policy_insured_object' })
export class PolicyInsuredObject extends TenantEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Policy, { ref: true, deleteRule: 'no action', updateRule: 'no action' })
  policy!: Ref<Policy>;

  @Field(() => InsuredObjectKind)
  @Property({ type: 'string' })
  kind!: InsuredObjectKind;

  /** Resolved as `address`; cleared by the database when the card's address is removed. */
  @ManyToOne(() => ClientAddress, { ref: true, nullable: true, fieldName: 'address_id', deleteRule: 'set null', updateRule: 'no action' })
  address?: Ref<ClientAddress> | null;

  @Field(() => String, { description: 'Free objects: as entered; addresses: the address as written when it was insured.' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => DecimalScalar, { nullable: true })
  @Property({ type: 'decimal', columnType: 'numeric(14,2)', nullable: true })
  insuredSum?: string | null;

  @Field(() => String, { description: 'YYYY-MM-DD, insured from.' })
  @Property({ type: 'date' })
  addedOn!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, removed by an endorsement effective that day.' })
  @Property({ type: 'date', nullable: true })
  removedOn?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
