import type { RequestContext } from '../../../core/context.js';
import { attach, mapRow } from '../../../core/list-rows.js';
import { Membership } from './membership.entity.js';
import { User } from './user.entity.js';

/**
 * The active company's users page: memberships with their users in one statement, as plain rows
 * (core/list-rows). The user's secrets (password hash, TOTP secret, recovery codes) are not read.
 * Row-level security scopes the memberships to the company; the condition is also explicit.
 */
export async function listMembers(ctx: RequestContext): Promise<Membership[]> {
  const companyId = ctx.requireCompany();
  const rows = await ctx.em.execute<Array<Record<string, unknown>>>(
    `select m.*, u.id as u_id, u.email as u_email, u.display_name as u_display_name, u.locale as u_locale, u.is_operator as u_is_operator,
            u.disabled as u_disabled, u.totp_enabled as u_totp_enabled, u.last_login_at as u_last_login_at, u.created_at as u_created_at
       from membership m join app_user u on u.id = m.user_id
      where m.company_id = ?
      order by m.created_at, m.id`,
    [companyId],
  );
  return rows.map((row) => {
    const membership = mapRow(ctx.em, Membership, row)!;
    attach(membership, { user: mapRow(ctx.em, User, row, 'u_') });
    return membership;
  });
}
