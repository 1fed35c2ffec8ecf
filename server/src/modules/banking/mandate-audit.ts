import type { FilterQuery } from '@mikro-orm/core';
import type { RequestContext } from '../../core/context.js';
import type { AuditEvent } from '../base/audit/audit-event.entity.js';
import { insertAuditRows } from '../base/audit/audit.writer.js';
import { asRecord, extendAuditSubject } from '../base/audit/audit-subjects.js';

/**
 * SEPA mandates in the audit trail. The mandate services write with SQL, so they write their audit rows
 * themselves (entity `SepaMandate`, like RiBa's `RibaItem`): creation (the values set), amendment (the
 * changed account / BIC / reference, before → after), revocation (status, date, reason) and the mark for
 * the last collection (`lastCollectionBy`). Each row carries `client`, so the client's History
 * (`clientAuditTrail`) shows it and the trail names the client.
 */
export const MANDATE_ENTITY = 'SepaMandate';

extendAuditSubject('client', {
  idOf: (row) => {
    if (row.entityType !== MANDATE_ENTITY) return null;
    const id = asRecord(row.after).client ?? asRecord(row.before).client;
    return typeof id === 'string' ? id : null;
  },
  rowsOf: (id) => ({ $or: [{ entityType: MANDATE_ENTITY, after: { client: id } }, { entityType: MANDATE_ENTITY, before: { client: id } }] }) as FilterQuery<AuditEvent>,
});

export function auditMandate(
  ctx: RequestContext,
  action: 'create' | 'update',
  mandate: { id: string; clientId: string },
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
): Promise<void> {
  return insertAuditRows(ctx.em, ctx.actor(), [
    {
      companyId: ctx.requireCompany(),
      action,
      entityType: MANDATE_ENTITY,
      entityId: mandate.id,
      before: before && { client: mandate.clientId, ...before },
      after: { client: mandate.clientId, ...after },
    },
  ]);
}
