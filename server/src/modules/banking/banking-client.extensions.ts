import { registerClientExtension, registerClientPanelTab } from '../clients/client-extensions.js';

/**
 * The client card and the banking module (clients/README "Extending the card"): a "Mandates" tab
 * (right billing:view; the data is the query sepaMandates(clientId)), and the card's life cycle —
 * a mandate that has been collected is evidence of the debits (a legal hold, and a merge moves it);
 * mandates never collected go with a card removed by mistake or erased.
 */
registerClientPanelTab({ key: 'mandates', title: 'Mandates', right: 'billing:view', order: 165, countRows: { table: 'sepa_mandate' } });

const collected = `exists (select 1 from bank_run_item i where i.company_id = m.company_id and i.mandate_id = m.id)`;

async function dropUncollected(ctx: import('../../core/context.js').RequestContext, clientId: string): Promise<number> {
  const companyId = ctx.requireCompany();
  await ctx.em.execute(`delete from sepa_mandate_amendment a using sepa_mandate m where a.company_id = ? and m.company_id = a.company_id and m.id = a.mandate_id and m.client_id = ? and not ${collected}`, [companyId, clientId]);
  const rows = await ctx.em.execute<Array<{ id: string }>>(`delete from sepa_mandate m where m.company_id = ? and m.client_id = ? and not ${collected} returning m.id`, [companyId, clientId]);
  return rows.length;
}

registerClientExtension({
  key: 'banking',
  async legalHolds(ctx, clientId) {
    const [r] = await ctx.em.execute<Array<{ n: string }>>(`select count(*) as n from sepa_mandate m where m.company_id = ? and m.client_id = ? and ${collected}`, [ctx.requireCompany(), clientId]);
    const n = Number(r?.n ?? 0);
    return n ? [{ reason: 'sepa_mandates', count: n, message: `${n} SEPA mandates have been collected.` }] : [];
  },
  async remove(ctx, clientId) {
    await dropUncollected(ctx, clientId);
  },
  async merge(ctx, fromId, toId) {
    await ctx.em.execute(`update sepa_mandate set client_id = ? where company_id = ? and client_id = ?`, [toId, ctx.requireCompany(), fromId]);
  },
  async erase(ctx, clientId) {
    return { sepaMandates: await dropUncollected(ctx, clientId) };
  },
  async export(ctx, clientId) {
    const rows = await ctx.em.execute(
      `select reference, scheme, recurrence, to_char(signature_date, 'YYYY-MM-DD') as signature_date, iban, bic, debtor_name, status, to_char(revoked_on, 'YYYY-MM-DD') as revoked_on
         from sepa_mandate where company_id = ? and client_id = ? order by created_at`,
      [ctx.requireCompany(), clientId],
    );
    return { sepaMandates: rows };
  },
});
