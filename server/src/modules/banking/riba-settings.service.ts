import { checkIban, type FieldIssue } from '@agency/shared';
import type { RequestContext } from '../../core/context.js';
import { badInput } from '../../core/errors.js';
import { UUID, money, notFoundFields } from '../ledger/ledger-sql.js';
import { amountIssue, formatCents, parseCents } from '../policies/money.js';
import { italianBankCodes } from './riba-cbi.js';
import type { RibaDebtor, RibaSettings, RibaSettingsInput } from './riba.types.js';

/** RiBa settings of the company (SIA code, credited account, unpaid fee) and the clients who pay by RiBa. */
export interface RibaSettingsRow {
  sia_code: string;
  creditor_iban: string;
  creditor_street: string | null;
  creditor_town: string | null;
  creditor_tax_id: string | null;
  unpaid_fee: string | null;
}

export async function ribaSettingsRow(ctx: RequestContext): Promise<RibaSettingsRow | null> {
  const [row] = await ctx.em.execute<RibaSettingsRow[]>(
    `select sia_code, creditor_iban, creditor_street, creditor_town, creditor_tax_id, unpaid_fee from riba_settings where company_id = ?`,
    [ctx.requireCompany()],
  );
  return row ?? null;
}

export async function getRibaSettings(ctx: RequestContext): Promise<RibaSettings> {
  const r = await ribaSettingsRow(ctx);
  const codes = r ? italianBankCodes(r.creditor_iban) : null;
  return {
    siaCode: r?.sia_code ?? null,
    iban: r?.creditor_iban ?? null,
    abi: codes?.abi ?? null,
    cab: codes?.cab ?? null,
    account: codes?.account ?? null,
    street: r?.creditor_street ?? null,
    town: r?.creditor_town ?? null,
    taxId: r?.creditor_tax_id ?? null,
    unpaidFee: r?.unpaid_fee == null ? null : money(r.unpaid_fee),
  };
}

/** An Italian IBAN, checked; the issue names `field`. */
function italianIban(issues: FieldIssue[], field: string, value: string | null | undefined, what: string): string | null {
  const iban = checkIban(value ?? '');
  if (!iban.ok) {
    issues.push({ field, reason: iban.reason, message: `${what}: ${iban.message}` });
    return null;
  }
  if (!italianBankCodes(iban.value)) {
    issues.push({ field, reason: 'not_italian', message: `${what}: RiBa needs an Italian IBAN (ABI and CAB are read from it).` });
    return null;
  }
  return iban.value;
}

/** Sets the company's RiBa data (right billing:edit); every field checked and named, nothing saved on an error. */
export async function saveRibaSettings(ctx: RequestContext, input: RibaSettingsInput): Promise<RibaSettings> {
  const issues: FieldIssue[] = [];
  const sia = (input.siaCode ?? '').trim().toUpperCase();
  if (!sia) issues.push({ field: 'siaCode', reason: 'required', message: 'The SIA code the bank registered the company with.' });
  else if (!/^[A-Z0-9]{5}$/.test(sia)) issues.push({ field: 'siaCode', reason: 'invalid', message: 'A SIA code is 5 letters or digits.' });
  const iban = italianIban(issues, 'iban', input.iban, 'The account the bank credits');
  const street = input.street?.trim() || null;
  const town = input.town?.trim() || null;
  if (street && street.length > 70) issues.push({ field: 'street', reason: 'too_long', message: 'At most 70 characters.' });
  if (town && town.length > 70) issues.push({ field: 'town', reason: 'too_long', message: 'At most 70 characters.' });
  const taxId = input.taxId?.replace(/\s/g, '').toUpperCase() || null;
  if (taxId && !/^[A-Z0-9]{11,16}$/.test(taxId)) issues.push({ field: 'taxId', reason: 'invalid', message: 'A partita IVA (11 digits) or codice fiscale (16 characters).' });
  let fee: string | null = null;
  if (input.unpaidFee?.trim()) {
    const ai = amountIssue(input.unpaidFee.trim());
    if (ai) issues.push({ field: 'unpaidFee', reason: ai.reason, message: ai.message });
    else {
      const c = parseCents(input.unpaidFee.trim())!;
      fee = c === 0n ? null : formatCents(c);
    }
  }
  if (issues.length) throw badInput(issues);
  await ctx.em.execute(
    `insert into riba_settings (company_id, sia_code, creditor_iban, creditor_street, creditor_town, creditor_tax_id, unpaid_fee, updated_by)
     values (?, ?, ?, ?, ?, ?, ?::numeric, ?)
     on conflict (company_id) do update set sia_code = excluded.sia_code, creditor_iban = excluded.creditor_iban, creditor_street = excluded.creditor_street,
       creditor_town = excluded.creditor_town, creditor_tax_id = excluded.creditor_tax_id, unpaid_fee = excluded.unpaid_fee, updated_by = excluded.updated_by, updated_at = now()`,
    [ctx.requireCompany(), sia, iban, street, town, taxId, fee, ctx.user?.id ?? null],
  );
  return getRibaSettings(ctx);
}

