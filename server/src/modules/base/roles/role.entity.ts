import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { Tenant, TenantEntity } from '../../../core/tenant.js';

/** A role = a set of rights (module:action) of one company (BASE-4). */
@ObjectType()
@Tenant()
@Entity({ tableName: 'role' })
export class Role extends TenantEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'string' })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  description?: string | null;

  /** The built-in template this role was copied from, if any. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  template?: string | null;

  @Field(() => [String])
  @Property({ type: 'string[]', columnType: 'text[]' })
  rights: string[] = [];

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
