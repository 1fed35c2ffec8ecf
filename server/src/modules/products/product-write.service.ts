import type { FieldIssue } from '@agency/shared';
import type { RequestContext } from '../../core/context.js';
import { AppError, badField, badInput, conflict, forbidden } from '../../core/errors.js';
import { Company } from '../base/companies/company.entity.js';
import { isUuid } from '../clients/client.service.js';
import { Insurer } from '../policies/insurer.entity.js';
import { LineOfBusiness } from '../policies/line-of-business.entity.js';
import { ensureLines } from '../policies/reference-data.service.js';
import type { ProductVersionInput } from './product-design.types.js';
import { checkDesign } from './product-design.js';
import { Product, ProductVersion, ProductVersionEvent } from './product.entity.js';
import { ProductVersionStatus as S } from './product.enums.js';
import type { CreateProductInput } from './product.inputs.js';
import { getProduct, getVersion } from './product.service.js';
import { IN_PROGRESS, transitionsFrom } from './product-status.js';
import { compiledVersions } from './rating-cache.js';

/** Design products and move their versions through the life cycle (PR-1). Every row change is audited. */

/** The author and everyone who changed the draft (four eyes: none of them approves it). */
export function isEditor(v: ProductVersion, userId: string | undefined): boolean {
  return !!userId && (v.authorId === userId || v.editors.includes(userId));
}

const CODE = /^[A-Z0-9][A-Z0-9_-]{1,29}$/;

function step(ctx: RequestContext, v: ProductVersion, from: S | null, to: S, reason: string | null): void {
  ctx.em.create(ProductVersionEvent, { company: v.company, version: v, fromStatus: from, toStatus: to, reason, changedBy: ctx.user?.id ?? null, changedAt: new Date() });
}

function design(input: ProductVersionInput) {
  const { issues, value } = checkDesign(input);
  if (issues.length) throw badInput(issues);
  return value;
}

export async function createProduct(ctx: RequestContext, input: CreateProductInput): Promise<Product> {
  const company = ctx.em.getReference(Company, ctx.requireCompany(), { wrapped: true });
  await ensureLines(ctx);
  const [line, insurer] = await Promise.all([
    isUuid(input.lineId) ? ctx.em.findOne(LineOfBusiness, { id: input.lineId }) : null,
    isUuid(input.insurerId) ? ctx.em.findOne(Insurer, { id: input.insurerId }) : null,
  ]);
  const missing: FieldIssue[] = [];
  if (!line) missing.push({ field: 'lineId', reason: 'not_found', message: 'No such line of business.' });
  if (!insurer) missing.push({ field: 'insurerId', reason: 'not_found', message: 'No such insurer.' });
  if (missing.length) throw new AppError('NOT_FOUND', `Not found — ${missing.map((m) => m.field).join(', ')}`, { fields: missing });
  const code = input.code?.trim().toUpperCase() ?? '';
  const issues: FieldIssue[] = [];
  if (!CODE.test(code)) issues.push({ field: 'code', reason: 'code_shape', message: 'A code of 2 to 30 capitals, digits, _ or -.' });
  else if (await ctx.em.count(Product, { code })) issues.push({ field: 'code', reason: 'duplicate', message: 'Another product has this code.' });
  const checked = checkDesign(input.design);
  issues.push(...checked.issues.map((i) => ({ ...i, field: `design.${i.field}` })));
  if (issues.length) throw badInput(issues);

  const product = ctx.em.create(Product, { company, code, line: line!, insurer: insurer!, createdBy: ctx.user?.id ?? null, createdAt: new Date() });
  const v = ctx.em.create(ProductVersion, {
    company,
    product,
    version: 1,
    status: S.DRAFT,
    ...checked.value,
    authorId: ctx.user?.id ?? null,
    editors: ctx.user ? [ctx.user.id] : [],
    approvedBy: null,
    statusChangedAt: new Date(),
    createdAt: new Date(),
    updatedAt: new Date(),
  });
  step(ctx, v, null, S.DRAFT, null);
  await ctx.em.flush();
  return product;
}

