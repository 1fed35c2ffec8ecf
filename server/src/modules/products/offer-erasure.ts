import type { RequestContext } from '../../core/context.js';

/**
 * GDPR erasure of a client's offers and quote requests (the clients module's `erase` hook, registered
 * in product-client.extensions.ts): the answers (addresses, persons, vehicles, free text) and the
 * requester's name, e-mail and note go, and the address a website consent was given from (the consent's text,
 * version and time stay as proof) (a request still waiting is closed: nobody can be answered); premiums, breakdowns and validity stay (the figures of the
 * dashboard). Raw SQL (listed in core/tenant-bypass.ts; row-level security applies), so the ORM's
 * audit subscriber does not copy the erased answers into the trail.
 */
export async function eraseOffers(ctx: RequestContext, clientId: string): Promise<Record<string, number>> {
  const companyId = ctx.requireCompany();
  const run = (sql: string) => ctx.em.getConnection().execute(sql, [companyId, clientId], 'run', ctx.em.getTransactionContext());
  const offers = await run(`update product_offer set answers = '[]'::jsonb, updated_at = now() where company_id = ? and client_id = ?`);
  const requests = await run(
    `update quote_request set requester_name = '[erased]', requester_email = 'erased@invalid', answers = '[]'::jsonb, note = null,
            consent = case when consent is null then null else consent - 'ip' end,
            status = case when status = 'waiting' then 'closed' else status end
      where company_id = ? and client_id = ?`,
  );
  return { offers: (offers as { affectedRows?: number }).affectedRows ?? 0, quoteRequests: (requests as { affectedRows?: number }).affectedRows ?? 0 };
}
