import { ref } from '@mikro-orm/core';
import { ROLE_TEMPLATES, supportGrantSchema } from '@agency/shared';
import type { RequestContext } from '../../../core/context.js';
import { badField, forbidden, fromZod, notFound } from '../../../core/errors.js';
import { Company } from '../companies/company.entity.js';
import { User } from '../users/user.entity.js';
import { lockAccessChanges } from '../users/membership.queries.js';
import { SupportGrant, type SupportGrantEndReason } from './support-grant.entity.js';
import { checkTotp } from '../auth/totp.service.js';
import { UserSession } from '../auth/session.entity.js';
import { enqueueMail } from '../../mail/outbox.service.js';
import { render } from '../../mail/templates.js';

export interface GrantInput {
  hours: number;
  reason: string;
  totpCode: string;
}

/**
 * The company administrator grants the platform operator time-boxed access (BASE-6), confirmed by a
 * current TOTP code. The operator works with the administrator template's rights, as far as the
 * granting administrator holds them; every action is audited with channel "operator". The grant
 * gives no more than its administrator still holds, and ends for good when they may no longer grant,
 * whatever changed their access (`endGrantsBeyondGrantors`, the database's triggers of migration 0056;
 * the database also checks it on every request of the operator).
 */
export async function grantSupportAccess(ctx: RequestContext, input: GrantInput): Promise<SupportGrant> {
  const parsed = supportGrantSchema.safeParse(input);
  if (!parsed.success) throw fromZod(parsed.error);
  const user = ctx.requireUser();
  // Only the company's own administrator grants: the operator, working under a grant, may not extend it.
  if (ctx.channel === 'operator' || user.isOperator) throw forbidden('Support access is granted by the company’s own administrator.');
  if (!checkTotp(ctx, user, parsed.data.totpCode)) {
    throw badField('totpCode', 'invalid_code', 'The code is not valid. Check your authenticator app.');
  }
  const companyId = ctx.requireCompany();
  // Serialized with the changes of who holds which rights (roles.service beginAccessChange), and the
  // administrator's rights read after the lock: a grant given while its administrator is being demoted
  // is refused, not left behind for the operator.
  await lockAccessChanges(ctx.em, companyId);
  const held = await grantorRights(ctx, companyId, user.id);
  if (!held) throw forbidden('Support access is granted by an administrator of the company.');
  const grant = ctx.em.create(SupportGrant, {
    company: ctx.em.getReference(Company, companyId),
    grantedBy: user,
    reason: parsed.data.reason,
    // No one hands out rights they do not hold (roles.service assertMayGrant): the operator works with
    // the administrator template's rights that the granting administrator holds, never more.
    rights: ROLE_TEMPLATES.administrator.filter((r) => held.includes(r)),
    createdAt: new Date(),
    expiresAt: new Date(Date.now() + parsed.data.hours * 3600_000),
  });
  await ctx.em.flush();
  const company = await ctx.em.findOneOrFail(Company, companyId);
  const operators = await ctx.em.find(User, { isOperator: true, disabled: false });
  for (const op of operators) {
    const mail = render('supportGranted', op.locale, { company: `${company.code} ${company.name}`, until: grant.expiresAt.toISOString(), reason: grant.reason });
    await enqueueMail(ctx.em, { companyId, to: op.email, ...mail, kind: 'support.granted' });
  }
  return grant;
}

/**
 * The rights a user may hand to the operator in the active company: those they hold there, if they may
 * grant at all (an enabled user with an active membership whose role holds base:edit); null otherwise.
 * The database's `app_support_grantor_rights` (migration 0051), under row-level security.
 */
async function grantorRights(ctx: RequestContext, companyId: string, userId: string): Promise<string[] | null> {
  const [row] = await ctx.em.execute<Array<{ rights: string[] | null }>>('select app_support_grantor_rights(?, ?) as rights', [companyId, userId]);
  return row?.rights ?? null;
}

/** Ends a grant now (by the signed-in administrator): the operator's sessions under it lose the company at once. */
async function endGrant(ctx: RequestContext, grant: SupportGrant, reason: SupportGrantEndReason | null): Promise<void> {
  grant.revokedAt = new Date();
  grant.revokedBy = ref(ctx.requireUser());
  if (reason) grant.revokedReason = reason;
  await ctx.em.nativeUpdate(UserSession, { supportGrantId: grant.id }, { supportGrantId: null, activeCompanyId: null });
}

