import { withholdFromAudit } from '../base/audit/audit.subscriber.js';
import { Client } from '../clients/client.entity.js';
import { registerClientExtension, registerClientPanelTab } from '../clients/client-extensions.js';
import { ProductOffer, QuoteRequest } from './offer.entity.js';
import { offerState } from './offer.service.js';
import { eraseOffers } from './offer-erasure.js';
import { companyToday } from '../../core/company-calendar.js';

/**
 * The products module on the client card (through client-extensions.ts):
 * - panel tab "offers" (right products:view, order 95) with the count of offers;
 * - merge: offers and quote requests move to the card that stays;
 * - remove: a card added by mistake takes its offers and requests with it (offers that became a
 *   policy are held by the policy's own legal hold);
 * - GDPR export: the offers with their answers and premiums;
 * - GDPR erasure: the offers' answers and the requests' requester data go, the figures stay (offer-erasure.ts);
 *   the audit trail never holds them (withholdFromAudit).
 */
// The answers (addresses, free text…) and the requester's data never enter the append-only audit
// trail, so that a GDPR erasure (offer-erasure.ts) leaves them nowhere.
withholdFromAudit('ProductOffer', ['answers']);
withholdFromAudit('QuoteRequest', ['requesterName', 'requesterEmail', 'answers', 'note', 'consent']);

registerClientPanelTab({
  key: 'offers',
  title: 'Offers',
  right: 'products:view',
  order: 95,
  countRows: { table: 'product_offer' },
});

registerClientExtension({
  key: 'offers',
  async merge(ctx, fromId, toId) {
    const to = ctx.em.getReference(Client, toId, { wrapped: true });
    for (const o of await ctx.em.find(ProductOffer, { client: fromId })) o.client = to;
    for (const r of await ctx.em.find(QuoteRequest, { client: fromId })) r.client = to;
  },
  async remove(ctx, clientId) {
    for (const o of await ctx.em.find(ProductOffer, { client: clientId })) ctx.em.remove(o);
    for (const r of await ctx.em.find(QuoteRequest, { client: clientId })) r.client = null;
  },
  erase: eraseOffers,
  async export(ctx, clientId) {
    const offers = await ctx.em.find(ProductOffer, { client: clientId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    const today = await companyToday(ctx);
    return {
      offers: offers.map((o) => ({
        state: offerState(o, today),
        test: o.test,
        validFrom: o.validFrom,
        validUntil: o.validUntil,
        premiumNet: o.premiumNet,
        premiumTaxes: o.premiumTaxes,
        premiumGross: o.premiumGross,
        answers: o.answers,
      })),
    };
  },
});
