import { LockMode } from '@mikro-orm/core';
import type { FieldIssue } from '@agency/shared';
import type { RequestContext } from '../../core/context.js';
import { AppError, badInput, conflict, notFound } from '../../core/errors.js';
import { isUuid } from '../clients/client.service.js';
import { writeSchedule } from './installment.service.js';
import { checkObjects, createObject } from './insured.service.js';
import { PolicyInsuredObject } from './insured-object.entity.js';
import { amountIssue, type Cents, formatCents, MAX_CENTS, parseCents, parseSignedCents } from './money.js';
import { PolicyVersionKind } from './policy-changes.enums.js';
import type { EndorsementInput } from './policy-changes.inputs.js';
import { Policy } from './policy.entity.js';
import { IN_FORCE } from './policy-status.js';
import type { VersionChange } from './policy-version.entity.js';
import { latestVersion, recordVersion } from './policy-versions.js';
import { isRealDate as isDate } from '../../core/dates.js';

/** A policy of the company, locked for the change (two endorsements of one policy never interleave). */
export async function lockPolicy(ctx: RequestContext, id: string): Promise<Policy> {
  ctx.requireCompany();
  const policy = isUuid(id) ? await ctx.em.findOne(Policy, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
  if (!policy) throw notFound('Policy');
  return policy;
}

/** New amount or signed difference of one premium part; an issue names the field given. */
function premiumPart(
  current: Cents,
  value: string | null | undefined,
  change: string | null | undefined,
  names: [string, string],
  add: (field: string, reason: string, message: string) => void,
): Cents {
  if (value != null && change != null) {
    add(names[1], 'both_new_and_difference', `Give either ${names[0]} or ${names[1]}, not both.`);
    return current;
  }
  if (value != null) {
    const issue = amountIssue(value);
    if (issue) add(names[0], issue.reason, issue.message);
    return issue ? current : parseCents(value)!;
  }
  if (change != null) {
    const diff = parseSignedCents(change);
    if (diff === null) add(names[1], 'not_a_decimal', 'A signed amount with at most two decimals, e.g. "-25.00".');
    else if (current + diff < 0n) add(names[1], 'negative_premium', 'The premium would become negative.');
    else if (current + diff > MAX_CENTS) add(names[1], 'too_large', `The premium would exceed ${formatCents(MAX_CENTS)}.`);
    else return current + diff;
  }
  return current;
}

/**
 * Records an endorsement (issue #9 §3): the policy's terms change from `effectiveDate` (a day within
 * the cover, not before the latest version's), a new version is appended with what changed, and the
 * schedule is rewritten from that day — paid rows and rows of periods ended before it stay as they
 * are (installment.service.ts). Every issue names its field; nothing is saved when there is one.
 */
export async function endorsePolicy(ctx: RequestContext, policyId: string, input: EndorsementInput): Promise<Policy> {
  const policy = await lockPolicy(ctx, policyId);
  if (!IN_FORCE.includes(policy.status)) {
    throw conflict(`Only a policy in force can be endorsed; this one is ${policy.status}.`, { status: policy.status, allowed: [...IN_FORCE] });
  }
  const issues: FieldIssue[] = [];
  const add = (field: string, reason: string, message: string) => issues.push({ field, reason, message });

  // references first: NOT_FOUND names the field (another company's ids included)
  const objects = await ctx.em.find(PolicyInsuredObject, { policy: policy.id }, { orderBy: { addedOn: 'asc', id: 'asc' } });
  const removeIds = input.removeObjectIds ?? [];
  const duplicates = removeIds.map((id, i) => (removeIds.indexOf(id) < i ? { field: `removeObjectIds.${i}`, reason: 'duplicate', message: 'This object is already in the list.' } : null)).filter((x) => !!x);
  if (duplicates.length) throw badInput(duplicates);
  const missing = removeIds.map((id, i) => (objects.some((o) => o.id === id && !o.removedOn) ? null : { field: `removeObjectIds.${i}`, reason: 'not_found', message: 'No such object on this policy.' })).filter((x) => !!x);
  if (missing.length) throw new AppError('NOT_FOUND', `Not found — ${missing.map((m) => m.field).join(', ')}`, { fields: missing });
  const added = await checkObjects(ctx, policy, input.addObjects ?? [], (i) => `addObjects.${i}.`);

  const effective = input.effectiveDate;
  if (!isDate(effective)) add('effectiveDate', 'invalid_date', 'A date YYYY-MM-DD.');
  else if (effective < policy.coverStart || effective > policy.coverEnd) {
    add('effectiveDate', 'outside_cover', `The effective date must be within the cover, ${policy.coverStart} to ${policy.coverEnd}.`);
  } else {
    const last = await latestVersion(ctx, policy.id);
    if (last && effective < last.effectiveDate) add('effectiveDate', 'before_previous_version', `Version ${last.version} takes effect on ${last.effectiveDate}; a later change cannot take effect before it.`);
  }
  const reason = input.reason?.trim() ?? '';
  if (!reason) add('reason', 'required', 'Say why the policy changes.');
  else if (reason.length > 1000) add('reason', 'too_long', 'At most 1000 characters.');

  const oldNet = parseCents(policy.premiumNet)!;
  const oldTaxes = parseCents(policy.premiumTaxes)!;
  const net = premiumPart(oldNet, input.premiumNet, input.premiumNetChange, ['premiumNet', 'premiumNetChange'], add);
  const taxes = premiumPart(oldTaxes, input.premiumTaxes, input.premiumTaxesChange, ['premiumTaxes', 'premiumTaxesChange'], add);
  if (net + taxes > MAX_CENTS) add('premiumGross', 'too_large', `Net premium plus taxes would exceed ${formatCents(MAX_CENTS)}.`);
  let insuredSum = policy.insuredSum ?? null;
  if (input.insuredSum != null) {
    const issue = amountIssue(input.insuredSum);
    if (issue) add('insuredSum', issue.reason, issue.message);
    else insuredSum = formatCents(parseCents(input.insuredSum)!);
  }
  if (isDate(effective)) {
    removeIds.forEach((id, i) => {
      const o = objects.find((x) => x.id === id)!;
      if (o.addedOn > effective) add(`removeObjectIds.${i}`, 'before_added', `The object is insured from ${o.addedOn}.`);
    });
  }
  issues.push(...added.issues);

  const changes: VersionChange[] = [];
  const change = (field: string, before: string | null, after: string | null) => {
    if (before !== after) changes.push({ field, before, after });
  };
  change('premiumNet', policy.premiumNet, formatCents(net));
  change('premiumTaxes', policy.premiumTaxes, formatCents(taxes));
  change('premiumGross', policy.premiumGross, formatCents(net + taxes));
  change('insuredSum', policy.insuredSum ?? null, insuredSum);
  for (const id of removeIds) change('objects', objects.find((o) => o.id === id)!.description, null);
  for (const v of added.values) change('objects', null, v.description);
  if (!issues.length && !changes.length) add('input', 'no_change', 'The endorsement changes nothing: give a premium, an insured sum or objects.');
  if (issues.length) throw badInput(issues);

  policy.premiumNet = formatCents(net);
  policy.premiumTaxes = formatCents(taxes);
  policy.premiumGross = formatCents(net + taxes);
  policy.insuredSum = insuredSum;
  for (const id of removeIds) objects.find((o) => o.id === id)!.removedOn = effective;
  for (const v of added.values) createObject(ctx, policy, v, effective);
  await ctx.em.flush();
  await writeSchedule(ctx, policy, { from: effective });
  await recordVersion(ctx, policy, { kind: PolicyVersionKind.ENDORSEMENT, effectiveDate: effective, reason, changes });
  return policy;
}

