import type { RequestContext } from '../../../core/context.js';
import { Company } from '../companies/company.entity.js';
import { SupportGrant } from '../support/support-grant.entity.js';
import { membershipsOfUser } from '../users/membership.queries.js';
import type { CompanyAccess, Me } from './auth.types.js';
import { openSupportGrants } from '../support/support.service.js';

/** The operator's role under a support grant: shown translated, not as a role of the company. */
const SUPPORT_ROLE = 'support';

export async function me(ctx: RequestContext): Promise<Me | null> {
  if (!ctx.signedIn || !ctx.user) return null;
  const user = ctx.user;
  let companies: CompanyAccess[];
  if (user.isOperator) {
    const grants = await openSupportGrants(ctx);
    companies = grants.map((g) => ({ company: g.company, roleName: 'support', roleTemplate: SUPPORT_ROLE }));
  } else {
    const memberships = await membershipsOfUser(ctx.em, user.id);
    companies = memberships.map((m) => ({ company: m.company.getEntity(), roleName: m.role.getEntity().name, roleTemplate: m.role.getEntity().template ?? null }));
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
    roleTemplate: ctx.companyId ? (ctx.channel === 'operator' ? SUPPORT_ROLE : (companies.find((c) => c.company.id === ctx.companyId)?.roleTemplate ?? null)) : null,
    channel: ctx.channel,
    companies,
    mfaEnrollmentRequired: ctx.mfaEnrollmentRequired,
    supportAccessUntil,
  };
}
