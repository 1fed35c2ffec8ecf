import type { RequestContext } from '../../core/context.js';
import { badField, conflict } from '../../core/errors.js';
import { Client } from './client.entity.js';
import { ClientStatus } from './client.enums.js';
import { ClientAddress } from './address.entity.js';
import { ClientContact } from './contact.entity.js';
import { ClientBankAccount } from './bank-account.entity.js';
import { IdentityDocument } from './identity-document.entity.js';
import { HouseholdMember } from './household-member.entity.js';
import { clientExtensions, type LegalHold } from './client-extensions.js';
import { getClient, getEditableClient } from './client.service.js';

/**
 * Status and life cycle (CL-5, CL-8): prospect → active; hidden when the client leaves or withdraws
 * consent (kept, out of lists and search unless asked); permanent delete only for a card added by
 * mistake, refused while anything the law keeps refers to it.
 */
export async function setStatus(ctx: RequestContext, id: string, status: ClientStatus, reason: string | null | undefined): Promise<Client> {
  const client = await getEditableClient(ctx, id);
  const why = reason?.trim() || null;
  if (status === ClientStatus.HIDDEN) {
    if (!why) throw badField('reason', 'required', 'Say why the client is hidden (left, withdrew consent…).');
    if (why.length > 300) throw badField('reason', 'too_long', 'At most 300 characters.');
    client.hiddenReason = why;
    client.hiddenAt = new Date();
  } else {
    client.hiddenReason = null;
    client.hiddenAt = null;
  }
  client.status = status;
  await ctx.em.flush();
  return client;
}

/** Everything that keeps a card from being deleted, from every module that registered holds. */
export async function legalHolds(ctx: RequestContext, clientId: string): Promise<LegalHold[]> {
  const holds: LegalHold[] = [];
  for (const ext of clientExtensions()) if (ext.legalHolds) holds.push(...(await ext.legalHolds(ctx, clientId)));
  return holds.filter((h) => h.count > 0);
}

/**
 * The holds as this user may read them: a module's records the user may not view (its hold names the
 * right) are neither described nor counted; one `restricted` hold says that something else keeps the card.
 */
export function visibleHolds(ctx: RequestContext, holds: LegalHold[]): Array<Omit<LegalHold, 'right'>> {
  const shown = holds.filter((h) => !h.right || ctx.can(h.right)).map(({ reason, count, message }) => ({ reason, count, message }));
  if (shown.length < holds.length) shown.push({ reason: 'restricted', count: 1, message: 'Records you are not allowed to view' });
  return shown;
}

/** Removes the card's own areas and every link to it from other cards (delete and merge). */
export async function removeOwnAreas(ctx: RequestContext, client: Client): Promise<void> {
  const own = { client: client.id };
  for (const entity of [ClientAddress, ClientContact, ClientBankAccount, IdentityDocument, HouseholdMember] as const) {
    for (const row of await ctx.em.find(entity as never, own as never)) ctx.em.remove(row);
  }
  for (const link of await ctx.em.find(HouseholdMember, { memberClient: client.id })) ctx.em.remove(link);
  for (const represented of await ctx.em.find(Client, { legalRepresentativeId: client.id })) represented.legalRepresentativeId = null;
  await ctx.em.flush();
}

/** Permanent delete of a card added by mistake; CONFLICT naming the holds otherwise. Audited row by row. */
export async function deleteClient(ctx: RequestContext, id: string): Promise<boolean> {
  const client = await getClient(ctx, id);
  const holds = await legalHolds(ctx, client.id);
  if (holds.length) {
    const shown = visibleHolds(ctx, holds);
    throw conflict(`The card cannot be deleted: ${shown.map((h) => h.message).join('; ')}. Hide it instead.`, { reason: 'LEGAL_HOLD', holds: shown });
  }
  await removeOwnAreas(ctx, client);
  for (const ext of clientExtensions()) if (ext.remove) await ext.remove(ctx, client.id);
  await ctx.em.flush();
  ctx.em.remove(client);
  await ctx.em.flush();
  return true;
}
