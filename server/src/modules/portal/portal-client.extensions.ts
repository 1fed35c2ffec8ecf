import type { RequestContext } from '../../core/context.js';
import { registerClientExtension, registerClientPanelTab } from '../clients/client-extensions.js';

/**
 * The client card and the portal (clients/README "Extending the card"):
 *
 * - a "Portal messages" tab — the client's threads with the agency (PO-6: staff answer from the client
 *   card). Shown to users with portal:view, counted as the card's threads; the data is
 *   `clientPortalThreads(clientId)`, the answer `replyPortalThread` (portal:edit);
 * - the card's life cycle: a merge moves the threads, the changes entered on the portal and the grants'
 *   links to the card it is merged into (a grant covering both keeps one link); a card removed by
 *   mistake or erased takes its threads (and their messages), its changes and its grant links with it;
 *   the GDPR export lists them.
 */
registerClientPanelTab({ key: 'portalMessages', title: 'Portal messages', right: 'portal:view', order: 170, countRows: { table: 'portal_thread' } });

async function drop(ctx: RequestContext, clientId: string): Promise<{ portalThreads: number; portalChanges: number; portalGrantLinks: number }> {
  const companyId = ctx.requireCompany();
  const count = async (sql: string) => (await ctx.em.execute<Array<{ id: string }>>(sql, [companyId, clientId])).length;
  return {
    // messages go with their thread (on delete cascade)
    portalThreads: await count(`delete from portal_thread where company_id = ? and client_id = ? returning id`),
    portalChanges: await count(`delete from portal_change where company_id = ? and client_id = ? returning id`),
    portalGrantLinks: await count(`delete from portal_grant_client where company_id = ? and client_id = ? returning id`),
  };
}

registerClientExtension({
  key: 'portal',
  async remove(ctx, clientId) {
    await drop(ctx, clientId);
  },
  async merge(ctx, fromId, toId) {
    const companyId = ctx.requireCompany();
    await ctx.em.execute(`update portal_thread set client_id = ? where company_id = ? and client_id = ?`, [toId, companyId, fromId]);
    await ctx.em.execute(`update portal_change set client_id = ? where company_id = ? and client_id = ?`, [toId, companyId, fromId]);
    await ctx.em.execute(
      `insert into portal_grant_client (company_id, grant_id, client_id)
       select company_id, grant_id, ? from portal_grant_client where company_id = ? and client_id = ?
       on conflict (grant_id, client_id) do nothing`,
      [toId, companyId, fromId],
    );
    await ctx.em.execute(`delete from portal_grant_client where company_id = ? and client_id = ?`, [companyId, fromId]);
  },
  async erase(ctx, clientId) {
    return drop(ctx, clientId);
  },
  async export(ctx, clientId) {
    const companyId = ctx.requireCompany();
    const threads = await ctx.em.execute(
      `select t.subject, t.created_at,
              coalesce((select json_agg(json_build_object('author', m.author, 'authorName', m.author_name, 'body', m.body, 'at', m.created_at) order by m.created_at, m.id)
                          from portal_message m where m.company_id = t.company_id and m.thread_id = t.id), '[]') as messages
         from portal_thread t where t.company_id = ? and t.client_id = ? order by t.created_at, t.id`,
      [companyId, clientId],
    );
    const changes = await ctx.em.execute(
      `select area, data, status, entered_by_email, created_at, reviewed_at from portal_change where company_id = ? and client_id = ? order by created_at, id`,
      [companyId, clientId],
    );
    const grants = await ctx.em.execute(
      `select g.name from portal_grant_client gc join portal_grant g on g.company_id = gc.company_id and g.id = gc.grant_id
        where gc.company_id = ? and gc.client_id = ? order by g.name`,
      [companyId, clientId],
    );
    return { portalThreads: threads, portalChanges: changes, portalGrants: grants.map((g) => (g as { name: string }).name) };
  },
});
