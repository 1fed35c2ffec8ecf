import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DecimalScalar } from '../policies/money.js';
import { OpenItem } from '../payments/payments.types.js';

/** GraphQL types of bank statements (issue #14 §5): statements, their lines, match proposals. */
export enum BankLineState {
  UNMATCHED = 'unmatched',
  PROPOSED = 'proposed',
  MATCHED = 'matched',
}
export enum BankLineDirection {
  CRDT = 'CRDT',
  DBIT = 'DBIT',
}
export enum BankMatchReason {
  END_TO_END = 'end_to_end',
  RECEIPT_NUMBER = 'receipt_number',
  AMOUNT = 'amount',
  CLIENT = 'client',
}
registerEnumType(BankLineState, { name: 'BankLineState', description: 'A credit line not yet booked (unmatched), with proposals (proposed), or booked by a payment (matched).' });
registerEnumType(BankLineDirection, { name: 'BankLineDirection', description: 'Credit (money received) or debit.' });
registerEnumType(BankMatchReason, { name: 'BankMatchReason', description: 'Why a receipt is proposed for a bank line.' });

@ObjectType({ description: 'An imported bank statement (camt.053) or notification of credits (camt.054).' })
export class BankStatement {
  @Field(() => ID) id!: string;
  @Field(() => String) kind!: string;
  @Field(() => String) messageId!: string;
  @Field(() => String, { description: 'The statement id given by the bank (Stmt/Id).' }) statementRef!: string;
  @Field(() => String) iban!: string;
  @Field(() => String, { nullable: true }) fromDate!: string | null;
  @Field(() => String, { nullable: true }) toDate!: string | null;
  @Field(() => String) fileName!: string;
  @Field(() => Int, { description: 'Lines imported.' }) lineCount!: number;
  @Field(() => Int, { description: 'Lines already imported from an overlapping statement, left out.' }) duplicateCount!: number;
  @Field(() => Int, { description: 'Credit lines not yet matched.' }) unmatchedCount!: number;
  @Field(() => String, { nullable: true }) importedByName!: string | null;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType({ description: 'A line of a bank statement (a bank transaction).' })
export class BankTransaction {
  @Field(() => ID) id!: string;
  @Field(() => ID) statementId!: string;
  @Field(() => Int) lineNo!: number;
  @Field(() => String, { nullable: true, description: "The bank's entry reference." }) bankRef!: string | null;
  @Field(() => BankLineDirection) direction!: BankLineDirection;
  @Field(() => DecimalScalar) amount!: string;
  @Field(() => String) bookingDate!: string;
  @Field(() => String, { nullable: true }) valueDate!: string | null;
  @Field(() => String, { nullable: true }) endToEndId!: string | null;
  @Field(() => String, { nullable: true }) remittance!: string | null;
  @Field(() => String, { nullable: true }) counterpartyName!: string | null;
  @Field(() => String, { nullable: true }) counterpartyIban!: string | null;
  @Field(() => BankLineState) state!: BankLineState;
  @Field(() => ID, { nullable: true, description: 'The payment that books the line once confirmed.' }) paymentId!: string | null;
  @Field(() => Boolean, { description: "Confirmed as the settlement of a SEPA collection (its payment was booked by the run)." }) settlement!: boolean;
  @Field(() => Date, { nullable: true }) matchedAt!: Date | null;
  @Field(() => String, { nullable: true }) matchedByName!: string | null;
}

@ObjectType()
export class BankTransactionPage {
  @Field(() => [BankTransaction]) items!: BankTransaction[];
  @Field(() => Int) total!: number;
}

@ObjectType({ description: 'A receipt proposed for a bank line, best first.' })
export class BankMatchProposal extends OpenItem {
  @Field(() => Int, { description: 'End-to-end id 8, receipt number 4, amount 2, client 1.' }) score!: number;
  @Field(() => [BankMatchReason]) reasons!: BankMatchReason[];
  @Field(() => ID, { nullable: true, description: 'The SEPA collection whose end-to-end id the line carries (its settlement).' }) collectionId!: string | null;
}

@ObjectType()
export class StatementImportResult {
  @Field(() => [BankStatement]) statements!: BankStatement[];
  @Field(() => Int, { description: 'Lines imported.' }) imported!: number;
  @Field(() => Int, { description: 'Lines left out: already imported from an overlapping statement.' }) duplicates!: number;
  @Field(() => Int, { description: 'Credit lines that received proposals.' }) proposed!: number;
}

@ObjectType({ description: 'The dashboard tile: credit lines not yet matched.' })
export class BankLinesDashboard {
  @Field(() => Int) unmatchedCount!: number;
  @Field(() => DecimalScalar) unmatchedAmount!: string;
}

@ObjectType()
export class ReturnReasonCount {
  @Field(() => String, { description: 'ISO reason code (AC04, MD01…).' }) reasonCode!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'Direct debits of one month (by collection date): volume, returns and their reasons.' })
export class DirectDebitMonth {
  @Field(() => String, { description: 'YYYY-MM' }) month!: string;
  @Field(() => Int) collections!: number;
  @Field(() => DecimalScalar) volume!: string;
  @Field(() => Int) returned!: number;
  @Field(() => String, { description: 'Returned collections in % of the month’s collections, one decimal ("2.5").' }) returnRate!: string;
  @Field(() => [ReturnReasonCount]) reasons!: ReturnReasonCount[];
}
