import type { FieldIssue } from '@agency/shared';
import type { RequestContext } from '../../core/context.js';
import { AppError } from '../../core/errors.js';
import { isUuid } from '../clients/client.service.js';
import { Client } from '../clients/client.entity.js';
import { Membership } from '../base/users/membership.entity.js';
import { Insurer } from './insurer.entity.js';
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

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A real calendar day YYYY-MM-DD ("2026-13-01" and "2026-02-30" are not: an invalid Date must not throw). */
export const isDate = (v: unknown): v is string => {
  if (typeof v !== 'string' || !DATE.test(v)) return false;
  const t = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === v;
};

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

  if (!isDate(input.coverStart)) add('coverStart', 'invalid_date', 'A date YYYY-MM-DD.');
  if (!isDate(input.coverEnd)) add('coverEnd', 'invalid_date', 'A date YYYY-MM-DD.');
  else if (isDate(input.coverStart) && input.coverEnd < input.coverStart) add('coverEnd', 'before_start', 'The cover cannot end before it starts.');
  if (input.issueDate != null && !isDate(input.issueDate)) add('issueDate', 'invalid_date', 'A date YYYY-MM-DD.');

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
      notes: input.notes?.trim() || null,
      tacitRenewal: input.tacitRenewal ?? null,
    },
  };
}
