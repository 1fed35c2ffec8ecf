import { checkBic, checkIban, sepaDebtorIssues, type FieldIssue } from '@agency/shared';
import type { RequestContext } from '../../core/context.js';
import { badInput, conflict, notFound } from '../../core/errors.js';
import { UUID, isIsoDate, notFoundFields } from '../ledger/ledger-sql.js';
import { MandateRecurrence, SepaScheme, type MandateEndedBy, type MandateAmendment, type MandateAmendmentInput, type MandateInput, type MandateStatus, type SepaMandate } from './banking.types.js';
import { companyToday } from '../../core/company-calendar.js';
import { checkBusinessDate } from '../ledger/business-date.js';
import { auditMandate } from './mandate-audit.js';

/**
 * SEPA mandates (issue #14 §1). A mandate belongs to a client and copies the debtor account from one
 * of the client's bank accounts (the card's bank area may later be rewritten without touching it).
 * Reference unique per company; signature date required and not in the future; an amendment of the
 * account or of the reference is kept as a row, and the next collection tells the bank (AmdmntInd with
 * OrgnlMndtId, or OrgnlDbtrAcct "SMNDA"). A revoked mandate is never collected again.
 * The debtor account is in a SEPA scheme country, with its bank's BIC when that country is outside the EEA
 * (`sepaDebtorIssues`, shared with the client card). A mandate not collected for 36 months after its last
 * collection (or its signature, when never used) has expired (EPC SDD rulebooks): it reads `expired`, and
 * a run leaves its receipts out (`sepa-run.service.ts`).
 */
const MANDATE_VALID_MONTHS = 36;

/**
 * SQL: the last day a mandate last used on `lastUsed` (an SQL date: its last collection, or its signature date)
 * may be collected on — 36 months later (29 February → 28 February). The one definition of the expiry rule:
 * the mandate's `status`/`expiresOn` (`MANDATE_SELECT`), a run's count and batches and its left-out receipts
 * (`sepa-run.service.ts`) all use it.
 */
export const mandateExpiresOnSql = (lastUsed: string) => `(${lastUsed} + interval '${MANDATE_VALID_MONTHS} months')::date`;

/** SQL: the date a mandate `m` was last used — its latest collection (returned ones count), else its signature date. */
export const MANDATE_LAST_USED = `coalesce((select max(u.collection_date) from bank_run_item u where u.company_id = m.company_id and u.mandate_id = m.id), m.signature_date)`;
const REFERENCE = /^[A-Za-z0-9+?/:().,' -]{1,35}$/;

interface MandateRow {
  id: string;
  client_id: string;
  client_name: string;
  reference: string;
  scheme: string;
  recurrence: string;
  signature_date: string;
  iban: string;
  bic: string | null;
  debtor_name: string;
  status: string;
  last_collection_by: string | null;
  expires_on: string | null;
  revoked_on: string | null;
  revoke_reason: string | null;
  collections: string;
}

export const MANDATE_SELECT = `select m.id, m.client_id, c.display_name as client_name, m.reference, m.scheme, m.recurrence, to_char(m.signature_date, 'YYYY-MM-DD') as signature_date,
  m.iban, m.bic, m.debtor_name,
  case when m.status <> 'active' then m.status
       when exists (select 1 from bank_run_item f where f.company_id = m.company_id and f.mandate_id = m.id and f.sequence_type = 'FNAL') then 'ended'
       when x.expires_on < (select app_company_today()) then 'expired'
       else m.status end as status,
  m.last_collection_by, case when m.status = 'active' then to_char(x.expires_on, 'YYYY-MM-DD') end as expires_on, to_char(m.revoked_on, 'YYYY-MM-DD') as revoked_on, m.revoke_reason,
  (select count(*) from bank_run_item i where i.company_id = m.company_id and i.mandate_id = m.id) as collections
  from sepa_mandate m join client c on c.company_id = m.company_id and c.id = m.client_id
  cross join lateral (select ${mandateExpiresOnSql(MANDATE_LAST_USED)} as expires_on) x`;

async function amendmentsOf(ctx: RequestContext, ids: string[]): Promise<Map<string, MandateAmendment[]>> {
  const out = new Map<string, MandateAmendment[]>();
  if (!ids.length) return out;
  const rows = await ctx.em.execute<Array<{ id: string; mandate_id: string; kind: string; old_value: string; new_value: string; reported_item_id: string | null; created_at: Date }>>(
    `select id, mandate_id, kind, old_value, new_value, reported_item_id, created_at from sepa_mandate_amendment where company_id = ? and mandate_id = any(?::uuid[]) order by created_at, id`,
    [ctx.requireCompany(), `{${ids.join(',')}}`],
  );
  for (const r of rows) {
    const list = out.get(r.mandate_id) ?? [];
    list.push({ id: r.id, kind: r.kind, oldValue: r.old_value, newValue: r.new_value, reported: r.reported_item_id !== null, createdAt: new Date(r.created_at) });
    out.set(r.mandate_id, list);
  }
  return out;
}

async function toMandates(ctx: RequestContext, rows: MandateRow[]): Promise<SepaMandate[]> {
  const amendments = await amendmentsOf(ctx, rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    clientId: r.client_id,
    clientName: r.client_name,
    reference: r.reference,
    scheme: r.scheme as SepaScheme,
    recurrence: r.recurrence as MandateRecurrence,
    signatureDate: r.signature_date,
    iban: r.iban,
    bic: r.bic,
    debtorName: r.debtor_name,
    status: r.status as MandateStatus,
    lastCollectionBy: r.last_collection_by as MandateEndedBy | null,
    expiresOn: r.status === 'ended' ? null : r.expires_on,
    revokedOn: r.revoked_on,
    revokeReason: r.revoke_reason,
    collections: Number(r.collections),
    amendments: amendments.get(r.id) ?? [],
  }));
}