/** Changes a draft's design; any other status is CONFLICT (a published product changes through a new version). */
export async function updateProductVersion(ctx: RequestContext, id: string, input: ProductVersionInput): Promise<ProductVersion> {
  const v = await getVersion(ctx, id, true);
  if (v.status !== S.DRAFT) {
    throw conflict(`Version ${v.version} is ${v.status}: only a draft can be changed; start a new version instead.`, { status: v.status });
  }
  Object.assign(v, design(input));
  if (ctx.user && !v.editors.includes(ctx.user.id)) v.editors = [...v.editors, ctx.user.id];
  await ctx.em.flush();
  return v;
}

/** A new draft version copied from the product's latest one; CONFLICT while another version is still in progress. */
export async function newProductVersion(ctx: RequestContext, productId: string): Promise<ProductVersion> {
  const product = await getProduct(ctx, productId);
  const versions = await ctx.em.find(ProductVersion, { product: product.id }, { orderBy: { version: 'desc' } });
  const busy = versions.find((x) => IN_PROGRESS.includes(x.status));
  if (busy) throw conflict(`Version ${busy.version} is still ${busy.status}; finish or withdraw it first.`, { versionId: busy.id, status: busy.status });
  const latest = versions[0];
  const v = ctx.em.create(ProductVersion, {
    company: product.company,
    product,
    version: latest.version + 1,
    status: S.DRAFT,
    names: structuredClone(latest.names),
    questions: structuredClone(latest.questions),
    rating: structuredClone(latest.rating),
    authorId: ctx.user?.id ?? null,
    editors: ctx.user ? [ctx.user.id] : [],
    approvedBy: null,
    statusChangedAt: new Date(),
    createdAt: new Date(),
    updatedAt: new Date(),
  });
  step(ctx, v, null, S.DRAFT, `copy of version ${latest.version}`);
  await ctx.em.flush();
  return v;
}

/**
 * Moves a version along PRODUCT_TRANSITIONS: CONFLICT for a move not in the map, FORBIDDEN without
 * the move's right or when the author approves their own version (four eyes). Publishing retires
 * the version published before; going back to draft clears the approval.
 */
export async function moveProductVersion(ctx: RequestContext, id: string, to: S, reason: string | null): Promise<ProductVersion> {
  const v = await getVersion(ctx, id, true);
  const allowed = transitionsFrom(v.status);
  const move = allowed.find((x) => x.to === to);
  if (!move) {
    throw conflict(`A version in status ${v.status} cannot become ${to}; allowed: ${allowed.map((x) => x.to).join(', ') || 'none'}.`, {
      from: v.status,
      to,
      allowed: allowed.map((x) => x.to),
    });
  }
  if (!ctx.can(move.right)) throw forbidden(`You need the right ${move.right}.`);
  if (move.fourEyes && isEditor(v, ctx.user?.id)) {
    throw new AppError('FORBIDDEN', 'Four eyes: who wrote or changed a version cannot approve it; another person with products:approve must.', { reason: 'FOUR_EYES' });
  }
  const why = reason?.trim() || null;
  if (why && why.length > 1000) throw badField('reason', 'too_long', 'At most 1000 characters.');
  if (!why && move.reasonRequired) throw badField('reason', 'required', 'This step needs a reason.');

  if (to === S.PUBLISHED) {
    const previous = await ctx.em.find(ProductVersion, { product: v.product.id, status: S.PUBLISHED });
    for (const old of previous) {
      old.status = S.RETIRED;
      old.statusChangedAt = new Date();
      step(ctx, old, S.PUBLISHED, S.RETIRED, `replaced by version ${v.version}`);
    }
    compiledVersions.evict(previous.map((old) => old.id));
    await ctx.em.flush();
  }
  const from = v.status;
  v.status = to;
  v.statusChangedAt = new Date();
  if (to === S.APPROVED) v.approvedBy = ctx.user?.id ?? null;
  if (to === S.DRAFT) v.approvedBy = null;
  step(ctx, v, from, to, why);
  await ctx.em.flush();
  compiledVersions.evict([v.id]);
  return v;
}