const DEBTOR_SELECT = `select r.id, r.client_id, c.display_name as client_name, r.iban from riba_debtor r join client c on c.company_id = r.company_id and c.id = r.client_id`;
const toDebtor = (r: { id: string; client_id: string; client_name: string; iban: string }): RibaDebtor => {
  const codes = italianBankCodes(r.iban)!;
  return { id: r.id, clientId: r.client_id, clientName: r.client_name, iban: r.iban, abi: codes.abi, cab: codes.cab };
};

export async function listRibaDebtors(ctx: RequestContext, clientId: string | null): Promise<RibaDebtor[]> {
  if (clientId && !UUID.test(clientId)) return [];
  const rows = await ctx.em.execute<Array<{ id: string; client_id: string; client_name: string; iban: string }>>(
    `${DEBTOR_SELECT} where r.company_id = ? ${clientId ? 'and r.client_id = ?' : ''} order by c.display_name, r.id limit 500`,
    [ctx.requireCompany(), ...(clientId ? [clientId] : [])],
  );
  return rows.map(toDebtor);
}

/**
 * Marks a client as paying by RiBa from one of its bank accounts (right billing:edit): the account's
 * IBAN must be Italian (ABI/CAB are read from it) — refused naming `bankAccountId` otherwise; another
 * company's client or account → NOT_FOUND naming the field. Setting it again replaces the account.
 */
export async function setRibaDebtor(ctx: RequestContext, clientId: string, bankAccountId: string | null | undefined): Promise<RibaDebtor> {
  const companyId = ctx.requireCompany();
  const [client] = UUID.test(clientId ?? '') ? await ctx.em.execute<Array<{ id: string }>>(`select id from client where company_id = ? and id = ? and erased_at is null`, [companyId, clientId]) : [];
  if (!client) throw notFoundFields([{ field: 'clientId', reason: 'not_found', message: 'No such client in this company.' }]);
  if (!bankAccountId) throw badInput([{ field: 'bankAccountId', reason: 'required', message: 'The bank account (an Italian IBAN) the client pays RiBa from.' }]);
  const [account] = UUID.test(bankAccountId)
    ? await ctx.em.execute<Array<{ iban: string }>>(`select iban from client_bank_account where company_id = ? and client_id = ? and id = ?`, [companyId, client.id, bankAccountId])
    : [];
  if (!account) throw notFoundFields([{ field: 'bankAccountId', reason: 'not_found', message: "No such bank account on this client's card." }]);
  const issues: FieldIssue[] = [];
  const iban = italianIban(issues, 'bankAccountId', account.iban, "The account's IBAN");
  if (issues.length) throw badInput(issues);
  await ctx.em.execute(
    `insert into riba_debtor (company_id, client_id, bank_account_id, iban, created_by) values (?, ?, ?, ?, ?)
     on conflict (company_id, client_id) do update set bank_account_id = excluded.bank_account_id, iban = excluded.iban`,
    [companyId, client.id, bankAccountId, iban, ctx.user?.id ?? null],
  );
  return (await listRibaDebtors(ctx, client.id))[0];
}