export async function getMandate(ctx: RequestContext, id: string, field = 'id'): Promise<SepaMandate> {
  const rows = UUID.test(id ?? '') ? await ctx.em.execute<MandateRow[]>(`${MANDATE_SELECT} where m.company_id = ? and m.id = ?`, [ctx.requireCompany(), id]) : [];
  if (!rows[0]) throw field === 'id' ? notFound('SEPA mandate') : notFoundFields([{ field, reason: 'not_found', message: 'No such mandate in this company.' }]);
  return (await toMandates(ctx, rows))[0];
}

export async function listMandates(ctx: RequestContext, clientId: string | null | undefined): Promise<SepaMandate[]> {
  if (clientId && !UUID.test(clientId)) return [];
  const rows = await ctx.em.execute<MandateRow[]>(
    `${MANDATE_SELECT} where m.company_id = ? ${clientId ? 'and m.client_id = ?' : ''} order by m.status, c.display_name, m.created_at limit 500`,
    clientId ? [ctx.requireCompany(), clientId] : [ctx.requireCompany()],
  );
  return toMandates(ctx, rows);
}

function checkReference(issues: FieldIssue[], raw: string | null | undefined): string {
  const ref = (raw ?? '').trim();
  if (!ref) issues.push({ field: 'reference', reason: 'required', message: 'The mandate reference is required.' });
  else if (ref.length > 35) issues.push({ field: 'reference', reason: 'too_long', message: 'At most 35 characters.' });
  else if (!REFERENCE.test(ref) || ref.startsWith('/') || ref.includes('//')) {
    issues.push({ field: 'reference', reason: 'invalid_characters', message: "Letters, digits and + ? / : ( ) . , ' - and spaces only; not starting with / nor containing //." });
  }
  return ref;
}

async function referenceTaken(ctx: RequestContext, reference: string, exceptId: string | null): Promise<boolean> {
  const [r] = await ctx.em.execute<Array<{ id: string }>>(`select id from sepa_mandate where company_id = ? and upper(reference) = upper(?) and id is distinct from ?::uuid`, [ctx.requireCompany(), reference, exceptId]);
  return Boolean(r);
}

