import type { FieldIssue } from '@agency/shared';
import type { RequestContext } from '../../core/context.js';
import { badField, badInput, conflict } from '../../core/errors.js';
import { isUuid } from '../clients/client.service.js';
import { writeSchedule } from './installment.service.js';
import { addDays, addMonths } from './installments.js';
import { PolicyInsuredObject } from './insured-object.entity.js';
import { PolicyInsuredPerson } from './insured-person.entity.js';
import { amountIssue, formatCents, parseCents } from './money.js';
import { PolicyVersionKind } from './policy-changes.enums.js';
import type { RenewalsFilterInput, RenewPolicyInput } from './policy-changes.inputs.js';
import { Policy } from './policy.entity.js';
import { policyPage, type PolicyListFields } from './policy-list.js';
import { PaymentFrequency } from './policy.enums.js';
import type { PolicyPage } from './policy.types.js';
import { IN_FORCE } from './policy-status.js';
import { lockPolicy } from './endorsement.service.js';
import { coverIssues } from './policy-validation.js';
import { checkRecordDate, isRecordDate, RECORD_LAST_DAY } from '../../core/dates.js';
import { objectsOn, recordVersion } from './policy-versions.js';
import { companyToday } from '../../core/company-calendar.js';

/** Renewals (issue #9 §4): the policies due, renewing one into the next period, the chain. */

export const RENEWAL_WINDOWS = [30, 60, 90] as const;

/**
 * Policies in force whose cover ends within the next `days` days (today included) and that are not
 * renewed yet, soonest first; by producer and insurer. `days` is 30, 60 or 90.
 */
export async function renewalsDue(ctx: RequestContext, days: number, filter: RenewalsFilterInput, first: number, offset: number, day?: string, fields?: PolicyListFields): Promise<PolicyPage> {
  ctx.requireCompany();
  const today = day ?? (await companyToday(ctx));
  if (!(RENEWAL_WINDOWS as readonly number[]).includes(days)) throw badField('days', 'not_a_window', 'One of 30, 60 or 90 days.');
  const none = '00000000-0000-0000-0000-000000000000';
  const conditions = ['p.status = any(?::text[])', 'p.cover_end between ?::date and ?::date', 'not exists (select 1 from policy r where r.company_id = p.company_id and r.previous_id = p.id)'];
  const params: unknown[] = [`{${IN_FORCE.join(',')}}`, today, addDays(today, days)];
  if (filter.producerId) {
    conditions.push('p.producer_id = ?');
    params.push(isUuid(filter.producerId) ? filter.producerId : none);
  }
  if (filter.insurerId) {
    conditions.push('p.insurer_id = ?');
    params.push(isUuid(filter.insurerId) ? filter.insurerId : none);
  }
  return policyPage(ctx, {
    where: conditions.join(' and '),
    params,
    order: 'p.cover_end asc, p.number asc, p.id asc',
    limit: Math.min(Math.max(first, 1), 200),
    offset: Math.max(offset, 0),
    fields,
  });
}

/** The default end of the next period: as many whole months as the period renewed, else as many days. */
function nextCoverEnd(old: Policy, start: string): string {
  for (let months = 1; months <= 120; months++) {
    if (addDays(addMonths(old.coverStart, months), -1) === old.coverEnd) return addDays(addMonths(start, months), -1);
  }
  const days = Math.round((Date.parse(old.coverEnd) - Date.parse(old.coverStart)) / 86_400_000);
  return addDays(start, days);
}

async function numberTaken(ctx: RequestContext, insurerId: string, number: string): Promise<boolean> {
  return (await ctx.em.count(Policy, { insurer: insurerId, number })) > 0;
}

/** The policy renewing `policyId`, if any. */
export function renewalOf(ctx: RequestContext, policyId: string): Promise<Policy | null> {
  return ctx.em.findOne(Policy, { previous: policyId });
}

/**
 * Creates the next period's policy: cover from the day after the old one ends, same client, insurer,
 * line, status, premium, frequency, producer and tacit-renewal flag unless given; insured persons and
 * the objects insured at the end of the old cover carry over; a new schedule; version 1 (renewal).
 * A policy is renewed once (CONFLICT, backed by the unique index policy_renewed_once).
 * `automatic`: the lapse job renewing a tacit-renewal policy (a taken default number gets a suffix).
 */
