import type { RequestContext } from '../../core/context.js';

/**
 * The bank accounts a company uses as its own (the accounts a bank statement, a camt.054 notification or
 * a pain.002 report may be of): the SEPA creditor account (banking_settings) and the account RiBa
 * receipts are credited to (riba_settings). IBANs upper-case without spaces. Another company's accounts
 * are not read (the company's own rows, under row-level security): refused like unknown ones.
 */
export async function companyAccounts(ctx: RequestContext): Promise<Set<string>> {
  const rows = await ctx.em.execute<Array<{ iban: string }>>(
    `select upper(replace(creditor_iban, ' ', '')) as iban from banking_settings where company_id = ?
     union select upper(replace(creditor_iban, ' ', '')) from riba_settings where company_id = ?`,
    [ctx.requireCompany(), ctx.requireCompany()],
  );
  return new Set(rows.map((r) => r.iban));
}

/** The company's SEPA creditor identifier (upper case, no spaces), or null when not set. */
export async function companyCreditorId(ctx: RequestContext): Promise<string | null> {
  const [r] = await ctx.em.execute<Array<{ id: string }>>(`select upper(replace(creditor_id, ' ', '')) as id from banking_settings where company_id = ?`, [ctx.requireCompany()]);
  return r?.id ?? null;
}

/** An IBAN as written in a file, compared upper case without spaces. */
export const normalIban = (v: string) => v.replace(/\s/g, '').toUpperCase();
