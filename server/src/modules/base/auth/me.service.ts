import type { RequestContext } from '../../../core/context.js';
import { Company } from '../companies/company.entity.js';
import { SupportGrant } from '../support/support-grant.entity.js';
import { membershipsOfUser } from '../users/membership.queries.js';
import type { CompanyAccess, Me } from './auth.types.js';
import { openSupportGrants } from '../support/support.service.js';

export async function me(ctx: RequestContext): Promise<Me | null> {
  if (!ctx.signedIn || !ctx.user) return null;
  const user = ctx.user;
  let companies: CompanyAccess[];
  if (user.isOperator) {
    const grants = await openSupportGrants(ctx);
    companies = grants.map((g) => ({ company: g.company, roleName: 'support' }));
  } else {
    const memberships = await membershipsOfUser(ctx.em, user.id);
    companies = memberships.map((m) => ({ company: m.company.getEntity(), roleName: m.role.getEntity().name }));
  }
  const company = ctx.companyId ? await ctx.loaders.byId(Company).load(ctx.companyId) : null;
  let supportAccessUntil: Date | null = null;
  if (ctx.channel === 'operator' && ctx.session?.supportGrantId) {
    supportAccessUntil = (await ctx.em.findOne(SupportGrant, { id: ctx.session.supportGrantId }))?.expiresAt ?? null;
  }
  return {
    user,
    company,
    rights: [...ctx.rights].sort(),
    roleName: ctx.roleName,
    channel: ctx.channel,
    companies,
    mfaEnrollmentRequired: ctx.mfaEnrollmentRequired,
    supportAccessUntil,
  };
}
