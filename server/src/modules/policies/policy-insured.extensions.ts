import { Client } from '../clients/client.entity.js';
import { registerClientExtension } from '../clients/client-extensions.js';
import { PolicyInsuredPerson } from './insured-person.entity.js';

/**
 * Insured persons on the client card: a client insured by a policy (driver, beneficiary…) is part of
 * a contract the law keeps — a legal hold; a merge moves the roles to the card that stays (a role the
 * staying card already has on the same policy is not doubled).
 */
registerClientExtension({
  key: 'policyInsuredPersons',
  async legalHolds(ctx, clientId) {
    const count = await ctx.em.count(PolicyInsuredPerson, { client: clientId });
    return [{ reason: 'insured_person', count, message: `insured person on ${count} policy(ies)`, right: 'policies:view' }];
  },
  async merge(ctx, fromId, toId) {
    const [moving, staying] = await Promise.all([ctx.em.find(PolicyInsuredPerson, { client: fromId }), ctx.em.find(PolicyInsuredPerson, { client: toId })]);
    for (const r of moving) {
      if (staying.some((s) => s.policy.id === r.policy.id && s.role === r.role)) ctx.em.remove(r);
      else r.client = ctx.em.getReference(Client, toId, { wrapped: true });
    }
  },
  async export(ctx, clientId) {
    const rows = await ctx.em.find(PolicyInsuredPerson, { client: clientId }, { populate: ['policy'], orderBy: { createdAt: 'asc' } });
    return { insuredOnPolicies: rows.map((r) => ({ policyNumber: r.policy.getEntity().number, role: r.role })) };
  },
});