/** Creates a mandate (right billing:edit). References first (NOT_FOUND naming the field), then every field (BAD_USER_INPUT). */
export async function createMandate(ctx: RequestContext, input: MandateInput): Promise<SepaMandate> {
  const companyId = ctx.requireCompany();
  const [client] = UUID.test(input.clientId ?? '') ? await ctx.em.execute<Array<{ id: string }>>(`select id from client where company_id = ? and id = ?`, [companyId, input.clientId]) : [];
  if (!client) throw notFoundFields([{ field: 'clientId', reason: 'not_found', message: 'No such client in this company.' }]);
  const [account] = UUID.test(input.bankAccountId ?? '')
    ? await ctx.em.execute<Array<{ iban: string; bic: string | null; holder: string }>>(`select iban, bic, holder from client_bank_account where company_id = ? and client_id = ? and id = ?`, [companyId, client.id, input.bankAccountId])
    : [];
  if (!account) throw notFoundFields([{ field: 'bankAccountId', reason: 'not_found', message: "No such bank account on this client's card." }]);

  const issues: FieldIssue[] = [];
  const reference = checkReference(issues, input.reference);
  const date = input.signatureDate?.trim() ?? '';
  if (!date) issues.push({ field: 'signatureDate', reason: 'required', message: 'The date the debtor signed the mandate.' });
  else if (!isIsoDate(date)) issues.push({ field: 'signatureDate', reason: 'invalid_date', message: 'A date YYYY-MM-DD.' });
  else if (date > (await companyToday(ctx))) issues.push({ field: 'signatureDate', reason: 'in_future', message: 'A mandate is not signed in the future.' });
  const iban = checkIban(account.iban);
  const bic = account.bic?.replace(/\s/g, '').toUpperCase() || null;
  if (!iban.ok) issues.push({ field: 'bankAccountId', reason: iban.reason, message: `The account's IBAN: ${iban.message}` });
  // the account's IBAN is named by the account chosen (`bankAccountId`); a BIC it lacks by `bic` (set it on the card's account)
  else for (const x of sepaDebtorIssues(iban.value, bic)) issues.push(x.field === 'iban' ? { field: 'bankAccountId', reason: x.reason, message: `The account's IBAN: ${x.message}` } : { ...x, message: `${x.message} Add it to the client's bank account.` });
  if (!Object.values(SepaScheme).includes(input.scheme)) issues.push({ field: 'scheme', reason: 'invalid', message: 'CORE or B2B.' });
  if (!Object.values(MandateRecurrence).includes(input.recurrence)) issues.push({ field: 'recurrence', reason: 'invalid', message: 'RCUR or OOFF.' });
  if (!issues.some((i) => i.field === 'reference') && (await referenceTaken(ctx, reference, null))) {
    issues.push({ field: 'reference', reason: 'duplicate', message: 'Another mandate of this company has this reference.' });
  }
  if (issues.length) throw badInput(issues);
  const [row] = await ctx.em.execute<Array<{ id: string }>>(
    `insert into sepa_mandate (company_id, client_id, reference, scheme, recurrence, signature_date, iban, bic, debtor_name, created_by)
     values (?, ?, ?, ?, ?, ?::date, ?, ?, ?, ?) returning id`,
    [companyId, client.id, reference, input.scheme, input.recurrence, date, (iban as { value: string }).value, bic, account.holder.slice(0, 70), ctx.user?.id ?? null],
  );
  const m = await getMandate(ctx, row.id);
  await auditMandate(ctx, 'create', m, null, {
    reference: m.reference,
    scheme: m.scheme,
    recurrence: m.recurrence,
    signatureDate: m.signatureDate,
    iban: m.iban,
    bic: m.bic,
    debtorName: m.debtorName,
    status: m.status,
  });
  return m;
}

