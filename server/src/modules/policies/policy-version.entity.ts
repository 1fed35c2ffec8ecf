import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { Tenant, TenantEntity } from '../../core/tenant.js';
import { PolicyVersionKind } from './policy-changes.enums.js';
import { Policy } from './policy.entity.js';

/** One changed term of a version: the field and its value before and after (strings, exact). */
export interface VersionChange {
  field: string;
  before: string | null;
  after: string | null;
}

/** A policy's terms as of a version (amounts as decimal strings). */
export interface VersionTerms {
  premiumNet: string;
  premiumTaxes: string;
  premiumGross: string;
  insuredSum: string | null;
  coverStart: string;
  coverEnd: string;
  paymentFrequency: string;
  objects: Array<{ id: string; kind: string; description: string; insuredSum: string | null }>;
}

/**
 * A version of a policy's terms: 1 as issued, then one per endorsement. Append-only — the database
 * refuses UPDATE and DELETE (trigger policy_version_no_update, migration 0013). GraphQL fields are
 * served by policy-changes-fields.resolver.ts.
 */
@ObjectType('PolicyVersion', { description: 'A version of a policy: what it changed, who, when, effective from.' })
@Tenant()
@Entity({ tableName: 'policy_version' })
export class PolicyVersion extends TenantEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Policy, { ref: true, deleteRule: 'no action', updateRule: 'no action' })
  policy!: Ref<Policy>;

  @Field(() => Int)
  @Property({ type: 'integer' })
  version!: number;

  @Field(() => PolicyVersionKind)
  @Property({ type: 'string' })
  kind!: PolicyVersionKind;

  @Field(() => String, { description: 'YYYY-MM-DD, the day the version takes effect.' })
  @Property({ type: 'date' })
  effectiveDate!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @Property({ type: 'json', columnType: 'jsonb' })
  changes: VersionChange[] = [];

  @Property({ type: 'json', columnType: 'jsonb' })
  terms!: VersionTerms;

  @Property({ type: 'uuid', nullable: true })
  createdBy?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
