import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { User } from '../users/user.entity.js';

/**
 * A sign-in. Only the SHA-256 of the token is stored. `mfa_pending` sessions can do nothing but
 * complete the second factor.
 */
@ObjectType('Session')
@Entity({ tableName: 'user_session' })
export class UserSession {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', hidden: true })
  tokenHash!: string;

  @ManyToOne(() => User, { ref: true })
  user!: Ref<User>;

  @Property({ type: 'string' })
  stage!: 'mfa_pending' | 'active';

  @Field(() => String)
  @Property({ type: 'string' })
  kind!: 'cookie' | 'bearer';

  @Property({ type: 'uuid', nullable: true })
  activeCompanyId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  supportGrantId?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  ip?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  userAgent?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime' })
  lastSeenAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;
}

@Entity({ tableName: 'password_reset_token' })
export class PasswordResetToken {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { ref: true })
  user!: Ref<User>;

  @Property({ type: 'string' })
  tokenHash!: string;

  @Property({ type: 'string' })
  purpose!: 'reset' | 'invite';

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt?: Date | null;
}

@Entity({ tableName: 'login_event' })
export class LoginEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'uuid', nullable: true })
  userId?: string | null;

  @Property({ type: 'string', columnType: 'citext' })
  email!: string;

  @Property({ type: 'boolean' })
  success!: boolean;

  @Property({ type: 'string' })
  reason!: string;

  @Property({ type: 'string', nullable: true })
  ip?: string | null;

  @Property({ type: 'datetime' })
  at: Date = new Date();
}
