/**
 * Charts of accounts per country (LE-1): Italy and the Netherlands have their own template; every
 * other country gets the generic one. Each account has a type, optionally a sub-ledger (lines on it
 * name a client, an insurer, a producer, or are bank / premium-account money) and optionally a role —
 * the account billing and payments post to. The premium account ("conto separato premi") holds premiums
 * collected for insurers: a segregated estate (Allegato 4 §IV), never mixed with the agency's own bank.
 * Starting points an accountant extends, not tax advice.
 */
export type AccountType = 'asset' | 'liability' | 'equity' | 'income' | 'expense';
export type Subledger = 'clients' | 'insurers' | 'producers' | 'bank' | 'premium';
export type AccountRole =
  | 'clients_receivable'
  | 'insurers_payable'
  | 'producers_payable'
  | 'bank'
  | 'premium_account'
  | 'cash'
  | 'commission_income'
  | 'producer_commission_expense'
  | 'equity';

export interface TemplateAccount {
  code: string;
  name: string;
  type: AccountType;
  subledger?: Subledger;
  role?: AccountRole;
}

const IT: TemplateAccount[] = [
  { code: '1100', name: 'Crediti verso clienti (contraenti)', type: 'asset', subledger: 'clients', role: 'clients_receivable' },
  { code: '1200', name: 'Banca c/c agenzia', type: 'asset', subledger: 'bank', role: 'bank' },
  { code: '1210', name: 'C/c separato premi (patrimonio autonomo)', type: 'asset', subledger: 'premium', role: 'premium_account' },
  { code: '1300', name: 'Cassa', type: 'asset', role: 'cash' },
  { code: '2100', name: 'Debiti verso compagnie mandanti', type: 'liability', subledger: 'insurers', role: 'insurers_payable' },
  { code: '2200', name: 'Debiti verso produttori e subagenti', type: 'liability', subledger: 'producers', role: 'producers_payable' },
  { code: '2300', name: 'Erario c/ritenute', type: 'liability' },
  { code: '3100', name: 'Capitale sociale', type: 'equity', role: 'equity' },
  { code: '4100', name: 'Provvigioni attive', type: 'income', role: 'commission_income' },
  { code: '4200', name: 'Altri ricavi', type: 'income' },
  { code: '5100', name: 'Provvigioni passive a produttori', type: 'expense', role: 'producer_commission_expense' },
  { code: '5200', name: 'Spese generali', type: 'expense' },
];

const NL: TemplateAccount[] = [
  { code: '1300', name: 'Debiteuren (verzekeringnemers)', type: 'asset', subledger: 'clients', role: 'clients_receivable' },
  { code: '1100', name: 'Bank kantoor', type: 'asset', subledger: 'bank', role: 'bank' },
  { code: '1110', name: 'Derdengeldenrekening premies', type: 'asset', subledger: 'premium', role: 'premium_account' },
  { code: '1000', name: 'Kas', type: 'asset', role: 'cash' },
  { code: '1600', name: 'Rekening-courant maatschappijen', type: 'liability', subledger: 'insurers', role: 'insurers_payable' },
  { code: '1650', name: 'Te betalen provisie aan tussenpersonen', type: 'liability', subledger: 'producers', role: 'producers_payable' },
  { code: '1700', name: 'Te betalen belastingen', type: 'liability' },
  { code: '0500', name: 'Eigen vermogen', type: 'equity', role: 'equity' },
  { code: '8000', name: 'Provisie-opbrengsten', type: 'income', role: 'commission_income' },
  { code: '8100', name: 'Overige opbrengsten', type: 'income' },
  { code: '7000', name: 'Afdrachtsprovisie tussenpersonen', type: 'expense', role: 'producer_commission_expense' },
  { code: '4000', name: 'Algemene kosten', type: 'expense' },
];

const GENERIC: TemplateAccount[] = [
  { code: '1100', name: 'Receivables from clients', type: 'asset', subledger: 'clients', role: 'clients_receivable' },
  { code: '1200', name: 'Bank (agency)', type: 'asset', subledger: 'bank', role: 'bank' },
  { code: '1210', name: 'Premium account (segregated)', type: 'asset', subledger: 'premium', role: 'premium_account' },
  { code: '1300', name: 'Cash', type: 'asset', role: 'cash' },
  { code: '2100', name: 'Payables to insurers', type: 'liability', subledger: 'insurers', role: 'insurers_payable' },
  { code: '2200', name: 'Payables to producers', type: 'liability', subledger: 'producers', role: 'producers_payable' },
  { code: '2300', name: 'Taxes payable', type: 'liability' },
  { code: '3100', name: 'Equity', type: 'equity', role: 'equity' },
  { code: '4100', name: 'Commission income', type: 'income', role: 'commission_income' },
  { code: '4200', name: 'Other income', type: 'income' },
  { code: '5100', name: 'Commissions to producers', type: 'expense', role: 'producer_commission_expense' },
  { code: '5200', name: 'General expenses', type: 'expense' },
];

export const CHART_TEMPLATES: Record<string, TemplateAccount[]> = { IT, NL };

export function chartTemplate(country: string): TemplateAccount[] {
  return CHART_TEMPLATES[country] ?? GENERIC;
}
