import type { RequestContext } from '../../core/context.js';
import { registerClientExtension } from '../clients/client-extensions.js';

/**
 * The client card's life cycle and RiBa (clients/README "Extending the card"): a client who paid by
 * RiBa has receipts in RiBa files — evidence (a legal hold), moved by a merge; a RiBa debtor without
 * items goes with a card removed by mistake or erased; the export lists the RiBa account.
 */
const used = `exists (select 1 from riba_item i where i.company_id = r.company_id and i.debtor_id = r.id)`;

async function dropUnused(ctx: RequestContext, clientId: string): Promise<number> {
  const rows = await ctx.em.execute<Array<{ id: string }>>(`delete from riba_debtor r where r.company_id = ? and r.client_id = ? and not ${used} returning r.id`, [ctx.requireCompany(), clientId]);
  return rows.length;
}

registerClientExtension({
  key: 'riba',
  async legalHolds(ctx, clientId) {
    const [r] = await ctx.em.execute<Array<{ n: string }>>(`select count(*) as n from riba_item i join riba_debtor r on r.company_id = i.company_id and r.id = i.debtor_id where r.company_id = ? and r.client_id = ?`, [
      ctx.requireCompany(),
      clientId,
    ]);
    const n = Number(r?.n ?? 0);
    return n ? [{ reason: 'riba_items', count: n, message: `${n} receipts have been issued by RiBa.` }] : [];
  },
  async remove(ctx, clientId) {
    await dropUnused(ctx, clientId);
  },
  async merge(ctx, fromId, toId) {
    const companyId = ctx.requireCompany();
    const [target] = await ctx.em.execute<Array<{ id: string }>>(`select id from riba_debtor where company_id = ? and client_id = ?`, [companyId, toId]);
    if (!target) {
      await ctx.em.execute(`update riba_debtor set client_id = ? where company_id = ? and client_id = ?`, [toId, companyId, fromId]);
      return;
    }
    // the surviving card keeps its own RiBa account; the merged card's items follow it
    await ctx.em.execute(`update riba_item set debtor_id = ? where company_id = ? and debtor_id in (select id from riba_debtor where company_id = ? and client_id = ?)`, [target.id, companyId, companyId, fromId]);
    await ctx.em.execute(`delete from riba_debtor where company_id = ? and client_id = ?`, [companyId, fromId]);
  },
  async erase(ctx, clientId) {
    return { ribaDebtors: await dropUnused(ctx, clientId) };
  },
  async export(ctx, clientId) {
    const rows = await ctx.em.execute(`select iban, to_char(created_at, 'YYYY-MM-DD') as since from riba_debtor where company_id = ? and client_id = ?`, [ctx.requireCompany(), clientId]);
    return { ribaDebtors: rows };
  },
});
