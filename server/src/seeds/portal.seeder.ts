import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { withSystemContext } from '../core/system-context.js';
import { Company } from '../modules/base/companies/company.entity.js';
import { Policy } from '../modules/policies/policy.entity.js';
import { hashPassword } from '../modules/base/auth/password.js';
import { PortalUser } from '../modules/portal/portal-account.entity.js';
import { PortalGrant, PortalGrantClient, PortalGrantUser } from '../modules/portal/portal-grant.entity.js';
import { loadDemoData } from './demo.seeder.js';

/** The portal's demo login: a family member of two ROSSI clients, sharing their policies and claims. */
export const PORTAL_DEMO = { company: 'ROSSI', email: 'anna.esposito@example.it', name: 'Anna Esposito', grant: 'Famiglia Esposito' } as const;

/**
 * The portal's demo data (issue #12): in ROSSI one portal account (verified e-mail, the demo password)
 * and one grant over the first two clients holding policies (by number), sharing contracts in force
 * and open claims, private view. Deterministic.
 */
export async function seedPortal(orm: MikroORM, config: Config): Promise<void> {
  await withSystemContext(orm, config, async (ctx) => {
    const company = await ctx.em.findOne(Company, { code: PORTAL_DEMO.company });
    if (!company) return;
    await ctx.applyScope(company.id);
    const policies = await ctx.em.find(Policy, { company: company.id }, { orderBy: { number: 'asc' }, limit: 200 });
    const clientIds = [...new Set(policies.map((p) => p.client.id))].slice(0, 2);
    if (!clientIds.length) return;
    const user = ctx.em.create(PortalUser, {
      company: company.id,
      email: PORTAL_DEMO.email,
      displayName: PORTAL_DEMO.name,
      locale: company.locale,
      passwordHash: await hashPassword(loadDemoData().password),
      emailVerifiedAt: new Date(),
      createdAt: new Date(),
    });
    const grant = ctx.em.create(PortalGrant, { company: company.id, name: PORTAL_DEMO.grant, includeClaims: true, shareStatuses: ['policy', 'own'] });
    await ctx.em.flush();
    for (const clientId of clientIds) ctx.em.create(PortalGrantClient, { company: company.id, grantId: grant.id, clientId });
    ctx.em.create(PortalGrantUser, { company: company.id, grantId: grant.id, email: user.email, portalUserId: user.id, linkedAt: new Date(), createdAt: new Date() });
  });
}
