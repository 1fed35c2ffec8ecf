import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { Tenant, TenantEntity } from '../../../core/tenant.js';
import { User } from '../users/user.entity.js';

export type SupportGrantEndReason = 'grantor_lost_authority';

/** Time-boxed access of the platform operator to one company, granted by its administrator (BASE-6). */
@ObjectType()
@Tenant()
@Entity({ tableName: 'support_grant' })
export class SupportGrant extends TenantEntity {
  [OptionalProps]?: 'active' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { ref: true })
  grantedBy!: Ref<User>;

  @Field(() => String)
  @Property({ type: 'string' })
  reason!: string;

  @Field(() => [String])
  @Property({ type: 'string[]', columnType: 'text[]' })
  rights: string[] = [];

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  revokedBy?: Ref<User> | null;

  /**
   * Why the grant ended before its time, when not revoked by an administrator: `grantor_lost_authority`
   * — the administrator who gave it no longer may (demoted, disabled, their role stripped of base:edit).
   */
  @Property({ type: 'string', nullable: true })
  revokedReason?: SupportGrantEndReason | null;

  @Field(() => Boolean)
  get active(): boolean {
    return !this.revokedAt && this.expiresAt.getTime() > Date.now();
  }
}
