import { addressesSchema, bankAccountsSchema, contactsSchema, parseArea, type FieldError } from '@agency/shared';
import type { RequestContext } from '../../core/context.js';
import { badInput, notFound } from '../../core/errors.js';
import { Client } from '../clients/client.entity.js';
import { ClientAddress } from '../clients/address.entity.js';
import { ClientContact } from '../clients/contact.entity.js';
import { ClientBankAccount } from '../clients/bank-account.entity.js';
import { setAddresses, setBankAccounts, setContacts } from '../clients/client-card.service.js';
import { validationOptions } from '../clients/client.service.js';
import type { PortalRequestContext } from './portal-context.js';
import { coversClient } from './portal-home.service.js';
import { PortalChange, PortalSetting, type CardArea, type SyncMode } from './portal-change.entity.js';
import { checkPortalPassword } from './portal-validation.js';
import { hashPassword, verifyPassword } from '../base/auth/password.js';
import { PortalSession } from './portal-account.entity.js';
import type { PortalCard, PortalCardChangeInput } from './portal-card.types.js';

type Row = Record<string, unknown>;

/** The rows of a card's area as the area's input takes them (the same keys as AddressInput, ContactInput, BankAccountInput). */
export const AREA_KEYS: Record<CardArea, string[]> = {
  addresses: ['id', 'kind', 'label', 'line1', 'line2', 'postalCode', 'city', 'province', 'country'],
  contacts: ['id', 'kind', 'value', 'label', 'preferred'],
  bank_accounts: ['id', 'iban', 'bic', 'holder', 'bankName', 'sepaMandateRef', 'sepaMandateDate', 'preferred'],
};
const ENTITY = { addresses: ClientAddress, contacts: ClientContact, bank_accounts: ClientBankAccount } as const;
const FIELD: Record<CardArea, string> = { addresses: 'addresses', contacts: 'contacts', bank_accounts: 'bankAccounts' };

export async function currentRows(ctx: RequestContext, clientId: string, area: CardArea): Promise<Row[]> {
  const rows = (await ctx.em.find(ENTITY[area] as never, { client: clientId } as never, { orderBy: { position: 'asc', id: 'asc' } as never })) as unknown as Row[];
  return rows.map((r) => Object.fromEntries(AREA_KEYS[area].map((k) => [k, r[k] ?? null])));
}

/** The company's synchronization mode; `review` until staff choose otherwise. */
export async function syncModeOf(ctx: RequestContext): Promise<SyncMode> {
  const setting = await ctx.em.findOne(PortalSetting, { company: ctx.requireCompany() });
  return setting?.syncMode ?? 'review';
}

/** Applies an area to the card through the clients module's own services (its validators, its audit rows). */
export async function applyArea(ctx: RequestContext, clientId: string, area: CardArea, data: Row[]): Promise<void> {
  if (area === 'addresses') await setAddresses(ctx, clientId, data);
  else if (area === 'contacts') await setContacts(ctx, clientId, data);
  else await setBankAccounts(ctx, clientId, data);
  await ctx.em.flush();
}

async function coveredClient(ctx: PortalRequestContext, clientId: string): Promise<Client> {
  if (!(await coversClient(ctx, clientId))) throw notFound('Client');
  const client = await ctx.em.findOne(Client, { id: clientId, company: ctx.requireCompany(), erasedAt: null });
  if (!client) throw notFound('Client');
  return client;
}

/** The card's data areas as the portal shows them (PO-2); NOT_FOUND for a client no grant of the user covers. */
export async function portalCard(ctx: PortalRequestContext, clientId: string): Promise<PortalCard> {
  const client = await coveredClient(ctx, clientId);
  const pending = await ctx.em.find(PortalChange, { company: ctx.requireCompany(), clientId, status: 'pending' }, { orderBy: { createdAt: 'asc' } });
  return {
    id: client.id,
    kind: client.kind,
    displayName: client.displayName,
    firstName: client.firstName ?? null,
    lastName: client.lastName ?? null,
    legalName: client.legalName ?? null,
    taxCode: client.taxCode ?? null,
    birthDate: client.birthDate ? String(client.birthDate).slice(0, 10) : null,
    prospect: client.status === 'prospect',
    addresses: (await currentRows(ctx, clientId, 'addresses')) as never,
    contacts: (await currentRows(ctx, clientId, 'contacts')) as never,
    bankAccounts: (await currentRows(ctx, clientId, 'bank_accounts')) as never,
    pendingAreas: [...new Set(pending.map((p) => p.area))],
  };
}

