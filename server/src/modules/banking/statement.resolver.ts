import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import { AllocationInput } from '../payments/payments.types.js';
import { directDebitMonths } from './statement-dashboard.service.js';
import { importStatement } from './statement-import.service.js';
import { confirmLine } from './statement-match.service.js';
import { bankLinesDashboard, getStatement, lineProposals, lineRow, listLines, listStatements } from './statement-queries.service.js';
import { BankLineState, BankLinesDashboard, DirectDebitMonth, BankMatchProposal, BankStatement, BankTransaction, BankTransactionPage, StatementImportResult } from './statement.types.js';

/** Bank statements and their matching (issue #14 §5): thin — every rule is in the services. */
@Resolver()
export class StatementResolver {
  @Query(() => [BankStatement], { description: 'Imported bank statements, newest first.' })
  bankStatements(@Ctx() ctx: RequestContext, @Arg('first', () => Int, { defaultValue: 50 }) first: number): Promise<BankStatement[]> {
    return listStatements(ctx, { first });
  }

  @Query(() => BankStatement)
  bankStatement(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<BankStatement> {
    return getStatement(ctx, id);
  }

  @Query(() => BankTransactionPage, { description: "Bank lines, of one statement or all the company's, optionally in one state." })
  bankTransactions(
    @Ctx() ctx: RequestContext,
    @Arg('statementId', () => ID, { nullable: true }) statementId: string | null,
    @Arg('state', () => BankLineState, { nullable: true }) state: BankLineState | null,
    @Arg('first', () => Int, { defaultValue: 100 }) first: number,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
  ): Promise<BankTransactionPage> {
    return listLines(ctx, { statementId, state }, first, offset);
  }

  @Query(() => BankTransaction)
  bankTransaction(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<BankTransaction> {
    return lineRow(ctx, id);
  }

  @Query(() => BankLinesDashboard, { description: 'The dashboard tile: credit lines not yet matched.' })
  bankLinesDashboard(@Ctx() ctx: RequestContext): Promise<BankLinesDashboard> {
    return bankLinesDashboard(ctx);
  }

  @Query(() => [DirectDebitMonth], { description: 'The dashboard tile: direct-debit volume and return rate per month by reason, newest month first.' })
  directDebitMonths(@Ctx() ctx: RequestContext, @Arg('months', () => Int, { defaultValue: 12 }) months: number): Promise<DirectDebitMonth[]> {
    return directDebitMonths(ctx, months);
  }

  @Mutation(() => StatementImportResult, {
    description: 'Imports a camt.053 statement or camt.054 notification of credits (base64): all or nothing. A file above about 150 KB goes to POST /files/bank/statements (multipart), which answers the same result.',
  })
  importBankStatement(@Ctx() ctx: RequestContext, @Arg('fileName', () => String) fileName: string, @Arg('base64', () => String) base64: string): Promise<StatementImportResult> {
    return importStatement(ctx, fileName, Buffer.from(base64 ?? '', 'base64'));
  }

  @Mutation(() => BankTransaction, { description: 'Confirms a credit line: the settlement of its SEPA collection (no allocations), or a payment allocated over one or more receipts.' })
  confirmBankTransaction(
    @Ctx() ctx: RequestContext,
    @Arg('transactionId', () => ID) transactionId: string,
    @Arg('allocations', () => [AllocationInput], { defaultValue: [] }) allocations: AllocationInput[],
  ): Promise<BankTransaction> {
    return confirmLine(ctx, transactionId, allocations);
  }
}

@Resolver(() => BankTransaction)
export class BankTransactionFields {
  @FieldResolver(() => [BankMatchProposal], { description: 'Receipts proposed for the line, best first (empty once matched).' })
  proposals(@Root() line: BankTransaction, @Ctx() ctx: RequestContext): Promise<BankMatchProposal[]> {
    return line.paymentId || line.direction !== 'CRDT' ? Promise.resolve([]) : lineProposals(ctx, line.id);
  }
}
