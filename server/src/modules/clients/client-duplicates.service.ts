import type { RequestContext } from '../../core/context.js';
import { conflict } from '../../core/errors.js';
import { Client } from './client.entity.js';
import { ClientContact } from './contact.entity.js';
import { ContactKind } from './client.enums.js';

export interface DuplicateCandidate {
  client: Client;
  /** Which of the new card's values the candidate shares: taxCode, vatNumber, email. */
  matchedOn: string[];
}

export interface DuplicateKeys {
  taxCode?: string | null;
  vatNumber?: string | null;
  emails?: string[];
}

/** CL-7: cards of the active company sharing the tax id, the VAT number or an e-mail address. */
export async function findDuplicates(ctx: RequestContext, keys: DuplicateKeys, excludeId?: string): Promise<DuplicateCandidate[]> {
  ctx.requireCompany();
  const matches = new Map<string, Set<string>>();
  const add = (id: string, on: string) => {
    if (id === excludeId) return;
    if (!matches.has(id)) matches.set(id, new Set());
    matches.get(id)!.add(on);
  };
  const or = [...(keys.taxCode ? [{ taxCode: keys.taxCode }] : []), ...(keys.vatNumber ? [{ vatNumber: keys.vatNumber }] : [])];
  if (or.length) {
    const rows = await ctx.em.find(Client, { $or: or, erasedAt: null }, { fields: ['id', 'taxCode', 'vatNumber'], limit: 20 });
    for (const c of rows) {
      if (keys.taxCode && c.taxCode === keys.taxCode) add(c.id, 'taxCode');
      if (keys.vatNumber && c.vatNumber === keys.vatNumber) add(c.id, 'vatNumber');
    }
  }
  const emails = [...new Set((keys.emails ?? []).map((e) => e.toLowerCase()))];
  if (emails.length) {
    const rows = await ctx.em.find(ClientContact, { kind: { $in: [ContactKind.EMAIL, ContactKind.PEC] }, value: { $in: emails } }, { fields: ['client'], limit: 20 });
    for (const r of rows) add(r.client.id, 'email');
  }
  if (!matches.size) return [];
  const clients = await ctx.em.find(Client, { id: { $in: [...matches.keys()] }, erasedAt: null }, { orderBy: { displayName: 'asc' } });
  return clients.map((client) => ({ client, matchedOn: [...matches.get(client.id)!].sort() }));
}

/** Refuses with CONFLICT and the candidates (extensions.duplicates) unless the user confirmed. */
export async function guardDuplicates(ctx: RequestContext, keys: DuplicateKeys, confirmed: boolean, excludeId?: string): Promise<void> {
  if (confirmed) return;
  const found = await findDuplicates(ctx, keys, excludeId);
  if (!found.length) return;
  throw conflict('A client with the same tax id, VAT number or e-mail exists. Check the candidates, or confirm to create anyway.', {
    reason: 'DUPLICATE',
    duplicates: found.map((d) => ({ id: d.client.id, displayName: d.client.displayName, status: d.client.status.toUpperCase(), matchedOn: d.matchedOn })),
  });
}
