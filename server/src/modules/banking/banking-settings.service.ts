import { checkBic, checkIban, sepaCountryOf, type FieldIssue } from '@agency/shared';
import type { RequestContext } from '../../core/context.js';
import { badInput } from '../../core/errors.js';
import { amountIssue, formatCents, parseCents } from '../policies/money.js';
import { money } from '../ledger/ledger-sql.js';
import { checkCreditorId } from './creditor-id.js';
import type { BankingSettings, BankingSettingsInput } from './banking.types.js';

export interface SettingsRow {
  creditor_id: string;
  creditor_name: string;
  creditor_iban: string;
  creditor_bic: string | null;
  return_fee: string | null;
}

export async function settingsRow(ctx: RequestContext): Promise<SettingsRow | null> {
  const [row] = await ctx.em.execute<SettingsRow[]>(
    `select creditor_id, creditor_name, creditor_iban, creditor_bic, return_fee from banking_settings where company_id = ?`,
    [ctx.requireCompany()],
  );
  return row ?? null;
}

export async function getSettings(ctx: RequestContext): Promise<BankingSettings> {
  const r = await settingsRow(ctx);
  return {
    creditorId: r?.creditor_id ?? null,
    creditorName: r?.creditor_name ?? null,
    creditorIban: r?.creditor_iban ?? null,
    creditorBic: r?.creditor_bic ?? null,
    returnFee: r?.return_fee == null ? null : money(r.return_fee),
  };
}

/** Sets the company's creditor data (right billing:edit); every field checked and named, nothing saved on an error; the creditor account in a SEPA country (`creditorIban` / `not_sepa_country`). */
export async function saveSettings(ctx: RequestContext, input: BankingSettingsInput): Promise<BankingSettings> {
  const issues: FieldIssue[] = [];
  const ci = checkCreditorId(input.creditorId);
  if (!ci.ok) issues.push({ field: 'creditorId', reason: ci.reason, message: ci.message });
  const name = input.creditorName?.trim() ?? '';
  if (!name) issues.push({ field: 'creditorName', reason: 'required', message: 'The name the debtors see.' });
  else if (name.length > 70) issues.push({ field: 'creditorName', reason: 'too_long', message: 'At most 70 characters.' });
  const iban = checkIban(input.creditorIban ?? '');
  if (!iban.ok) issues.push({ field: 'creditorIban', reason: iban.reason, message: iban.message });
  // the account the direct debits are credited to (pain.008 CdtrAcct): a SEPA scheme country's, as a debtor's
  else if (!sepaCountryOf(iban.value)) {
    issues.push({ field: 'creditorIban', reason: 'not_sepa_country', message: `Not an account in a SEPA country (${iban.value.slice(0, 2)}): SEPA direct debits are not credited to it.` });
  }
  let bic: string | null = null;
  if (input.creditorBic?.trim()) {
    const b = checkBic(input.creditorBic);
    if (!b.ok) issues.push({ field: 'creditorBic', reason: b.reason, message: b.message });
    else bic = b.value;
  }
  let fee: string | null = null;
  if (input.returnFee?.trim()) {
    const ai = amountIssue(input.returnFee.trim());
    if (ai) issues.push({ field: 'returnFee', reason: ai.reason, message: ai.message });
    else {
      const c = parseCents(input.returnFee.trim())!;
      fee = c === 0n ? null : formatCents(c);
    }
  }
  if (issues.length) throw badInput(issues);
  await ctx.em.execute(
    `insert into banking_settings (company_id, creditor_id, creditor_name, creditor_iban, creditor_bic, return_fee, updated_by)
     values (?, ?, ?, ?, ?, ?::numeric, ?)
     on conflict (company_id) do update set creditor_id = excluded.creditor_id, creditor_name = excluded.creditor_name, creditor_iban = excluded.creditor_iban,
       creditor_bic = excluded.creditor_bic, return_fee = excluded.return_fee, updated_by = excluded.updated_by, updated_at = now()`,
    [ctx.requireCompany(), (ci as { value: string }).value, name, (iban as { value: string }).value, bic, fee, ctx.user?.id ?? null],
  );
  return getSettings(ctx);
}
