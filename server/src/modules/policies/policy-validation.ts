import type { FieldIssue } from '@agency/shared';
import type { RequestContext } from '../../core/context.js';
import { AppError } from '../../core/errors.js';
import { checkRecordDate } from '../../core/dates.js';
import { isUuid } from '../clients/client.service.js';
import { Client } from '../clients/client.entity.js';
import { Membership } from '../base/users/membership.entity.js';
import { Insurer } from './insurer.entity.js';
import { lastCoverDay, MAX_COVER_YEARS } from './installments.js';
import { LineOfBusiness } from './line-of-business.entity.js';
import { amountIssue, type Cents, parseCents } from './money.js';
import { Policy } from './policy.entity.js';
import { PaymentFrequency } from './policy.enums.js';
import type { PolicyInput } from './policy.inputs.js';
import { ensureLines } from './reference-data.service.js';

/** A policy input checked as a whole: every issue names its field; nothing is saved when there is one. */
export interface CheckedPolicy {
  number: string;
  clientId: string;
  insurerId: string;
  lineId: string;
  foreignBusiness: boolean;
  coverStart: string;
  coverEnd: string;
  issueDate: string | null;
  net: Cents;
  taxes: Cents;
  gross: Cents;
  paymentFrequency: PaymentFrequency;
  producerId: string | null;
  notes: string | null;
  /** null: unchanged (left out on update). */
  tacitRenewal: boolean | null;
}

/** At most this many characters of notes on a policy. */
export const MAX_POLICY_NOTES = 4000;

/**
 * The cover period's issues: each date a record date (core/dates.ts, 1900-01-01 … 2199-12-31), the end
 * not before the start and not more than MAX_COVER_YEARS after it (a schedule of thousands of rows).
 */
export function coverIssues(coverStart: string, coverEnd: string, add: (field: string, reason: string, message: string) => void, startField = 'coverStart'): void {
  const start = checkRecordDate(startField, coverStart);
  if (start) add(start.field, start.reason, start.message);
  const end = checkRecordDate('coverEnd', coverEnd);
  if (end) add(end.field, end.reason, end.message);
  else if (!start) {
    if (coverEnd < coverStart) add('coverEnd', 'before_start', 'The cover cannot end before it starts.');
    else if (coverEnd > lastCoverDay(coverStart)) add('coverEnd', 'too_long', `A cover of at most ${MAX_COVER_YEARS} years (ending by ${lastCoverDay(coverStart)}).`);
  }
}

/**
 * Referenced records that do not exist in the company (another company's ids included) answer NOT_FOUND
 * with `extensions.fields` naming them, before anything else is checked; the rest are BAD_USER_INPUT.
 */
export async function checkPolicyInput(ctx: RequestContext, input: PolicyInput, self?: string): Promise<{ issues: FieldIssue[]; value: CheckedPolicy }> {
  const issues: FieldIssue[] = [];
  const add = (field: string, reason: string, message: string) => issues.push({ field, reason, message });

  const number = input.number?.trim() ?? '';
  if (!number) add('number', 'required', 'The policy needs a number.');
  else if (number.length > 60) add('number', 'too_long', 'At most 60 characters.');

  await ensureLines(ctx);
  const [client, insurer, line] = await Promise.all([
    isUuid(input.clientId) ? ctx.em.findOne(Client, { id: input.clientId }, { fields: ['id', 'erasedAt'] }) : null,
    isUuid(input.insurerId) ? ctx.em.findOne(Insurer, { id: input.insurerId }, { fields: ['id'] }) : null,
    isUuid(input.lineId) ? ctx.em.findOne(LineOfBusiness, { id: input.lineId }, { fields: ['id'] }) : null,
  ]);
  // ids of records that do not exist in this company (another company's included): NOT_FOUND, naming the field
  const missing: FieldIssue[] = [];
  if (!client || client.erasedAt) missing.push({ field: 'clientId', reason: 'not_found', message: 'No such client.' });
  if (!insurer) missing.push({ field: 'insurerId', reason: 'not_found', message: 'No such insurer.' });
  if (!line) missing.push({ field: 'lineId', reason: 'not_found', message: 'No such line of business.' });
  if (missing.length) throw new AppError('NOT_FOUND', `Not found — ${missing.map((m) => m.field).join(', ')}`, { fields: missing });
  if (number && insurer) {
    const same = await ctx.em.findOne(Policy, { insurer: insurer.id, number }, { fields: ['id'] });
    if (same && same.id !== self) add('number', 'duplicate', 'This insurer already has a policy with this number.');
  }

  coverIssues(input.coverStart, input.coverEnd, add);
  const issue = input.issueDate != null ? checkRecordDate('issueDate', input.issueDate) : null;
  if (issue) add(issue.field, issue.reason, issue.message);

  const money: Record<'premiumNet' | 'premiumTaxes' | 'premiumGross', Cents | null> = { premiumNet: null, premiumTaxes: null, premiumGross: null };
  for (const field of ['premiumNet', 'premiumTaxes', 'premiumGross'] as const) {
    const issue = amountIssue(input[field]);
    if (issue) add(field, issue.reason, issue.message);
    else money[field] = parseCents(input[field]);
  }
  const { premiumNet: net, premiumTaxes: taxes, premiumGross: gross } = money;
  if (net !== null && taxes !== null && gross !== null && net + taxes !== gross) {
    add('premiumGross', 'not_net_plus_taxes', 'The gross premium must equal net premium plus taxes.');
  }

  if (!Object.values(PaymentFrequency).includes(input.paymentFrequency)) add('paymentFrequency', 'unknown', 'Unknown payment frequency.');

  const producerId = input.producerId ?? null;
  if (producerId) {
    const member = isUuid(producerId) ? await ctx.em.count(Membership, { user: producerId, active: true }) : 0;
    if (!member) add('producerId', 'not_found', 'No such user in this company.');
  }

  const notes = input.notes?.trim() || null;
  if (notes && notes.length > MAX_POLICY_NOTES) add('notes', 'too_long', `At most ${MAX_POLICY_NOTES} characters.`);

  return {
    issues,
    value: {
      number,
      clientId: input.clientId,
      insurerId: input.insurerId,
      lineId: input.lineId,
      foreignBusiness: !!input.foreignBusiness,
      coverStart: input.coverStart,
      coverEnd: input.coverEnd,
      issueDate: input.issueDate ?? null,
      net: net ?? 0n,
      taxes: taxes ?? 0n,
      gross: gross ?? 0n,
      paymentFrequency: input.paymentFrequency,
      producerId,
      notes,
      tacitRenewal: input.tacitRenewal ?? null,
    },
  };
}
