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

/** Rows another module writes about a subject it does not own (e.g. a client's SEPA mandates). */
export type AuditSubjectRows = Pick<AuditSubjectKind, 'idOf' | 'rowsOf'>;
const extensions = new Map<string, AuditSubjectRows[]>();

export function registerAuditSubject(kind: AuditSubjectKind): void {
  kinds.set(kind.type, kind);
}

/**
 * Adds rows of another module to a subject's trail (the `client` History shows a client's mandate changes):
 * the extension names the subject of its own rows and selects them. Composed when the kind is read, so the
 * order of registration does not matter.
 */
export function extendAuditSubject(type: string, rows: AuditSubjectRows): void {
  extensions.set(type, [...(extensions.get(type) ?? []), rows]);
}

function composed(kind: AuditSubjectKind): AuditSubjectKind {
  const more = extensions.get(kind.type);
  if (!more?.length) return kind;
  return {
    ...kind,
    idOf: (row) => kind.idOf(row) ?? more.reduce<string | null>((id, e) => id ?? e.idOf(row), null),
    rowsOf: (id) => ({ $or: [kind.rowsOf(id), ...more.map((e) => e.rowsOf(id))] }) as FilterQuery<AuditEvent>,
  };
}

export function auditSubjectKinds(): AuditSubjectKind[] {
  return [...kinds.values()].map(composed);
}

export function auditSubjectKind(type: string): AuditSubjectKind | undefined {
  const kind = kinds.get(type);
  return kind && composed(kind);
}

export const asRecord = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
