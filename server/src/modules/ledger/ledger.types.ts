import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DecimalScalar } from '../policies/money.js';

/** GraphQL enums, inputs and outputs of the ledger (LE-1); the database stores the lower-case values. */
export enum AccountType {
  ASSET = 'asset',
  LIABILITY = 'liability',
  EQUITY = 'equity',
  INCOME = 'income',
  EXPENSE = 'expense',
}
export enum SubledgerKind {
  CLIENTS = 'clients',
  INSURERS = 'insurers',
  PRODUCERS = 'producers',
  BANK = 'bank',
  PREMIUM = 'premium',
}
export enum JournalSource {
  MANUAL = 'manual',
  RECEIPT = 'receipt',
  CREDIT_NOTE = 'credit_note',
  REVERSAL = 'reversal',
  PAYMENT = 'payment',
  REMITTANCE = 'remittance',
  BANK_RETURN = 'bank_return',
}
registerEnumType(AccountType, { name: 'AccountType' });
registerEnumType(SubledgerKind, { name: 'SubledgerKind', description: 'Which party the lines of an account name (a sub-ledger).' });
export enum LedgerExportStatus {
  QUEUED = 'queued',
  RUNNING = 'running',
  DONE = 'done',
  FAILED = 'failed',
}
registerEnumType(LedgerExportStatus, { name: 'LedgerExportStatus' });
registerEnumType(JournalSource, { name: 'JournalSource', description: 'What wrote a journal entry.' });

@ObjectType({ description: 'An account of the chart of accounts.' })
export class LedgerAccount {
  @Field(() => ID) id!: string;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => AccountType) type!: AccountType;
  @Field(() => SubledgerKind, { nullable: true }) subledger!: SubledgerKind | null;
  @Field(() => String, { nullable: true, description: 'The account billing and payments post to (clients_receivable, insurers_payable, premium_account, …).' })
  role!: string | null;
}

@ObjectType({ description: 'A line of a journal entry: one side, one account, optionally a party.' })
export class JournalLine {
  @Field(() => Int) lineNo!: number;
  @Field(() => LedgerAccount) account!: LedgerAccount;
  @Field(() => DecimalScalar) debit!: string;
  @Field(() => DecimalScalar) credit!: string;
  @Field(() => ID, { nullable: true }) clientId!: string | null;
  @Field(() => String, { nullable: true }) clientName!: string | null;
  @Field(() => ID, { nullable: true }) insurerId!: string | null;
  @Field(() => String, { nullable: true }) insurerName!: string | null;
  @Field(() => String, { nullable: true }) description!: string | null;
}

@ObjectType({ description: 'A journal entry (append-only; corrected only by a reversal).' })
export class JournalEntry {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) entryDate!: string;
  @Field(() => String) description!: string;
  @Field(() => JournalSource) source!: JournalSource;
  @Field(() => ID, { nullable: true, description: 'The entry this one reverses.' }) reversesId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The entry that reversed this one.' }) reversedById!: string | null;
  @Field(() => String, { nullable: true }) createdByName!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => DecimalScalar) total!: string;
  @Field(() => [JournalLine]) lines!: JournalLine[];
}

@ObjectType()
export class JournalEntryPage {
  @Field(() => [JournalEntry]) items!: JournalEntry[];
  @Field(() => Int) total!: number;
}

@ObjectType({ description: 'An account in the trial balance: opening balance, movements in the range, closing balance (debit − credit).' })
export class TrialBalanceRow {
  @Field(() => LedgerAccount) account!: LedgerAccount;
  @Field(() => DecimalScalar) opening!: string;
  @Field(() => DecimalScalar) debit!: string;
  @Field(() => DecimalScalar) credit!: string;
  @Field(() => DecimalScalar, { description: 'opening + debit − credit' }) balance!: string;
}

@ObjectType()
export class TrialBalance {
  @Field(() => String, { nullable: true }) from!: string | null;
  @Field(() => String) to!: string;
  @Field(() => [TrialBalanceRow]) rows!: TrialBalanceRow[];
  @Field(() => DecimalScalar) totalDebit!: string;
  @Field(() => DecimalScalar) totalCredit!: string;
  @Field(() => DecimalScalar, { description: 'Σ balances: always 0.00 in balanced books.' }) totalBalance!: string;
}

@ObjectType({ description: 'A line of an account statement with the running balance after it.' })
export class StatementLine {
  @Field(() => ID) entryId!: string;
  @Field(() => String) entryDate!: string;
  @Field(() => String) description!: string;
  @Field(() => JournalSource) source!: JournalSource;
  @Field(() => DecimalScalar) debit!: string;
  @Field(() => DecimalScalar) credit!: string;
  @Field(() => DecimalScalar) balance!: string;
  @Field(() => String, { nullable: true }) partyName!: string | null;
}

@ObjectType()
export class AccountStatement {
  @Field(() => LedgerAccount) account!: LedgerAccount;
  @Field(() => DecimalScalar, { description: 'The balance before the first line of the range.' }) opening!: string;
  @Field(() => [StatementLine]) lines!: StatementLine[];
  @Field(() => Int) total!: number;
  @Field(() => DecimalScalar, { description: 'The balance at the end of the range.' }) closing!: string;
}

@ObjectType({ description: 'A closed month: no entry can be dated in it any more.' })
export class LedgerPeriod {
  @Field(() => String, { description: 'YYYY-MM' }) month!: string;
  @Field(() => Date) closedAt!: Date;
  @Field(() => String, { nullable: true }) closedByName!: string | null;
}

@ObjectType({ description: 'A file to download (base64).' })
export class LedgerFile {
  @Field(() => String) fileName!: string;
  @Field(() => String) contentType!: string;
  @Field(() => String) base64!: string;
}

@InputType({ description: 'One line: an account, a debit or a credit (not both), a party where the account keeps a sub-ledger.' })
export class JournalLineInput {
  @Field(() => ID) accountId!: string;
  @Field(() => DecimalScalar, { nullable: true }) debit?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) credit?: string | null;
  @Field(() => ID, { nullable: true, description: 'Required on a clients sub-ledger account.' }) clientId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Required on an insurers sub-ledger account.' }) insurerId?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
}

@InputType({ description: 'A manual journal entry: at least two lines, Σ debit = Σ credit.' })
export class JournalEntryInput {
  @Field(() => String, { description: 'YYYY-MM-DD, in an open month.' }) entryDate!: string;
  @Field(() => String) description!: string;
  @Field(() => [JournalLineInput]) lines!: JournalLineInput[];
}

@InputType()
export class JournalEntryFilter {
  @Field(() => String, { nullable: true }) from?: string | null;
  @Field(() => String, { nullable: true }) to?: string | null;
  @Field(() => ID, { nullable: true }) accountId?: string | null;
  @Field(() => JournalSource, { nullable: true }) source?: JournalSource | null;
}

@ObjectType({ description: 'A general-ledger export: built at once when small, by a job with its progress when large (EX-4).' })
export class LedgerExport {
  @Field(() => ID) id!: string;
  @Field(() => String) from!: string;
  @Field(() => String) to!: string;
  @Field(() => LedgerExportStatus) status!: LedgerExportStatus;
  @Field(() => Int, { description: 'Journal lines to write.' }) total!: number;
  @Field(() => Int) processed!: number;
  @Field(() => Int, { description: '0…100' }) percent!: number;
  @Field(() => String, { nullable: true }) fileName!: string | null;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
}
