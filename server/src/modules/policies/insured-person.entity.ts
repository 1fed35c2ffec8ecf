import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { Tenant, TenantEntity } from '../../core/tenant.js';
import { Client } from '../clients/client.entity.js';
import { InsuredPersonRole } from './policy-changes.enums.js';
import { Policy } from './policy.entity.js';

/** Another client of the company insured by a policy (insured person, driver, beneficiary). */
@ObjectType('PolicyInsuredPerson', { description: 'A client with a role on a policy other than policyholder.' })
@Tenant()
@Entity({ tableName: 'policy_insured_person' })
export class PolicyInsuredPerson extends TenantEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Policy, { ref: true, deleteRule: 'no action', updateRule: 'no action' })
  policy!: Ref<Policy>;

  /** Resolved as `client` (policy-changes-fields.resolver.ts). */
  @ManyToOne(() => Client, { ref: true, deleteRule: 'no action', updateRule: 'no action' })
  client!: Ref<Client>;

  @Field(() => InsuredPersonRole)
  @Property({ type: 'string' })
  role!: InsuredPersonRole;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
