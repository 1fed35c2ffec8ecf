import { Client } from '../clients/client.entity.js';
import { registerClientExtension, registerClientPanelTab } from '../clients/client-extensions.js';
import { Claim, ClaimMoney, ClaimParty, ClaimStatusChange } from './claim.entity.js';
import { runningTotals, totalsOf } from './claim-money.service.js';

/**
 * The claims module on the client card (through client-extensions.ts):
 * - panel tab "claims" (right claims:view) with the count of claims;
 * - legal hold: a client with any claim cannot be deleted for good (the law keeps claim files);
 * - merge: the claims move to the card that stays;
 * - GDPR export: the claims with their parties, workflow history and money.
 * No `erase`: claims are kept; the card's personal data is anonymized by the clients module.
 */
registerClientPanelTab({
  key: 'claims',
  title: 'Claims',
  right: 'claims:view',
  order: 140,
  countRows: { table: 'claim' },
});

registerClientExtension({
  key: 'claims',
  async legalHolds(ctx, clientId) {
    const count = await ctx.em.count(Claim, { client: clientId });
    return [{ reason: 'claims', count, message: `${count} claim(s) of this client`, right: 'claims:view' }];
  },
  async merge(ctx, fromId, toId) {
    for (const c of await ctx.em.find(Claim, { client: fromId })) c.client = ctx.em.getReference(Client, toId, { wrapped: true });
  },
  async export(ctx, clientId) {
    const claims = await ctx.em.find(Claim, { client: clientId }, { orderBy: { reportedAt: 'asc', id: 'asc' }, populate: ['policy'] });
    const ids = claims.map((c) => c.id);
    const [parties, steps, money] = ids.length
      ? await Promise.all([
          ctx.em.find(ClaimParty, { claim: { $in: ids } }, { orderBy: { seq: 'asc' } }),
          ctx.em.find(ClaimStatusChange, { claim: { $in: ids } }, { orderBy: { changedAt: 'asc', id: 'asc' } }),
          ctx.em.find(ClaimMoney, { claim: { $in: ids } }, { orderBy: { seq: 'asc' } }),
        ])
      : [[], [], []];
    return {
      claims: claims.map((c) => {
        const running = runningTotals(money.filter((m) => m.claim.id === c.id));
        return {
          status: c.status,
          policyNumber: c.policy ? c.policy.getEntity().number : null,
          lossDate: c.lossDate,
          lossTime: c.lossTime ? String(c.lossTime).slice(0, 5) : null,
          lossPlace: c.lossPlace,
          description: c.description,
          insurerClaimNumber: c.insurerClaimNumber,
          reportedAt: c.reportedAt,
          parties: parties.filter((p) => p.claim.id === c.id).map((p) => ({ name: p.name, role: p.role, insurerName: p.insurerName, plate: p.plate })),
          history: steps.filter((s) => s.claim.id === c.id).map((s) => ({ from: s.fromStatus, to: s.toStatus, reason: s.reason, at: s.changedAt })),
          money: running.entries.map((e) => ({ kind: e.kind, amount: e.amount, date: e.entryDate, payee: e.payee, reserveAfter: e.reserveAfter, paidAfter: e.paidAfter })),
          ...totalsOf(running),
        };
      }),
    };
  },
});
