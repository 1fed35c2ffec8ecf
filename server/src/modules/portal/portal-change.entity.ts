import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Tenant, TenantEntity } from '../../core/tenant.js';

export type SyncMode = 'apply' | 'review';
export type CardArea = 'addresses' | 'contacts' | 'bank_accounts';

/** The company's portal settings (PO-3): changes applied at once, or queued for staff's review. */
@Tenant()
@Entity({ tableName: 'portal_setting' })
export class PortalSetting extends TenantEntity {
  [OptionalProps]?: 'syncMode' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string' })
  syncMode: SyncMode = 'review';

  @Property({ type: 'uuid', nullable: true })
  updatedBy?: string | null;

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** A data area of a card as a client entered it on the portal, and what became of it. */
@Tenant()
@Entity({ tableName: 'portal_change' })
export class PortalChange extends TenantEntity {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  clientId!: string;

  @Property({ type: 'uuid', nullable: true })
  portalUserId?: string | null;

  @Property({ type: 'string', columnType: 'citext' })
  enteredByEmail!: string;

  @Property({ type: 'string' })
  area!: CardArea;

  @Property({ type: 'json', columnType: 'jsonb' })
  data!: Array<Record<string, unknown>>;

  @Property({ type: 'string' })
  status!: 'pending' | 'applied' | 'approved' | 'rejected';

  @Property({ type: 'text', nullable: true })
  message?: string | null;

  @Property({ type: 'uuid', nullable: true })
  reviewedBy?: string | null;

  @Property({ type: 'datetime', nullable: true })
  reviewedAt?: Date | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
