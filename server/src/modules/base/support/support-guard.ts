import { rule } from 'graphql-shield';
import type { RequestContext } from '../../../core/context.js';
import { forbidden } from '../../../core/errors.js';
import { insertAuditRows } from '../audit/audit.writer.js';

/**
 * Support access is for helping with a company's data, not for changing who may enter it (BASE-6):
 * under a support grant (channel "operator") every operation on users, memberships, roles and their
 * rights is refused, so nothing done under a grant outlives it. The refused attempt is written to
 * the company's audit trail in its own transaction (the request itself is rolled back).
 */
export const notUnderSupportGrant = rule('notUnderSupportGrant', { cache: 'no_cache' })(async (_parent, args: Record<string, unknown>, ctx: RequestContext, info) => {
  if (ctx.channel !== 'operator') return true;
  const companyId = ctx.companyId;
  if (companyId) {
    await ctx.outsideInScope((em) =>
      insertAuditRows(em, ctx.actor(), [
        {
          companyId,
          action: 'refused',
          entityType: 'Operation',
          entityId: info.fieldName,
          before: null,
          after: { reason: 'support_grant', arguments: Object.keys(args ?? {}) },
        },
      ]),
    );
  }
  return forbidden('Under support access, users, memberships, roles and rights cannot be changed.');
});
