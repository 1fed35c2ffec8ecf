import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { randomUUID } from 'node:crypto';

/** One login (e-mail) for all companies (BASE-2). Secrets are never exposed as GraphQL fields. */
@ObjectType()
@Entity({ tableName: 'app_user' })
export class User {
  [OptionalProps]?: 'locale' | 'isOperator' | 'disabled' | 'totpEnabled' | 'recoveryCodes' | 'failedLogins' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'string', columnType: 'citext' })
  email!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  displayName!: string;

  @Property({ type: 'string', nullable: true, hidden: true })
  passwordHash?: string | null;

  @Field(() => String)
  @Property({ type: 'string' })
  locale: string = 'en';

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  isOperator: boolean = false;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  disabled: boolean = false;

  @Property({ type: 'string', nullable: true, hidden: true })
  totpSecret?: string | null;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  totpEnabled: boolean = false;

  @Property({ type: 'string[]', columnType: 'text[]', hidden: true })
  recoveryCodes: string[] = [];

  /** The last accepted TOTP time step: a code is never accepted twice (RFC 6238 §5.2). */
  @Property({ type: 'bigint', nullable: true, hidden: true })
  totpLastStep?: string | null;

  @Property({ type: 'integer', hidden: true })
  failedLogins: number = 0;

  @Property({ type: 'datetime', nullable: true, hidden: true })
  lockedUntil?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  lastLoginAt?: Date | null;

  @Property({ type: 'datetime', nullable: true, hidden: true })
  passwordChangedAt?: Date | null;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
