import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Tenant, TenantEntity } from '../../core/tenant.js';

/**
 * A client's account on one company's portal: its own e-mail, argon2id password, optional TOTP,
 * verified e-mail and lockout — never a staff user (a person may hold both, separately).
 */
@Tenant()
@Entity({ tableName: 'portal_user' })
export class PortalUser extends TenantEntity {
  [OptionalProps]?: 'locale' | 'totpEnabled' | 'failedLogins' | 'disabled' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', columnType: 'citext' })
  email!: string;

  @Property({ type: 'string' })
  displayName!: string;

  @Property({ type: 'string', nullable: true, hidden: true })
  passwordHash?: string | null;

  @Property({ type: 'string' })
  locale: string = 'en';

  @Property({ type: 'datetime', nullable: true })
  emailVerifiedAt?: Date | null;

  @Property({ type: 'string', nullable: true, hidden: true })
  totpSecret?: string | null;

  @Property({ type: 'boolean' })
  totpEnabled: boolean = false;

  @Property({ type: 'bigint', nullable: true, hidden: true })
  totpLastStep?: string | null;

  @Property({ type: 'integer', hidden: true })
  failedLogins: number = 0;

  @Property({ type: 'datetime', nullable: true, hidden: true })
  lockedUntil?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  lastLoginAt?: Date | null;

  @Property({ type: 'datetime', nullable: true, hidden: true })
  passwordChangedAt?: Date | null;

  @Property({ type: 'boolean' })
  disabled: boolean = false;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

/** A portal sign-in; only the SHA-256 of its token is stored. */
@Tenant()
@Entity({ tableName: 'portal_session' })
export class PortalSession extends TenantEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  portalUserId!: string;

  @Property({ type: 'string', hidden: true })
  tokenHash!: string;

  @Property({ type: 'string' })
  stage!: 'mfa_pending' | 'active';

  @Property({ type: 'string' })
  kind!: 'cookie' | 'bearer';

  @Property({ type: 'string', nullable: true })
  ip?: string | null;

  @Property({ type: 'string', nullable: true })
  userAgent?: string | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  lastSeenAt: Date = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  /** Staff looking at the portal as this user (read-only). */
  @Property({ type: 'uuid', nullable: true })
  viewAsBy?: string | null;

  /** The staff session that opened this view: signing out of it ends the view (migration 0048). */
  @Property({ type: 'uuid', nullable: true })
  viewAsSessionId?: string | null;
}

/** A one-time link: e-mail verification, invitation to a grant, password reset. */
@Tenant()
@Entity({ tableName: 'portal_token' })
export class PortalToken extends TenantEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string' })
  purpose!: 'verify' | 'invite' | 'reset';

  @Property({ type: 'string', hidden: true })
  tokenHash!: string;

  @Property({ type: 'string', columnType: 'citext' })
  email!: string;

  @Property({ type: 'uuid', nullable: true })
  portalUserId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  grantUserId?: string | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt?: Date | null;
}
