import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import type { RequestContext } from '../../core/context.js';
import { AuditEventPage } from '../base/audit/audit.resolver.js';
import type { AuditEvent } from '../base/audit/audit-event.entity.js';
import { subjectTrail } from '../base/audit/audit.service.js';
import { asRecord, registerAuditSubject, type AuditRowData } from '../base/audit/audit-subjects.js';
import { viewableOwnerTypes } from '../documents/documents.service.js';
import { Client } from './client.entity.js';
import { getClient } from './client.service.js';

/** The card's own rows carry its id; its areas' rows the `client` they belong to; documents `clientId`. */
const CHILDREN = ['ClientAddress', 'ClientContact', 'ClientBankAccount', 'IdentityDocument', 'HouseholdMember', 'ServiceEntry'];
const DOCUMENT = 'StoredDocument';

function clientIdOf(row: AuditRowData): string | null {
  if (row.entityType === 'Client') return row.entityId ?? null;
  const key = CHILDREN.includes(row.entityType) ? 'client' : row.entityType === DOCUMENT ? 'clientId' : null;
  if (!key) return null;
  const id = asRecord(row.after)[key] ?? asRecord(row.before)[key];
  return typeof id === 'string' ? id : null;
}

registerAuditSubject({
  type: 'client',
  right: 'clients:view',
  idOf: clientIdOf,
  async names(ctx, ids) {
    const rows = await ctx.em.find(Client, { id: { $in: [...ids] } }, { fields: ['id', 'displayName'], disableIdentityMap: true });
    return new Map(rows.map((c) => [c.id, c.displayName]));
  },
  // `after->>'client'` and `before->>'client'` are indexed (migration 0008)
  rowsOf: (id) =>
    ({
      $or: [
        { entityType: 'Client', entityId: id },
        { entityType: { $in: CHILDREN }, after: { client: id } },
        { entityType: { $in: CHILDREN }, before: { client: id } },
        { entityType: DOCUMENT, after: { clientId: id } },
        { entityType: DOCUMENT, before: { clientId: id } },
      ],
    }) as FilterQuery<AuditEvent>,
});

/**
 * A document's rows are shown with its owner module's view right (a claim's photo needs claims:view):
 * its owner type is the one of the row's `after`, or of its `before` when `after` names none (a delete).
 * A condition of the statement reading the page, not a filter after it: pages stay full, cursors consistent.
 */
function visibleRows(ctx: RequestContext): FilterQuery<AuditEvent> {
  const types = viewableOwnerTypes(ctx);
  return {
    $or: [
      { entityType: { $ne: DOCUMENT } },
      { after: { ownerType: { $in: types } } },
      { after: { ownerType: null }, before: { ownerType: { $in: types } } },
    ],
  } as FilterQuery<AuditEvent>;
}

/** The values of an erased card's rows are withheld; only the links to the card stay (for the subject). */
const LINKS = new Set(['client', 'clientId']);
function withheld(data: unknown): unknown {
  if (!data || typeof data !== 'object') return data;
  return Object.fromEntries(Object.entries(data as Record<string, unknown>).map(([k, v]) => [k, LINKS.has(k) || v === null ? v : '[redacted]']));
}

/**
 * The History tab of the card: the audit rows of the card and of its areas (addresses, contacts,
 * bank accounts, identity documents, family, service entries, documents).
 *
 * Right: `clients:view` (clients.rules.ts), not `base:view`. The tab shows only this card's rows —
 * values anyone who opens the card reads on it anyway, and who changed them when — which is what
 * an agent needs to answer "who changed this phone number?". The company-wide trail (users, roles,
 * support access, the hash chain) and its CSV export stay with `base:view` / `base:export`.
 */
@Resolver()
export class ClientHistoryResolver {
  @Query(() => AuditEventPage, { description: "One client card's audit trail, newest first (NOT_FOUND for another company's card)." })
  async clientAuditTrail(
    @Ctx() ctx: RequestContext,
    @Arg('clientId', () => ID) clientId: string,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<AuditEventPage> {
    const client = await getClient(ctx, clientId);
    const page = await subjectTrail(ctx, 'client', client.id, first ?? 50, after, visibleRows(ctx));
    if (!client.erasedAt) return page;
    // GDPR erasure (CL-5): the card's history must not bring the erased data back to its readers.
    // The company-wide trail keeps the rows as recorded (append-only; base:view).
    return { ...page, nodes: page.nodes.map((e) => ({ ...e, before: withheld(e.before), after: withheld(e.after) }) as AuditEvent) };
  }
}
