import { createCompanySchema } from '@agency/shared';
import type { RequestContext } from '../../../core/context.js';
import { badField, fromZod } from '../../../core/errors.js';
import { Company } from './company.entity.js';
import { User } from '../users/user.entity.js';
import { Membership } from '../users/membership.entity.js';
import { createTemplateRoles } from '../roles/roles.service.js';
import { issueAccountLink } from '../auth/auth.service.js';
import { enqueueMail } from '../../mail/outbox.service.js';
import { render } from '../../mail/templates.js';

export interface CreateCompanyInput {
  code: string;
  name: string;
  country: string;
  locale: string;
  currency: string;
  adminEmail: string;
  adminName: string;
}

/** The platform's company registry (codes and names only: no business data). */
export function companies(ctx: RequestContext): Promise<Company[]> {
  return ctx.em.find(Company, {}, { orderBy: { code: 'asc' } });
}

/**
 * The operator creates a company, its built-in roles and its first administrator, who is invited by
 * e-mail (BASE-6). Everything is audited in the new company with channel "operator"; the operator gets
 * no membership, so from now on sees the company's data only under a support grant.
 */
export async function createCompany(ctx: RequestContext, input: CreateCompanyInput): Promise<Company> {
  const parsed = createCompanySchema.safeParse(input);
  if (!parsed.success) throw fromZod(parsed.error);
  const data = parsed.data;
  if (await ctx.em.findOne(Company, { code: data.code })) throw badField('code', 'taken', 'This company code is taken.');
  const company = ctx.em.create(Company, { code: data.code, name: data.name, country: data.country, locale: data.locale, currency: data.currency, createdAt: new Date() });
  const previous = ctx.companyId;
  const previousChannel = ctx.channel;
  ctx.channel = 'operator';
  await ctx.applyScope(company.id);
  try {
    const templates = createTemplateRoles(ctx.em, company);
    let admin = await ctx.em.findOne(User, { email: data.adminEmail });
    if (admin?.isOperator) throw badField('adminEmail', 'operator_account', 'The platform operator cannot be a company’s administrator.');
    const isNew = !admin;
    if (!admin) admin = ctx.em.create(User, { email: data.adminEmail, displayName: data.adminName, locale: data.locale, createdAt: new Date() });
    ctx.em.create(Membership, { company, user: admin, role: templates.administrator, active: true, createdAt: new Date() });
    await ctx.em.flush();
    if (isNew) await issueAccountLink(ctx, admin, 'invite', company.name);
    else {
      const mail = render('added', admin.locale, { name: admin.displayName, company: company.name, link: ctx.config.publicUrl });
      await enqueueMail(ctx.em, { companyId: company.id, to: admin.email, ...mail, kind: 'account.added' });
    }
  } finally {
    ctx.channel = previousChannel;
    await ctx.applyScope(previous);
  }
  return company;
}
