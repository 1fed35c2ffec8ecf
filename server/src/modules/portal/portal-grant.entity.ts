import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Tenant, TenantEntity } from '../../core/tenant.js';

/** A named grant over one or more clients (PO-5) and what it shares (PO-6). */
@Tenant()
@Entity({ tableName: 'portal_grant' })
export class PortalGrant extends TenantEntity {
  [OptionalProps]?: 'includeClaims' | 'shareMode' | 'shareStatuses' | 'commercialView' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string' })
  name!: string;

  @Property({ type: 'boolean' })
  includeClaims: boolean = false;

  @Property({ type: 'string' })
  shareMode: 'by_status' | 'picked' = 'by_status';

  @Property({ type: 'string[]', columnType: 'text[]' })
  shareStatuses: string[] = ['policy'];

  @Property({ type: 'string[]', columnType: 'text[]', nullable: true })
  shareLines?: string[] | null;

  @Property({ type: 'boolean' })
  commercialView: boolean = false;

  @Property({ type: 'uuid', nullable: true })
  createdBy?: string | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** A client the grant covers. */
@Tenant()
@Entity({ tableName: 'portal_grant_client' })
export class PortalGrantClient extends TenantEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  grantId!: string;

  @Property({ type: 'uuid' })
  clientId!: string;
}

/** A contract picked one by one (share mode `picked`). */
@Tenant()
@Entity({ tableName: 'portal_grant_policy' })
export class PortalGrantPolicy extends TenantEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  grantId!: string;

  @Property({ type: 'uuid' })
  policyId!: string;
}

/** A user of the grant by e-mail: linked to a portal account, or invited and waiting. */
@Tenant()
@Entity({ tableName: 'portal_grant_user' })
export class PortalGrantUser extends TenantEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  grantId!: string;

  @Property({ type: 'string', columnType: 'citext' })
  email!: string;

  @Property({ type: 'uuid', nullable: true })
  portalUserId?: string | null;

  @Property({ type: 'datetime', nullable: true })
  invitedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  linkedAt?: Date | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
