import type { RequestContext } from '../../core/context.js';

/** The website a public request names by its key, as the public endpoint needs it. */
export interface PublicSite {
  id: string;
  companyId: string;
  name: string;
  origins: string[];
  producerId: string | null;
  privacyNoticeUrl: string;
}

export const PUBLIC_KEY = /^[a-z0-9]{24,64}$/;

/**
 * The one read of the public endpoint before any company is entered: the active website with this
 * key, through the row-level security policy `public_key_lookup` (migration 0022), which shows
 * exactly that row while `app.quote_key` is set — set and cleared again inside the one statement
 * `app_public_quote_site()` (migration 0029) — and nothing else of any company. Raw SQL (listed in
 * core/tenant-bypass.ts): the ORM's tenant filter needs a company.
 */
export async function findPublicSite(ctx: RequestContext, key: string): Promise<PublicSite | null> {
  if (!PUBLIC_KEY.test(key)) return null;
  const rows = await ctx.em.execute<Array<{ id: string; company_id: string; name: string; origins: string[]; producer_id: string | null; privacy_notice_url: string }>>(
    `select id, company_id, name, origins, producer_id, privacy_notice_url from app_public_quote_site(?)`,
    [key],
  );
  const r = rows[0];
  return r ? { id: r.id, companyId: r.company_id, name: r.name, origins: r.origins, producerId: r.producer_id, privacyNoticeUrl: r.privacy_notice_url } : null;
}
