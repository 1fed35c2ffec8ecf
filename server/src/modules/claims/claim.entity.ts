import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { Tenant, TenantEntity } from '../../core/tenant.js';
import { Client } from '../clients/client.entity.js';
import { Policy } from '../policies/policy.entity.js';
import { DecimalScalar } from '../policies/money.js';
import { ClaimMoneyKind, ClaimPartyRole, ClaimStatus } from './claim.enums.js';

/** A claim of a client (CLM-1); client, policy, handler, parties, history and money are resolved in claim-fields.resolver.ts. */
@ObjectType({ description: 'A claim of a client, with or without a policy.' })
@Tenant()
@Entity({ tableName: 'claim' })
export class Claim extends TenantEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Client, { ref: true, deleteRule: 'no action', updateRule: 'no action' })
  client!: Ref<Client>;

  @ManyToOne(() => Policy, { ref: true, nullable: true, deleteRule: 'no action', updateRule: 'no action' })
  policy?: Ref<Policy> | null;

  @Field(() => ClaimStatus)
  @Property({ type: 'string' })
  status: ClaimStatus = ClaimStatus.REPORTED;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Property({ type: 'date' })
  lossDate!: string;

  /** HH:MM (GraphQL field in claim-fields.resolver.ts) */
  @Property({ type: 'time', nullable: true })
  lossTime?: string | null;

  @Field(() => String)
  @Property({ type: 'text' })
  lossPlace!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  description!: string;

  @Field(() => String, { nullable: true, description: "The insurer's claim number." })
  @Property({ type: 'text', nullable: true })
  insurerClaimNumber?: string | null;

  @Field(() => ID, { nullable: true, description: 'The handling user (an active member of the company).' })
  @Property({ type: 'uuid', nullable: true })
  handlerId?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  reportedAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime' })
  statusChangedAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

@ObjectType({ description: 'A party involved in a claim (for motor claims with its plate).' })
@Tenant()
@Entity({ tableName: 'claim_party' })
export class ClaimParty extends TenantEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Claim, { ref: true, deleteRule: 'cascade', updateRule: 'no action' })
  claim!: Ref<Claim>;

  @Field(() => Int)
  @Property({ type: 'integer' })
  seq!: number;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => ClaimPartyRole)
  @Property({ type: 'string' })
  role!: ClaimPartyRole;

  @Field(() => String, { nullable: true, description: "The party's insurer." })
  @Property({ type: 'text', nullable: true })
  insurerName?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  plate?: string | null;
}

@ObjectType({ description: 'One step of the claim workflow: who moved it, when, and why.' })
@Tenant()
@Entity({ tableName: 'claim_status_change' })
export class ClaimStatusChange extends TenantEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Claim, { ref: true, deleteRule: 'cascade', updateRule: 'no action' })
  claim!: Ref<Claim>;

  @Field(() => ClaimStatus, { nullable: true, description: 'Null for the report itself.' })
  @Property({ type: 'string', nullable: true })
  fromStatus?: ClaimStatus | null;

  @Field(() => ClaimStatus)
  @Property({ type: 'string' })
  toStatus!: ClaimStatus;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  changedBy?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  changedAt: Date = new Date();
}

/** A reserve (the reserve's new amount) or a payment on a claim; the running totals are computed on read. */
@Tenant()
@Entity({ tableName: 'claim_money' })
export class ClaimMoney extends TenantEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Claim, { ref: true, deleteRule: 'cascade', updateRule: 'no action' })
  claim!: Ref<Claim>;

  @Property({ type: 'integer' })
  seq!: number;

  @Property({ type: 'string' })
  kind!: ClaimMoneyKind;

  @Property({ type: 'decimal', columnType: 'numeric(14,2)' })
  amount!: string;

  @Property({ type: 'date' })
  entryDate!: string;

  @Property({ type: 'text', nullable: true })
  payee?: string | null;

  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Property({ type: 'uuid', nullable: true })
  createdBy?: string | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

