import { ArrayType, type ChangeSet, ChangeSetType, type EntityManager, type EntityProperty, type EventSubscriber, type FlushEventArgs, helper } from '@mikro-orm/core';
import { contextFor } from '../../../core/context.js';
import { isTenantEntity } from '../../../core/tenant-guard.subscriber.js';
import { insertAuditRows, type AuditRow } from './audit.writer.js';

/** Entities whose changes are not business events (sessions, sign-in log, mail queue, the trail itself). */
const NOT_AUDITED = new Set(['UserSession', 'LoginEvent', 'PasswordResetToken', 'OutboxMessage', 'AuditEvent', 'PortalSession', 'PortalToken']);
/** Properties never copied into the trail. */
const SECRET = new Set(['passwordHash', 'totpSecret', 'recoveryCodes', 'tokenHash']);
/**
 * Personal data of an entity the trail never copies (written as "[withheld]"), registered by the
 * module owning it: the trail is append-only and chained, so what a GDPR erasure must remove can
 * only be kept out of it from the start (e.g. the answers of offers and quote requests).
 */
const WITHHELD = new Map<string, Set<string>>();

export function withholdFromAudit(entityName: string, properties: readonly string[]): void {
  WITHHELD.set(entityName, new Set([...(WITHHELD.get(entityName) ?? []), ...properties]));
}

/** Changes of only these properties are bookkeeping, not user actions. */
const NOISE = new Set(['lastLoginAt', 'failedLogins', 'lockedUntil', 'lastSeenAt']);

/** Secrets redacted; values as the entity holds them (an array, not PostgreSQL's `{a,b}` literal). */
function clean(cs: ChangeSet<object>, em: EntityManager, data: Record<string, unknown> | undefined): Record<string, unknown> | null {
  if (!data) return null;
  const out: Record<string, unknown> = {};
  const withheld = WITHHELD.get(cs.meta.className);
  for (const [k, v] of Object.entries(data)) {
    const type = (cs.meta.properties as Record<string, EntityProperty | undefined>)[k]?.customType;
    if (SECRET.has(k)) out[k] = '[redacted]';
    else if (withheld?.has(k)) out[k] = v == null ? v : '[withheld]';
    else if (typeof v === 'string' && type instanceof ArrayType) out[k] = type.convertToJSValue(v, em.getPlatform());
    else out[k] = v;
  }
  return out;
}

function rowOf(cs: ChangeSet<object>, em: EntityManager, fallbackCompany: string): AuditRow | null {
  const payload = (cs.payload ?? {}) as Record<string, unknown>;
  if (cs.type === ChangeSetType.UPDATE && Object.keys(payload).every((k) => NOISE.has(k))) return null;
  const company = (cs.entity as { company?: object }).company;
  const companyId = isTenantEntity(cs.meta) && company ? String(helper(company).getPrimaryKey()) : fallbackCompany;
  // A deleted entity's change set carries no original data: its last state is taken from the entity.
  const original = (cs.originalEntity ?? (cs.type === ChangeSetType.DELETE ? em.getComparator().prepareEntity(cs.entity) : undefined)) as
    | Record<string, unknown>
    | undefined;
  return {
    companyId,
    action: cs.type === ChangeSetType.CREATE ? 'create' : cs.type === ChangeSetType.DELETE ? 'delete' : 'update',
    entityType: cs.meta.className,
    entityId: String(helper(cs.entity).getPrimaryKey()),
    before: cs.type === ChangeSetType.CREATE ? null : clean(cs, em, original),
    after: cs.type === ChangeSetType.DELETE ? null : clean(cs, em, { ...(original ?? {}), ...payload }),
  };
}

/**
 * Every flush that changes business data in a company appends one audit row per changed entity, in
 * the same transaction (BASE-7). Nothing to remember in services: a mutation cannot skip it.
 */
export class AuditSubscriber implements EventSubscriber {
  async afterFlush({ em, uow }: FlushEventArgs): Promise<void> {
    const ctx = contextFor(em);
    if (!ctx?.companyId) return;
    const rows = uow
      .getChangeSets()
      .filter((cs) => !NOT_AUDITED.has(cs.meta.className))
      .map((cs) => rowOf(cs, em, ctx.companyId!))
      .filter((r): r is AuditRow => !!r);
    if (rows.length) await insertAuditRows(em, ctx.actor(), rows);
  }
}
