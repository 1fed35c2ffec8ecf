import type { RequestContext } from '../../core/context.js';
import { ConsentRecord } from './consent.entity.js';
import type { ConsentChannel, ConsentDecision, ConsentGivenBy, ConsentRecordKind } from './consent.enums.js';

/**
 * Appends consent records. Raw SQL (listed in core/tenant-bypass.ts; row-level security applies): the
 * BEFORE INSERT trigger of migration 0017 sets the chain position, time, stamp, the version's text hash,
 * prev_hash and hash under a per-client lock, so the placeholders below are always overwritten and no
 * code path can append outside the chain. The run-time role has no UPDATE or DELETE on the table.
 */
export interface NewRecord {
  clientId: string;
  kind: ConsentRecordKind;
  formId: string;
  formVersionId: string;
  decision: ConsentDecision;
  answers: Record<string, boolean>;
  channel: ConsentChannel;
  paperDocumentId: string | null;
  givenBy: ConsentGivenBy;
  sentTo: string[];
  /** Who recorded it on the client's behalf; default the signed-in user (demo data names an agent). */
  staff?: { id: string; displayName: string } | null;
}

/** A PostgreSQL text[] literal (the driver would expand a JS array into a list). */
export function pgTextArray(values: string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

/**
 * Serializes the requests that append to one client's chain, from their checks to their commit: the
 * per-client advisory lock the append trigger takes (same key; re-entrant in the transaction), taken
 * before the checks so they read the chain as it will be extended ("the last answer is an acceptance"
 * for a withdrawal, "the e-consent is accepted" for an electronic answer). Held to the end of the transaction.
 */
export async function lockClientChain(ctx: RequestContext, clientId: string): Promise<void> {
  await ctx.em.execute(`select pg_advisory_xact_lock(hashtextextended('consent_record:' || ?::text, 0))`, [clientId]);
}

/**
 * Holds the form against publication (FOR SHARE; publishing takes the form row FOR UPDATE) to the end of
 * the transaction: the version read as current afterwards stays current until the record is committed.
 */
export async function lockFormShared(ctx: RequestContext, formId: string): Promise<void> {
  await ctx.em.execute(`select 1 from consent_form where id = ? for share`, [formId]);
}

export async function appendRecords(ctx: RequestContext, records: NewRecord[]): Promise<ConsentRecord[]> {
  const companyId = ctx.requireCompany();
  const ids: string[] = [];
  for (const r of records) {
    const staff = r.staff ?? (ctx.channel === 'portal' ? null : (ctx.user ?? null));
    const [row] = await ctx.em.execute<Array<{ id: string }>>(
      `insert into consent_record (company_id, client_id, kind, form_id, form_version_id, text_hash, decision, answers, channel,
                                   paper_document_id, given_by, staff_user_id, staff_name, ip, user_agent, session_id, stamp, sent_to, prev_hash, hash)
       values (?, ?, ?, ?, ?, '', ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, '', ?::text[], '', '') returning id`,
      [
        companyId,
        r.clientId,
        r.kind,
        r.formId,
        r.formVersionId,
        r.decision,
        JSON.stringify(r.answers),
        r.channel,
        r.paperDocumentId,
        r.givenBy,
        staff?.id ?? null,
        staff?.displayName ?? null,
        ctx.ip?.slice(0, 100) ?? null,
        ctx.userAgent?.slice(0, 500) ?? null,
        ctx.evidenceSessionId(),
        pgTextArray(r.sentTo),
      ],
    );
    ids.push(row.id);
  }
  if (!ids.length) return [];
  return ctx.em.find(ConsentRecord, { id: { $in: ids } }, { orderBy: { seq: 'asc' } });
}
