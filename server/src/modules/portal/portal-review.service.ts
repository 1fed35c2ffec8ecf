import type { RequestContext } from '../../core/context.js';
import { badInput, conflict, notFound } from '../../core/errors.js';
import { Company } from '../base/companies/company.entity.js';
import { Client } from '../clients/client.entity.js';
import { enqueueMail } from '../mail/outbox.service.js';
import { PortalChange, PortalSetting, type CardArea, type SyncMode } from './portal-change.entity.js';
import { AREA_KEYS, applyArea, currentRows } from './portal-card.service.js';
import { portalMail } from './portal-mail.texts.js';
import type { PortalFieldDiff, PortalReviewItem } from './portal-review.types.js';

type Row = Record<string, unknown>;
const FIELD: Record<CardArea, string> = { addresses: 'addresses', contacts: 'contacts', bank_accounts: 'bankAccounts' };
const text = (v: unknown): string | null => (v === null || v === undefined || v === '' ? null : String(v));

/** Per field, what the card holds and what the client entered (rows matched by id; new and removed rows in full). */
export function diffArea(area: CardArea, before: Row[], after: Row[]): PortalFieldDiff[] {
  const out: PortalFieldDiff[] = [];
  const keys = AREA_KEYS[area].filter((k) => k !== 'id');
  const byId = new Map(before.map((r) => [r.id, r]));
  const kept = new Set<unknown>();
  after.forEach((row, i) => {
    const old = row.id ? byId.get(row.id) : undefined;
    if (old) kept.add(old.id);
    for (const k of keys) {
      const a = text(old?.[k]);
      const b = text(row[k]);
      if (a !== b) out.push({ field: `${FIELD[area]}.${i}.${k}`, before: a, after: b });
    }
  });
  before.forEach((row) => {
    if (kept.has(row.id)) return;
    for (const k of keys) if (text(row[k]) !== null) out.push({ field: `${FIELD[area]}.removed.${k}`, before: text(row[k]), after: null });
  });
  return out;
}

async function changeOf(ctx: RequestContext, id: string): Promise<PortalChange> {
  const change = await ctx.em.findOne(PortalChange, { id, company: ctx.requireCompany() });
  if (!change) throw notFound('Portal change');
  return change;
}

export async function reviewItems(ctx: RequestContext, status: PortalChange['status']): Promise<PortalReviewItem[]> {
  const changes = await ctx.em.find(PortalChange, { company: ctx.requireCompany(), status }, { orderBy: { createdAt: 'asc' }, limit: 200 });
  const clients = await ctx.em.find(Client, { company: ctx.requireCompany(), id: { $in: [...new Set(changes.map((c) => c.clientId))] } });
  const nameOf = new Map(clients.map((c) => [c.id, c.displayName]));
  const items: PortalReviewItem[] = [];
  for (const c of changes) {
    items.push({
      id: c.id,
      clientId: c.clientId,
      clientName: nameOf.get(c.clientId) ?? '',
      area: c.area,
      status: c.status,
      enteredBy: c.enteredByEmail,
      enteredAt: c.createdAt,
      message: c.message ?? null,
      diff: c.status === 'pending' ? diffArea(c.area, await currentRows(ctx, c.clientId, c.area), c.data) : [],
    });
  }
  return items;
}

async function tellClient(ctx: RequestContext, change: PortalChange, kind: 'approved' | 'rejected'): Promise<void> {
  const company = await ctx.em.findOneOrFail(Company, { id: ctx.requireCompany() });
  const mail = portalMail(kind, company.locale, { company: company.name, message: change.message ?? '' });
  await enqueueMail(ctx.em, { to: change.enteredByEmail, ...mail, kind: `portal.change_${kind}`, companyId: company.id, clientId: change.clientId });
}

/** Staff approve a queued change: applied to the card now (its audit rows name the approver); the client is told. */
export async function approveChange(ctx: RequestContext, id: string): Promise<PortalChange> {
  const change = await changeOf(ctx, id);
  if (change.status !== 'pending') throw conflict('This change was already decided.');
  await applyArea(ctx, change.clientId, change.area, change.data);
  change.status = 'approved';
  change.reviewedBy = ctx.user?.id ?? null;
  change.reviewedAt = new Date();
  await ctx.em.flush();
  await tellClient(ctx, change, 'approved');
  return change;
}

/** Staff reject a queued change with a message to the client; the card stays as it was. */
export async function rejectChange(ctx: RequestContext, id: string, message: string): Promise<PortalChange> {
  const change = await changeOf(ctx, id);
  const m = message.trim();
  if (!m) throw badInput([{ field: 'message', reason: 'required', message: 'Tell the client why.' }]);
  if (m.length > 2000) throw badInput([{ field: 'message', reason: 'too_long', message: 'At most 2000 characters.' }]);
  if (change.status !== 'pending') throw conflict('This change was already decided.');
  change.status = 'rejected';
  change.message = m;
  change.reviewedBy = ctx.user?.id ?? null;
  change.reviewedAt = new Date();
  await ctx.em.flush();
  await tellClient(ctx, change, 'rejected');
  return change;
}

export async function setSyncMode(ctx: RequestContext, mode: SyncMode): Promise<SyncMode> {
  const company = ctx.requireCompany();
  const setting = (await ctx.em.findOne(PortalSetting, { company })) ?? ctx.em.create(PortalSetting, { company });
  setting.syncMode = mode;
  setting.updatedBy = ctx.user?.id ?? null;
  await ctx.em.flush();
  return mode;
}
