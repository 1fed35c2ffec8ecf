import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { RoleTemplateKey } from '@agency/shared';
import { ROOT_DIR, type Config } from '../config.js';
import { withSystemContext } from '../core/system-context.js';
import { encryptSecret } from '../core/crypto.js';
import { Company } from '../modules/base/companies/company.entity.js';
import { User } from '../modules/base/users/user.entity.js';
import { Membership } from '../modules/base/users/membership.entity.js';
import { createTemplateRoles } from '../modules/base/roles/roles.service.js';
import { hashPassword } from '../modules/base/auth/password.js';

export interface DemoUser {
  email: string;
  displayName: string;
  role: RoleTemplateKey;
  locale: string;
  totp?: boolean;
}
export interface DemoData {
  password: string;
  totpSecret: string;
  operator: { email: string; displayName: string; locale: string };
  companies: Array<{ code: string; name: string; country: string; locale: string; currency: string; email: string; users: DemoUser[] }>;
}

export function loadDemoData(): DemoData {
  return JSON.parse(readFileSync(path.join(ROOT_DIR, 'seeds', 'demo.json'), 'utf8')) as DemoData;
}

/**
 * The base module's demo data: two agencies in two countries, their staff, one person in both, and
 * the platform operator. Runs once, on an empty database.
 */
export async function seedBase(orm: MikroORM, config: Config, data: DemoData = loadDemoData()): Promise<void> {
  const passwordHash = await hashPassword(data.password);
  const totpSecret = encryptSecret(data.totpSecret, config.secretKey);
  await withSystemContext(orm, config, async (ctx) => {
    const users = new Map<string, User>();
    const userFor = (u: { email: string; displayName: string; locale: string; totp?: boolean }, operator = false) => {
      let user = users.get(u.email);
      if (!user) {
        user = ctx.em.create(User, {
          email: u.email,
          displayName: u.displayName,
          locale: u.locale,
          passwordHash,
          isOperator: operator,
          totpEnabled: !!u.totp || operator,
          totpSecret: u.totp || operator ? totpSecret : null,
          createdAt: new Date(),
        });
        users.set(u.email, user);
      }
      return user;
    };
    userFor(data.operator, true);
    await ctx.em.flush();
    for (const c of data.companies) {
      const company = ctx.em.create(Company, { code: c.code, name: c.name, country: c.country, locale: c.locale, currency: c.currency, email: c.email, createdAt: new Date() });
      await ctx.applyScope(company.id);
      const roles = createTemplateRoles(ctx.em, company);
      for (const u of c.users) {
        ctx.em.create(Membership, { company, user: userFor(u), role: roles[u.role], active: true, createdAt: new Date() });
      }
      await ctx.em.flush();
    }
    await ctx.applyScope(undefined);
  });
}