/**
 * A client changes data areas of a card its grants cover (PO-2, PO-3): each area checked now with
 * the staff validators (BAD_USER_INPUT naming the field, nothing saved), its row ids only the card's
 * own and each at most once (`addresses.2.id`: `not_found`, `duplicate`); then applied at once or
 * queued for review as the company decided. An area is entered whole (the list as the card shows it),
 * so a card holds at most one pending change per area: the later request's change replaces the pending
 * one of the same area (removed, audited as the client's `delete`; in either mode), whoever of the
 * card's portal users entered it — approving the earlier one after the later would undo the later.
 * Requests for the same card are taken one at a time (the card's row locked), so two never both queue.
 */
export async function submitCardChange(ctx: PortalRequestContext, clientId: string, input: PortalCardChangeInput): Promise<PortalChange[]> {
  ctx.requireWritable();
  const user = ctx.requirePortalUser();
  const client = await coveredClient(ctx, clientId);
  const options = await validationOptions(ctx);
  const given: Array<[CardArea, unknown[] | null | undefined]> = [
    ['addresses', input.addresses],
    ['contacts', input.contacts],
    ['bank_accounts', input.bankAccounts],
  ];
  const problems: FieldError[] = [];
  const areas: Array<[CardArea, Row[]]> = [];
  for (const [area, rows] of given) {
    if (!rows) continue;
    const plain = rows.map((r) => ({ ...(r as Row) }));
    const parsed =
      area === 'addresses' ? parseArea(addressesSchema(options), plain, FIELD[area])
      : area === 'contacts' ? parseArea(contactsSchema(options), plain, FIELD[area])
      : parseArea(bankAccountsSchema(options), plain, FIELD[area]);
    if (!parsed.ok) {
      problems.push(...parsed.errors);
      continue;
    }
    const ids = new Set((await currentRows(ctx, client.id, area)).map((r) => r.id));
    const seen = new Set<unknown>();
    rows.forEach((r, i) => {
      const id = (r as Row).id;
      if (!id) return;
      if (!ids.has(id)) problems.push({ field: `${FIELD[area]}.${i}.id`, reason: 'not_found', message: 'Not a row of this client' });
      else if (seen.has(id)) problems.push({ field: `${FIELD[area]}.${i}.id`, reason: 'duplicate', message: 'This row is listed twice: one row, one change.' });
      seen.add(id);
    });
    areas.push([area, rows.map((r) => Object.fromEntries(AREA_KEYS[area].map((k) => [k, (r as Row)[k] ?? null])))]);
  }
  if (!given.some(([, rows]) => rows)) problems.push({ field: 'input', reason: 'required', message: 'Change at least one area.' });
  if (problems.length) throw badInput(problems);
  const company = ctx.requireCompany();
  // one request at a time per card: the pending change a request replaces is the one committed before it
  await ctx.em.execute('select 1 from client where company_id = ? and id = ? for no key update', [company, client.id]);
  const mode = await syncModeOf(ctx);
  const changes: PortalChange[] = [];
  for (const [area, data] of areas) {
    for (const earlier of await ctx.em.find(PortalChange, { company, clientId: client.id, area, status: 'pending' })) ctx.em.remove(earlier);
    if (mode === 'apply') await applyArea(ctx, client.id, area, data);
    changes.push(
      ctx.em.create(PortalChange, {
        company,
        clientId: client.id,
        portalUserId: user.id,
        enteredByEmail: user.email,
        area,
        data,
        status: mode === 'apply' ? 'applied' : 'pending',
      }),
    );
  }
  await ctx.em.flush();
  return changes;
}

/** Changes the portal password; the user's other portal sessions end, this one stays. */
export async function changePortalPassword(ctx: PortalRequestContext, currentPassword: string, newPassword: string): Promise<boolean> {
  ctx.requireWritable();
  const user = ctx.requirePortalUser();
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    throw badInput([{ field: 'currentPassword', reason: 'wrong_password', message: 'The current password is not correct.' }]);
  }
  checkPortalPassword(newPassword, user.email, 'newPassword');
  user.passwordHash = await hashPassword(newPassword);
  user.passwordChangedAt = new Date();
  await ctx.em.nativeUpdate(PortalSession, { company: ctx.requireCompany(), portalUserId: user.id, revokedAt: null, id: { $ne: ctx.portalSession!.id } }, { revokedAt: new Date() });
  await ctx.em.flush();
  return true;
}
