import type { FieldIssue } from '@agency/shared';
import type { RequestContext } from '../../core/context.js';
import { badInput, conflict, notFound } from '../../core/errors.js';
import { Company } from '../base/companies/company.entity.js';
import { isUuid } from '../clients/client.service.js';
import { Insurer } from './insurer.entity.js';
import { LineOfBusiness } from './line-of-business.entity.js';
import { defaultLinesOf } from './lines-of-business.js';
import { formatCents, parseRate } from './money.js';
import { Policy } from './policy.entity.js';
import type { InsurerInput, LineOfBusinessInput } from './policy.inputs.js';

/** Insurers and lines of business of the active company (issue #9 §1). Rights: policies.rules.ts. */

const text = (v: string | null | undefined) => (typeof v === 'string' && v.trim() ? v.trim() : null);

export function listInsurers(ctx: RequestContext): Promise<Insurer[]> {
  ctx.requireCompany();
  return ctx.em.find(Insurer, {}, { orderBy: { name: 'asc', id: 'asc' } });
}

export async function getInsurer(ctx: RequestContext, id: string): Promise<Insurer> {
  ctx.requireCompany();
  const insurer = isUuid(id) ? await ctx.em.findOne(Insurer, { id }) : null;
  if (!insurer) throw notFound('Insurer');
  return insurer;
}

async function checkInsurer(ctx: RequestContext, input: InsurerInput, self?: string): Promise<{ name: string; code: string; taxId: string | null; agencyCode: string | null }> {
  const issues: FieldIssue[] = [];
  const name = text(input.name);
  const code = text(input.code)?.toUpperCase() ?? null;
  if (!name) issues.push({ field: 'name', reason: 'required', message: 'The insurer needs a name.' });
  else if (name.length > 200) issues.push({ field: 'name', reason: 'too_long', message: 'At most 200 characters.' });
  if (!code) issues.push({ field: 'code', reason: 'required', message: 'The insurer needs a code.' });
  else if (code.length > 40) issues.push({ field: 'code', reason: 'too_long', message: 'At most 40 characters.' });
  else {
    const same = await ctx.em.findOne(Insurer, { code }, { fields: ['id'] });
    if (same && same.id !== self) issues.push({ field: 'code', reason: 'duplicate', message: 'Another insurer has this code.' });
  }
  const taxId = text(input.taxId);
  if (taxId && taxId.length > 40) issues.push({ field: 'taxId', reason: 'too_long', message: 'At most 40 characters.' });
  const agencyCode = text(input.agencyCode);
  if (agencyCode && agencyCode.length > 60) issues.push({ field: 'agencyCode', reason: 'too_long', message: 'At most 60 characters.' });
  if (issues.length) throw badInput(issues);
  return { name: name!, code: code!, taxId, agencyCode };
}

export async function createInsurer(ctx: RequestContext, input: InsurerInput): Promise<Insurer> {
  const company = ctx.em.getReference(Company, ctx.requireCompany());
  const data = await checkInsurer(ctx, input);
  const insurer = ctx.em.create(Insurer, { company, ...data, createdAt: new Date() });
  await ctx.em.flush();
  return insurer;
}

export async function updateInsurer(ctx: RequestContext, id: string, input: InsurerInput): Promise<Insurer> {
  const insurer = await getInsurer(ctx, id);
  Object.assign(insurer, await checkInsurer(ctx, input, insurer.id));
  await ctx.em.flush();
  return insurer;
}

/** An insurer no policy refers to; otherwise CONFLICT with the count. */
export async function deleteInsurer(ctx: RequestContext, id: string): Promise<boolean> {
  const insurer = await getInsurer(ctx, id);
  const used = await ctx.em.count(Policy, { insurer: insurer.id });
  if (used) throw conflict(`${used} policy(ies) refer to this insurer.`, { policies: used });
  ctx.em.remove(insurer);
  await ctx.em.flush();
  return true;
}

/**
 * The company's lines of business. A company gets the ten lines (named for its country) the first
 * time they are asked for — by this list, a policy being saved, or the demo seeder.
 */
export async function listLines(ctx: RequestContext): Promise<LineOfBusiness[]> {
  await ensureLines(ctx);
  return ctx.em.find(LineOfBusiness, {}, { orderBy: { name: 'asc', id: 'asc' } });
}

export async function ensureLines(ctx: RequestContext): Promise<void> {
  const companyId = ctx.requireCompany();
  if (await ctx.em.count(LineOfBusiness, {})) return;
  const company = await ctx.em.findOneOrFail(Company, { id: companyId });
  for (const line of defaultLinesOf(company.country)) ctx.em.create(LineOfBusiness, { company, ...line });
  await ctx.em.flush();
}

export async function getLine(ctx: RequestContext, id: string): Promise<LineOfBusiness> {
  ctx.requireCompany();
  const line = isUuid(id) ? await ctx.em.findOne(LineOfBusiness, { id }) : null;
  if (!line) throw notFound('LineOfBusiness');
  return line;
}

export async function updateLine(ctx: RequestContext, id: string, input: LineOfBusinessInput): Promise<LineOfBusiness> {
  const line = await getLine(ctx, id);
  const issues: FieldIssue[] = [];
  const name = text(input.name);
  const rate = parseRate(input.defaultTaxRate);
  if (!name) issues.push({ field: 'name', reason: 'required', message: 'The line needs a name.' });
  else if (name.length > 200) issues.push({ field: 'name', reason: 'too_long', message: 'At most 200 characters.' });
  if (rate === null) issues.push({ field: 'defaultTaxRate', reason: 'not_a_rate', message: 'A percentage from 0 to 100 with at most two decimals.' });
  if (issues.length) throw badInput(issues);
  line.name = name!;
  line.defaultTaxRate = formatCents(rate!);
  await ctx.em.flush();
  return line;
}