/** Amends the account and/or the reference (right billing:edit); each change kept as an amendment row. */
export async function amendMandate(ctx: RequestContext, id: string, input: MandateAmendmentInput): Promise<SepaMandate> {
  const m = await getMandate(ctx, id);
  if (m.status !== 'active') throw conflict(`A mandate that is ${m.status} is not amended.`, { status: m.status });
  const issues: FieldIssue[] = [];
  let newIban: string | null = null;
  let newBic: string | null | undefined;
  let ibanOk = true;
  let bicOk = true;
  if (input.iban != null && input.iban.trim()) {
    const c = checkIban(input.iban);
    if (!c.ok) {
      ibanOk = false;
      issues.push({ field: 'iban', reason: c.reason, message: c.message });
    } else if (c.value !== m.iban) newIban = c.value;
  }
  if (input.bic != null && input.bic.trim()) {
    const b = checkBic(input.bic);
    if (!b.ok) {
      bicOk = false;
      issues.push({ field: 'bic', reason: b.reason, message: b.message });
    } else newBic = b.value;
  } else if (newIban) newBic = null;
  // the account the mandate debits after the amendment: in a SEPA country, with its BIC outside the EEA
  if (ibanOk && bicOk) issues.push(...sepaDebtorIssues(newIban ?? m.iban, newBic !== undefined ? newBic : m.bic));
  let newRef: string | null = null;
  if (input.reference != null && input.reference.trim()) {
    const r = checkReference(issues, input.reference);
    if (r && r !== m.reference && !issues.some((i) => i.field === 'reference')) {
      if (await referenceTaken(ctx, r, m.id)) issues.push({ field: 'reference', reason: 'duplicate', message: 'Another mandate of this company has this reference.' });
      else newRef = r;
    }
  }
  if (issues.length) throw badInput(issues);
  if (!newIban && !newRef && newBic === undefined) throw badInput([{ field: 'iban', reason: 'nothing_changed', message: 'Give a new IBAN or a new reference.' }]);
  const companyId = ctx.requireCompany();
  if (newIban) {
    await ctx.em.execute(`insert into sepa_mandate_amendment (company_id, mandate_id, kind, old_value, new_value, created_by) values (?, ?, 'account', ?, ?, ?)`, [companyId, m.id, m.iban, newIban, ctx.user?.id ?? null]);
  }
  if (newRef) {
    await ctx.em.execute(`insert into sepa_mandate_amendment (company_id, mandate_id, kind, old_value, new_value, created_by) values (?, ?, 'reference', ?, ?, ?)`, [companyId, m.id, m.reference, newRef, ctx.user?.id ?? null]);
  }
  await ctx.em.execute(`update sepa_mandate set iban = coalesce(?, iban), bic = case when ?::boolean then ? else bic end, reference = coalesce(?, reference) where company_id = ? and id = ?`, [
    newIban,
    newBic !== undefined,
    newBic ?? null,
    newRef,
    companyId,
    m.id,
  ]);
  const after = await getMandate(ctx, m.id);
  const fields = (['iban', 'bic', 'reference'] as const).filter((f) => after[f] !== m[f]);
  await auditMandate(ctx, 'update', m, Object.fromEntries(fields.map((f) => [f, m[f]])), Object.fromEntries(fields.map((f) => [f, after[f]])));
  return after;
}

/** Revokes a mandate (right billing:edit): no further collection; presented ones stay. */
export async function revokeMandate(ctx: RequestContext, id: string, reasonArg: string, dateArg?: string | null): Promise<SepaMandate> {
  const m = await getMandate(ctx, id);
  // an expired mandate may still be revoked (the debtor's word is recorded); a revoked or ended one not
  if (m.status !== 'active' && m.status !== 'expired') throw conflict(m.status === 'ended' ? 'This mandate has ended with its last collection.' : 'This mandate has already been revoked.', { status: m.status, revokedOn: m.revokedOn });
  const issues: FieldIssue[] = [];
  const reason = reasonArg?.trim() ?? '';
  if (!reason) issues.push({ field: 'reason', reason: 'required', message: 'Why is the mandate revoked?' });
  else if (reason.length > 500) issues.push({ field: 'reason', reason: 'too_long', message: 'At most 500 characters.' });
  const today = await companyToday(ctx);
  const date = dateArg?.trim() || today;
  // a date of the books (ledger/business-date.ts: a real day, 2000 up to a year after today), not before the signature
  const bad = checkBusinessDate('revokedOn', date, today);
  if (bad) issues.push(bad);
  else if (date < m.signatureDate) issues.push({ field: 'revokedOn', reason: 'before_signature', message: 'A mandate is not revoked before it was signed.' });
  if (issues.length) throw badInput(issues);
  await ctx.em.execute(`update sepa_mandate set status = 'revoked', revoked_on = ?::date, revoke_reason = ? where company_id = ? and id = ?`, [date, reason, ctx.requireCompany(), m.id]);
  await auditMandate(ctx, 'update', m, { status: m.status, revokedOn: null, revokeReason: null }, { status: 'revoked', revokedOn: date, revokeReason: reason });
  return getMandate(ctx, m.id);
}
