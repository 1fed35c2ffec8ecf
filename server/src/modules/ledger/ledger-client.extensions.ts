import type { RequestContext } from '../../core/context.js';
import { conflict } from '../../core/errors.js';
import { registerClientExtension } from '../clients/client-extensions.js';

/**
 * The books and the client card: lines naming a client (receivables, receipts, credit notes) are kept
 * by law and append-only — a legal hold on the card, and a merge of a card with entries is refused
 * (the books are not rewritten; post a transfer between the two clients instead).
 */
async function ledgerRows(ctx: RequestContext, clientId: string): Promise<number> {
  const [r] = await ctx.em.execute<Array<{ n: string }>>(
    `select (select count(*) from journal_line where company_id = ? and client_id = ?) + (select count(*) from premium_document where company_id = ? and client_id = ?) as n`,
    [ctx.requireCompany(), clientId, ctx.requireCompany(), clientId],
  );
  return Number(r?.n ?? 0);
}

registerClientExtension({
  key: 'ledger',
  async legalHolds(ctx, clientId) {
    const n = await ledgerRows(ctx, clientId);
    return n ? [{ reason: 'ledger', count: n, message: `${n} accounting records name this client.` }] : [];
  },
  async merge(ctx, fromId) {
    const n = await ledgerRows(ctx, fromId);
    if (n) throw conflict('The card being merged has accounting records (receipts, ledger lines); the books are not rewritten.', { reason: 'ledger', count: n });
  },
});
