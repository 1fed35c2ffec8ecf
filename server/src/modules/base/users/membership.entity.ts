import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { Tenant, TenantEntity } from '../../../core/tenant.js';
import { User } from './user.entity.js';
import { Role } from '../roles/role.entity.js';

/** A user's membership in one company, with the role granted there (BASE-3). */
@ObjectType()
@Tenant()
@Entity({ tableName: 'membership' })
export class Membership extends TenantEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { ref: true })
  user!: Ref<User>;

  @ManyToOne(() => Role, { ref: true })
  role!: Ref<Role>;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  active: boolean = true;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
