import { inviteUserSchema } from '@agency/shared';
import type { RequestContext } from '../../../core/context.js';
import { AppError, conflict, forbidden, fromZod, notFound, badField } from '../../../core/errors.js';
import { Company } from '../companies/company.entity.js';
import { Role } from '../roles/role.entity.js';
import { assertMayGrant, assertMayManage, assertRightsKept, beginAccessChange } from '../roles/roles.service.js';
import { Membership } from './membership.entity.js';
import { companiesNotAdministered } from './membership.queries.js';
import { User } from './user.entity.js';
import { issueAccountLink } from '../auth/auth.service.js';
import { resetMemberTotp } from '../auth/totp.service.js';
import { endGrantsBeyondGrantors } from '../support/support.service.js';
import { enqueueMail } from '../../mail/outbox.service.js';
import { render } from '../../mail/templates.js';

export async function member(ctx: RequestContext, id: string): Promise<Membership> {
  const m = await ctx.em.findOne(Membership, { id });
  if (!m) throw notFound('User');
  return m;
}

async function roleOfCompany(ctx: RequestContext, roleId: string): Promise<Role> {
  const role = await ctx.em.findOne(Role, { id: roleId });
  if (!role) throw badField('roleId', 'not_found', 'No such role in this company.');
  return role;
}

/**
 * Adds a person to the company. An unknown address gets an account and an invitation link to choose
 * a password; a known one gets the membership and a notice.
 */
export async function inviteUser(ctx: RequestContext, input: { email: string; displayName: string; roleId: string; locale?: string | null }): Promise<Membership> {
  const parsed = inviteUserSchema.safeParse(input);
  if (!parsed.success) throw fromZod(parsed.error);
  const companyId = ctx.requireCompany();
  const role = await roleOfCompany(ctx, parsed.data.roleId);
  assertMayGrant(ctx, role.rights);
  const company = await ctx.em.findOneOrFail(Company, companyId);
  let user = await ctx.em.findOne(User, { email: parsed.data.email });
  const isNew = !user;
  if (!user) {
    user = ctx.em.create(User, { email: parsed.data.email, displayName: parsed.data.displayName, locale: parsed.data.locale ?? company.locale, createdAt: new Date() });
  } else if (user.isOperator) {
    // The operator reaches a company only through a time-boxed support grant, never as a member (BASE-6).
    throw badField('email', 'operator_account', 'The platform operator cannot be a user of a company.');
  } else if (await ctx.em.findOne(Membership, { user: user.id })) {
    throw conflict('This person is already a user of this company.', { field: 'email' });
  }
  const membership = ctx.em.create(Membership, { company: ctx.em.getReference(Company, companyId), user, role, active: true, createdAt: new Date() });
  await ctx.em.flush();
  if (isNew) await issueAccountLink(ctx, user, 'invite', company.name);
  else {
    const mail = render('added', user.locale, { name: user.displayName, company: company.name, link: ctx.config.publicUrl });
    await enqueueMail(ctx.em, { companyId, to: user.email, ...mail, kind: 'account.added' });
  }
  return membership;
}

/** The rights a membership's role gives now (the membership is the active company's). */
async function rightsOf(ctx: RequestContext, m: Membership): Promise<string[]> {
  return (await ctx.em.findOneOrFail(Role, { id: m.role.id })).rights;
}

export async function updateMembership(ctx: RequestContext, id: string, input: { roleId?: string | null; active?: boolean | null }): Promise<Membership> {
  const before = await beginAccessChange(ctx);
  const m = await member(ctx, id);
  const self = m.user.id === ctx.requireUser().id;
  // Someone holding rights the administrator does not hold is not theirs to demote, disable or re-enable.
  assertMayManage(ctx, await rightsOf(ctx, m), 'user');
  if (input.roleId) {
    const role = await roleOfCompany(ctx, input.roleId);
    assertMayGrant(ctx, role.rights);
    if (self && !role.rights.includes('base:edit')) throw forbidden('You cannot remove your own administration rights.');
    m.role = ctx.em.getReference(Role, role.id) as never;
  }
  if (input.active !== undefined && input.active !== null) {
    if (self && !input.active) throw forbidden('You cannot disable yourself.');
    m.active = input.active;
  }
  await ctx.em.flush();
  await assertRightsKept(ctx, before);
  // a support grant gives no more than its administrator still holds (support.service)
  await endGrantsBeyondGrantors(ctx);
  return m;
}

/**
 * An administrator resets a member's second factor (lost phone). The second factor is the person's, for
 * every company they work for: only someone who administers each of those companies may reset it —
 * otherwise FORBIDDEN with `reason: NOT_ADMIN_OF_EVERY_COMPANY`, and nothing changes (the other company's
 * administrator, or one of both, does it). Which other companies is not told.
 */
export async function resetUserTotp(ctx: RequestContext, membershipId: string): Promise<Membership> {
  const m = await member(ctx, membershipId);
  assertMayManage(ctx, await rightsOf(ctx, m), 'user');
  if ((await companiesNotAdministered(ctx.em, m.id)) !== 0) {
    throw new AppError(
      'FORBIDDEN',
      'This person also works for a company you do not administer: their second factor can be reset only by someone who administers every company they work for.',
      { reason: 'NOT_ADMIN_OF_EVERY_COMPANY' },
    );
  }
  const user = await ctx.em.findOneOrFail(User, m.user.id);
  await resetMemberTotp(ctx, user);
  return m;
}