export async function revokeSupportAccess(ctx: RequestContext, id: string): Promise<SupportGrant> {
  const grant = await ctx.em.findOne(SupportGrant, { id });
  if (!grant) throw notFound('Support grant');
  if (!grant.revokedAt) {
    await endGrant(ctx, grant, null);
    await ctx.em.flush();
  }
  return grant;
}

/**
 * A grant lives no longer than the authority of the administrator who gave it. At the end of every
 * change of who holds which rights in the active company (roles.service `updateRole`, users.service
 * `updateMembership`, under their lock, after the flush): an open grant whose administrator may no
 * longer grant (demoted, disabled, their role stripped of base:edit) is ended — revoked by the
 * administrator making the change, with reason `grantor_lost_authority`, their sessions under it
 * losing the company at once; one whose administrator lost some of its rights keeps only those they
 * still hold. Both are audited as changes of the grant. The database enforces the same on every
 * request of the operator (`app_support_grant_rights` in `app_enter_company`). The database also does
 * the same at the change of its rows itself, whoever makes it (triggers on app_user, membership and
 * role, migration 0056, in the change's transaction, audited by its user): after the service's flush
 * this normally finds nothing left to do.
 */
export async function endGrantsBeyondGrantors(ctx: RequestContext): Promise<void> {
  const companyId = ctx.requireCompany();
  const changed = await ctx.em.execute<Array<{ id: string; rights: string[] | null }>>(
    `select g.id, cur.rights
       from support_grant g cross join lateral (select app_support_grant_rights(g) as rights) cur
      where g.company_id = ? and g.revoked_at is null and g.expires_at > now() and cur.rights is distinct from g.rights`,
    [companyId],
  );
  if (!changed.length) return;
  const grants = new Map((await ctx.em.find(SupportGrant, { id: { $in: changed.map((g) => g.id) } })).map((g) => [g.id, g]));
  for (const { id, rights } of changed) {
    const grant = grants.get(id);
    if (!grant) continue;
    if (rights) grant.rights = rights;
    else await endGrant(ctx, grant, 'grantor_lost_authority');
  }
  await ctx.em.flush();
}

export function supportGrants(ctx: RequestContext): Promise<SupportGrant[]> {
  ctx.requireCompany();
  return ctx.em.find(SupportGrant, {}, { orderBy: { createdAt: 'desc' }, limit: 100 });
}

/**
 * For the operator: the companies whose grants would let them in now, each with its grant's latest
 * expiry. The database's `app_operator_grants` (migration 0056) reads the grants open now in every
 * company (policy `operator_open_grants`, only to the operator) and keeps those that give something
 * (`app_support_grant_rights`, read in each grant's company) — as `app_enter_company` lets the operator in.
 */
export async function openSupportGrants(ctx: RequestContext): Promise<Array<{ company: Company; expiresAt: Date }>> {
  const rows = await ctx.em.execute<Array<{ company_id: string; expires_at: Date | string }>>('select company_id, expires_at from app_operator_grants()');
  const latest = new Map<string, Date>();
  for (const r of rows) {
    const at = new Date(r.expires_at);
    if (!latest.has(r.company_id) || latest.get(r.company_id)!.getTime() < at.getTime()) latest.set(r.company_id, at);
  }
  if (!latest.size) return [];
  const companies = new Map((await ctx.em.find(Company, { id: { $in: [...latest.keys()] } })).map((c) => [c.id, c]));
  return [...latest]
    .filter(([id]) => companies.has(id))
    .sort(([, a], [, b]) => b.getTime() - a.getTime())
    .map(([id, expiresAt]) => ({ company: companies.get(id)!, expiresAt }));
}

/**
 * For the operator entering the active company: the open grant that lets them in now (the latest
 * expiring one that gives something, `app_support_grant_rights`), or null — the grant
 * `app_enter_company` is then asked to admit the operator under.
 */
export async function grantToEnter(ctx: RequestContext): Promise<string | null> {
  const companyId = ctx.requireCompany();
  const [row] = await ctx.em.execute<Array<{ id: string }>>(
    `select g.id from support_grant g
      where g.company_id = ? and app_support_grant_rights(g) is not null
      order by g.expires_at desc limit 1`,
    [companyId],
  );
  return row?.id ?? null;
}
