import { Client } from '../clients/client.entity.js';
import { registerClientExtension, registerSearchSource } from '../clients/client-extensions.js';
import { PolicyInstallment } from './installment.entity.js';
import { Policy } from './policy.entity.js';

/**
 * The policies module on the client card (through client-extensions.ts, never by editing clients/):
 * - legal hold: a client with any policy (whatever its status) cannot be deleted for good;
 * - merge: the policies move to the card that stays;
 * - GDPR export: the client's policies with their schedules.
 * No `erase`: a policy is a contract the law keeps; the card's personal data is anonymized by the
 * clients module and the policy keeps only the (anonymized) client reference.
 */
/** A search hit found by a policy number (terms of source 'policy', migration 0012) shows the number. */
registerSearchSource({ source: 'policy', right: 'policies:view', table: 'policy', text: 'm.number' });

registerClientExtension({
  key: 'policies',
  async legalHolds(ctx, clientId) {
    const count = await ctx.em.count(Policy, { client: clientId });
    return [{ reason: 'policies', count, message: `${count} policy(ies) of this client`, right: 'policies:view' }];
  },
  async merge(ctx, fromId, toId) {
    for (const p of await ctx.em.find(Policy, { client: fromId })) p.client = ctx.em.getReference(Client, toId, { wrapped: true });
  },
  async export(ctx, clientId) {
    const policies = await ctx.em.find(Policy, { client: clientId }, { orderBy: { coverStart: 'asc', id: 'asc' }, populate: ['insurer', 'line'] });
    const rows = policies.length ? await ctx.em.find(PolicyInstallment, { policy: { $in: policies.map((p) => p.id) } }, { orderBy: { seq: 'asc' } }) : [];
    return {
      policies: policies.map((p) => ({
        number: p.number,
        insurer: p.insurer.getEntity().name,
        lineOfBusiness: p.line.getEntity().name,
        status: p.status,
        foreignBusiness: p.foreignBusiness,
        coverStart: p.coverStart,
        coverEnd: p.coverEnd,
        issueDate: p.issueDate,
        premiumNet: p.premiumNet,
        premiumTaxes: p.premiumTaxes,
        premiumGross: p.premiumGross,
        paymentFrequency: p.paymentFrequency,
        installments: rows
          .filter((r) => r.policy.id === p.id)
          .map((r) => ({ dueDate: r.dueDate, periodStart: r.periodStart, periodEnd: r.periodEnd, net: r.net, taxes: r.taxes, gross: r.gross, paidAt: r.paidAt })),
      })),
    };
  },
});
