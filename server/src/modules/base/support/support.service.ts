import { ref } from '@mikro-orm/core';
import { ROLE_TEMPLATES, supportGrantSchema } from '@agency/shared';
import type { RequestContext } from '../../../core/context.js';
import { badField, forbidden, fromZod, notFound } from '../../../core/errors.js';
import { TENANT_FILTER } from '../../../core/tenant.js';
import { Company } from '../companies/company.entity.js';
import { User } from '../users/user.entity.js';
import { SupportGrant } from './support-grant.entity.js';
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
 * granting administrator holds them; every action is audited with channel "operator".
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
  const grant = ctx.em.create(SupportGrant, {
    company: ctx.em.getReference(Company, companyId),
    grantedBy: user,
    reason: parsed.data.reason,
    // No one hands out rights they do not hold (roles.service assertMayGrant): the operator works with
    // the administrator template's rights that the granting administrator holds, never more.
    rights: ROLE_TEMPLATES.administrator.filter((r) => ctx.can(r)),
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

export async function revokeSupportAccess(ctx: RequestContext, id: string): Promise<SupportGrant> {
  const grant = await ctx.em.findOne(SupportGrant, { id });
  if (!grant) throw notFound('Support grant');
  if (!grant.revokedAt) {
    grant.revokedAt = new Date();
    grant.revokedBy = ref(ctx.requireUser());
    // The operator's sessions under this grant lose the company at once.
    await ctx.em.nativeUpdate(UserSession, { supportGrantId: grant.id }, { supportGrantId: null, activeCompanyId: null });
    await ctx.em.flush();
  }
  return grant;
}

export function supportGrants(ctx: RequestContext): Promise<SupportGrant[]> {
  ctx.requireCompany();
  return ctx.em.find(SupportGrant, {}, { orderBy: { createdAt: 'desc' }, limit: 100 });
}

/**
 * For the operator: the grants open now in every company (listed in core/tenant-bypass.ts). The
 * database's `operator_open_grants` policy returns only open grants, and only to the operator.
 */
export async function openSupportGrants(ctx: RequestContext): Promise<Array<{ company: Company; expiresAt: Date }>> {
  const grants = await ctx.em.find(
    SupportGrant,
    { revokedAt: null, expiresAt: { $gt: new Date() } },
    { filters: { [TENANT_FILTER]: false }, populate: ['company'], orderBy: { expiresAt: 'desc' } },
  );
  const seen = new Set<string>();
  return grants
    .filter((g) => !seen.has(g.company.id) && seen.add(g.company.id))
    .map((g) => ({ company: g.company.getEntity(), expiresAt: g.expiresAt }));
}
