import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Tenant, TenantEntity } from '../../core/tenant.js';

/** A conversation between a client and the agency about one case (PO-7), on one client's card. */
@Tenant()
@Entity({ tableName: 'portal_thread' })
export class PortalThread extends TenantEntity {
  [OptionalProps]?: 'createdAt' | 'lastMessageAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  clientId!: string;

  @Property({ type: 'string' })
  subject!: string;

  @Property({ type: 'uuid', nullable: true })
  policyId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  claimId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  startedByPortalUser?: string | null;

  @Property({ type: 'uuid', nullable: true })
  startedByStaff?: string | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  lastMessageAt: Date = new Date();
}

@Tenant()
@Entity({ tableName: 'portal_message' })
export class PortalMessage extends TenantEntity {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  threadId!: string;

  @Property({ type: 'string' })
  author!: 'client' | 'staff';

  @Property({ type: 'uuid', nullable: true })
  portalUserId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  staffUserId?: string | null;

  @Property({ type: 'string' })
  authorName!: string;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