export async function renewPolicy(ctx: RequestContext, policyId: string, input: RenewPolicyInput, automatic = false): Promise<Policy> {
  const old = await lockPolicy(ctx, policyId);
  const existing = await renewalOf(ctx, old.id);
  if (existing) throw conflict(`Policy ${old.number} is already renewed by ${existing.number}.`, { renewedBy: existing.id });
  if (!IN_FORCE.includes(old.status)) {
    throw conflict(`Only a policy in force can be renewed; this one is ${old.status}.`, { status: old.status, allowed: [...IN_FORCE] });
  }
  const issues: FieldIssue[] = [];
  const add = (field: string, reason: string, message: string) => issues.push({ field, reason, message });
  const coverStart = addDays(old.coverEnd, 1);
  const coverEnd = input.coverEnd ?? nextCoverEnd(old, coverStart);
  if (!isRecordDate(coverStart)) {
    // the old cover ends on the window's last day: no next period can be recorded
    add('policyId', 'out_of_range', `The next cover would start on ${coverStart}, after ${RECORD_LAST_DAY}.`);
  } else if (input.coverEnd == null && !isRecordDate(coverEnd)) {
    // the default end (as long as the old period) falls outside the window: the caller must give one
    add('coverEnd', 'out_of_range', `The next period would end after ${RECORD_LAST_DAY}; give a coverEnd from ${coverStart} to ${RECORD_LAST_DAY}.`);
  } else if (checkRecordDate('coverEnd', coverEnd) === null && coverEnd < coverStart) {
    add('coverEnd', 'before_start', `The new cover starts on ${coverStart}.`);
  } else {
    coverIssues(coverStart, coverEnd, add);
  }
  const issue = input.issueDate != null ? checkRecordDate('issueDate', input.issueDate) : null;
  if (issue) add(issue.field, issue.reason, issue.message);

  const suffix = `/${coverStart.slice(0, 4)}`;
  let number = input.number?.trim() || `${old.number.slice(0, 60 - suffix.length - 3)}${suffix}`; // room for a "-k" of the job
  if (number.length > 60) add('number', 'too_long', 'At most 60 characters.');
  else if (await numberTaken(ctx, old.insurer.id, number)) {
    if (!automatic || input.number) add('number', 'duplicate', 'This insurer already has a policy with this number.');
    else {
      let k = 2;
      while (await numberTaken(ctx, old.insurer.id, `${number}-${k}`)) k++;
      number = `${number}-${k}`;
    }
  }

  const given = [input.premiumNet, input.premiumTaxes, input.premiumGross].filter((v) => v != null).length;
  let net = parseCents(old.premiumNet)!;
  let taxes = parseCents(old.premiumTaxes)!;
  if (given && given < 3) add('premiumGross', 'incomplete', 'Give net, taxes and gross together, or none to keep the premium.');
  else if (given === 3) {
    const parts = { premiumNet: input.premiumNet!, premiumTaxes: input.premiumTaxes!, premiumGross: input.premiumGross! };
    const bad = Object.entries(parts).filter(([field, v]) => {
      const issue = amountIssue(v);
      if (issue) add(field, issue.reason, issue.message);
      return !!issue;
    });
    if (!bad.length) {
      net = parseCents(parts.premiumNet)!;
      taxes = parseCents(parts.premiumTaxes)!;
      if (net + taxes !== parseCents(parts.premiumGross)) add('premiumGross', 'not_net_plus_taxes', 'The gross premium must equal net premium plus taxes.');
    }
  }
  const frequency = input.paymentFrequency ?? old.paymentFrequency;
  if (!Object.values(PaymentFrequency).includes(frequency)) add('paymentFrequency', 'unknown', 'Unknown payment frequency.');
  if (issues.length) throw badInput(issues);

  const next = ctx.em.create(Policy, {
    company: old.company,
    number,
    client: old.client,
    insurer: old.insurer,
    line: old.line,
    status: old.status,
    foreignBusiness: old.foreignBusiness,
    coverStart,
    coverEnd,
    issueDate: input.issueDate ?? (automatic ? coverStart : await companyToday(ctx)),
    premiumNet: formatCents(net),
    premiumTaxes: formatCents(taxes),
    premiumGross: formatCents(net + taxes),
    paymentFrequency: frequency,
    producerId: old.producerId ?? null,
    notes: null,
    tacitRenewal: input.tacitRenewal ?? old.tacitRenewal,
    previous: old,
    insuredSum: old.insuredSum ?? null,
    createdAt: new Date(),
    updatedAt: new Date(),
  });
  await ctx.em.flush();
  await writeSchedule(ctx, next);
  const [persons, objects] = await Promise.all([
    ctx.em.find(PolicyInsuredPerson, { policy: old.id }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
    ctx.em.find(PolicyInsuredObject, { policy: old.id }, { orderBy: { addedOn: 'asc', id: 'asc' } }),
  ]);
  for (const p of persons) ctx.em.create(PolicyInsuredPerson, { company: old.company, policy: next, client: p.client, role: p.role, createdAt: new Date() });
  for (const o of objectsOn(objects, old.coverEnd)) {
    ctx.em.create(PolicyInsuredObject, { company: old.company, policy: next, kind: o.kind, address: o.address ?? null, description: o.description, insuredSum: o.insuredSum ?? null, addedOn: coverStart, removedOn: null, createdAt: new Date() });
  }
  await recordVersion(ctx, next, { kind: PolicyVersionKind.RENEWAL, effectiveDate: coverStart, reason: null, changes: [] });
  return next;
}

/** The renewal chain a policy belongs to, from the first period to the latest. */
export async function renewalChain(ctx: RequestContext, policy: Policy): Promise<Policy[]> {
  const chain = [policy];
  for (let p = policy; p.previous; ) {
    const prev = await ctx.em.findOne(Policy, { id: p.previous.id });
    if (!prev || chain.includes(prev)) break;
    chain.unshift(prev);
    p = prev;
  }
  for (let p = policy; ; ) {
    const next = await renewalOf(ctx, p.id);
    if (!next || chain.includes(next)) break;
    chain.push(next);
    p = next;
  }
  return chain;
}
