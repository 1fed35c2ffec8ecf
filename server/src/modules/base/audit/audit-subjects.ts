import type { FilterQuery } from '@mikro-orm/core';
import type { Right } from '@agency/shared';
import type { RequestContext } from '../../../core/context.js';
import type { AuditEvent } from './audit-event.entity.js';

/** What the subject of an audit row is worked out from: the row as the trail stores it. */
export interface AuditRowData {
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * A kind of record people recognize an audit row by (a client, later a policy or a claim): the
 * module owning it registers how a row names it — its own rows and its child rows (addresses,
 * contacts…) — so the trail can show "Rossi Mario" instead of a UUID, and select one record's rows.
 */
export interface AuditSubjectKind {
  /** e.g. `client`; also the web's key for the link and the label. */
  type: string;
  /** Seeing the subject (its name, its trail) needs this right. */
  right: Right;
  /** The subject's id for a row, or null when the row does not concern this kind. */
  idOf(row: AuditRowData): string | null;
  /** Current names by id in the active company; an id missing from the map was deleted. */
  names(ctx: RequestContext, ids: readonly string[]): Promise<Map<string, string>>;
  /** The condition selecting every row concerning one subject (used with the company's scope). */
  rowsOf(id: string): FilterQuery<AuditEvent>;
}

const kinds = new Map<string, AuditSubjectKind>();

export function registerAuditSubject(kind: AuditSubjectKind): void {
  kinds.set(kind.type, kind);
}

export function auditSubjectKinds(): AuditSubjectKind[] {
  return [...kinds.values()];
}

export function auditSubjectKind(type: string): AuditSubjectKind | undefined {
  return kinds.get(type);
}

export const asRecord = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
