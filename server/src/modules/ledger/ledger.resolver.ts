import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import { notFound } from '../../core/errors.js';
import { listAccounts } from './chart.service.js';
import { exportGeneralLedger } from './ledger-export.service.js';
import { getLedgerExport, ledgerExportFile, startLedgerExport } from './ledger-export-job.service.js';
import { accountStatement, closedPeriods, journalEntries, journalEntry, trialBalance } from './ledger-queries.service.js';
import { closePeriod, postManualEntry, reverseEntry } from './posting.service.js';
import { AccountStatement, JournalEntry, JournalEntryFilter, JournalEntryInput, JournalEntryPage, LedgerAccount, LedgerExport, LedgerFile, LedgerPeriod, TrialBalance } from './ledger.types.js';

/** The ledger (LE-1): chart of accounts, journal, trial balance, statements, closing months, export. */
@Resolver()
export class LedgerResolver {
  @Query(() => [LedgerAccount], { description: "The company's chart of accounts (written from its country's template on first use)." })
  ledgerAccounts(@Ctx() ctx: RequestContext): Promise<LedgerAccount[]> {
    return listAccounts(ctx);
  }

  @Query(() => TrialBalance, { description: 'Per account: balance before `from`, debits and credits in the range, closing balance at `to` (default today).' })
  trialBalance(@Ctx() ctx: RequestContext, @Arg('from', () => String, { nullable: true }) from: string | null, @Arg('to', () => String, { nullable: true }) to: string | null): Promise<TrialBalance> {
    return trialBalance(ctx, from, to);
  }

  @Query(() => AccountStatement, { description: "An account's lines in a range with the running balance." })
  accountStatement(
    @Ctx() ctx: RequestContext,
    @Arg('accountId', () => ID) accountId: string,
    @Arg('from', () => String, { nullable: true }) from: string | null,
    @Arg('to', () => String, { nullable: true }) to: string | null,
    @Arg('first', () => Int, { defaultValue: 100 }) first: number,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
  ): Promise<AccountStatement> {
    return accountStatement(ctx, accountId, from, to, first, offset);
  }

  @Query(() => JournalEntryPage, { description: 'The journal, newest first.' })
  journalEntries(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => JournalEntryFilter, { nullable: true }) filter: JournalEntryFilter | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
  ): Promise<JournalEntryPage> {
    return journalEntries(ctx, filter ?? {}, first, offset);
  }

  @Query(() => JournalEntry)
  async journalEntry(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<JournalEntry> {
    const e = await journalEntry(ctx, id);
    if (!e) throw notFound('Journal entry');
    return e;
  }

  @Query(() => [LedgerPeriod], { description: 'The closed months, latest first.' })
  ledgerClosedPeriods(@Ctx() ctx: RequestContext): Promise<LedgerPeriod[]> {
    return closedPeriods(ctx);
  }

  @Query(() => LedgerFile, { description: 'The general ledger of a range as XLSX (journal and trial balance).' })
  generalLedgerExport(@Ctx() ctx: RequestContext, @Arg('from', () => String) from: string, @Arg('to', () => String) to: string): Promise<LedgerFile> {
    return exportGeneralLedger(ctx, from, to);
  }

  @Query(() => LedgerExport, { description: 'An export started with startGeneralLedgerExport and its progress (the page polls it).' })
  ledgerExport(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<LedgerExport> {
    return getLedgerExport(ctx, id);
  }

  @Query(() => LedgerFile, { description: 'The file of a finished export.' })
  ledgerExportFile(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<LedgerFile> {
    return ledgerExportFile(ctx, id);
  }

  @Mutation(() => LedgerExport, { description: 'Exports the general ledger of a range: at once when small, as a job with progress when large.' })
  startGeneralLedgerExport(@Ctx() ctx: RequestContext, @Arg('from', () => String) from: string, @Arg('to', () => String) to: string): Promise<LedgerExport> {
    return startLedgerExport(ctx, from, to);
  }

  @Mutation(() => JournalEntry, { description: 'A manual journal entry; it must balance and be dated in an open month.' })
  async postJournalEntry(@Ctx() ctx: RequestContext, @Arg('input', () => JournalEntryInput) input: JournalEntryInput): Promise<JournalEntry> {
    const id = await postManualEntry(ctx, input);
    return (await journalEntry(ctx, id))!;
  }

  @Mutation(() => JournalEntry, { description: 'Reverses an entry (its mirror, referencing it); an entry is reversed once. Receipts are cancelled by a credit note.' })
  async reverseJournalEntry(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Arg('entryDate', () => String, { nullable: true }) entryDate: string | null,
  ): Promise<JournalEntry> {
    const newId = await reverseEntry(ctx, id, entryDate, reason);
    return (await journalEntry(ctx, newId))!;
  }

  @Mutation(() => [LedgerPeriod], { description: 'Closes a month that has ended (YYYY-MM): nothing can be dated in it afterwards.' })
  async closeLedgerPeriod(@Ctx() ctx: RequestContext, @Arg('month', () => String) month: string): Promise<LedgerPeriod[]> {
    await closePeriod(ctx, month);
    return closedPeriods(ctx);
  }
}
