import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { Tenant, TenantEntity } from '../../core/tenant.js';
import { DecimalScalar } from './money.js';
import { Policy } from './policy.entity.js';

/** One row of a policy's installment schedule (what billing will invoice). Paid rows are never rewritten. */
@ObjectType('PolicyInstallment', { description: 'An installment of the premium: due date, period covered, amounts.' })
@Tenant()
@Entity({ tableName: 'policy_installment' })
export class PolicyInstallment extends TenantEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Policy, { ref: true, deleteRule: 'no action', updateRule: 'no action' })
  policy!: Ref<Policy>;

  @Field(() => Int)
  @Property({ type: 'integer' })
  seq!: number;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Property({ type: 'date' })
  dueDate!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Property({ type: 'date' })
  periodStart!: string;

  @Field(() => String, { description: 'YYYY-MM-DD, included.' })
  @Property({ type: 'date' })
  periodEnd!: string;

  @Field(() => DecimalScalar)
  @Property({ type: 'decimal', columnType: 'numeric(14,2)' })
  net!: string;

  @Field(() => DecimalScalar)
  @Property({ type: 'decimal', columnType: 'numeric(14,2)' })
  taxes!: string;

  @Field(() => DecimalScalar)
  @Property({ type: 'decimal', columnType: 'numeric(14,2)' })
  gross!: string;

  @Field(() => Date, { nullable: true, description: 'Set by billing when the installment is paid.' })
  @Property({ type: 'datetime', nullable: true })
  paidAt?: Date | null;
}
