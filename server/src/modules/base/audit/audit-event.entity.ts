import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { Tenant, TenantEntity } from '../../../core/tenant.js';

/**
 * One entry of the audit trail (BASE-7). Rows are written by the audit subscriber with raw SQL; the
 * database computes seq, prev_hash and hash (trigger) and refuses UPDATE and DELETE.
 */
@ObjectType()
@Tenant()
@Entity({ tableName: 'audit_event', readonly: true })
export class AuditEvent extends TenantEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => String)
  @Property({ type: 'bigint' })
  seq!: string;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  at!: Date;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  userId?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  userEmail?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  roleName?: string | null;

  @Field(() => String)
  @Property({ type: 'string' })
  channel!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  action!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  entityType!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  entityId?: string | null;

  @Field(() => GraphQLJSON, { nullable: true })
  @Property({ type: 'json', nullable: true })
  before?: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  @Property({ type: 'json', nullable: true })
  after?: unknown;

  @Property({ type: 'string' })
  prevHash!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  hash!: string;
}
