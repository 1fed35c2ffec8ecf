import type { EntityManager } from '@mikro-orm/core';
import { contextFor, type Actor } from '../../../core/context.js';

export interface AuditRow {
  companyId: string;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

/**
 * Appends rows to the audit trail in the current transaction. The database trigger assigns seq,
 * prev_hash and hash; row-level security only lets rows of the active company in. What a query
 * records (a download, an export, an access under a support grant) goes in a transaction of its own,
 * committed before the answer: a query's transaction is read-only (core/request.ts).
 */
export async function insertAuditRows(em: EntityManager, actor: Actor, rows: AuditRow[]): Promise<void> {
  const ctx = contextFor(em);
  if (ctx?.readOnlyTransaction) return ctx.writeForRead((own) => appendAuditRows(own, actor, rows));
  return appendAuditRows(em, actor, rows);
}

async function appendAuditRows(em: EntityManager, actor: Actor, rows: AuditRow[]): Promise<void> {
  const values: unknown[] = [];
  const tuples = rows.map((r) => {
    values.push(
      r.companyId,
      actor.userId,
      actor.email,
      actor.roleName,
      actor.channel,
      r.action,
      r.entityType,
      r.entityId,
      r.before === null || r.before === undefined ? null : JSON.stringify(r.before),
      r.after === null || r.after === undefined ? null : JSON.stringify(r.after),
    );
    return `(?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, 0, '', '')`;
  });
  await em
    .getConnection()
    .execute(
      `insert into audit_event (company_id, user_id, user_email, role_name, channel, action, entity_type, entity_id, before, after, seq, prev_hash, hash) values ${tuples.join(', ')}`,
      values,
      'run',
      em.getTransactionContext(),
    );
}
