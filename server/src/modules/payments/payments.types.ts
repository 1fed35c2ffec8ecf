import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DecimalScalar } from '../policies/money.js';

/** GraphQL enums, inputs and outputs of payments, matching and remittances (LE-2, issue #13 §3–§4). */
export enum PaymentMethod {
  BANK_TRANSFER = 'bank_transfer',
  CASH = 'cash',
  CARD = 'card',
  CHEQUE = 'cheque',
  DIRECT_DEBIT = 'direct_debit',
  RIBA = 'riba',
}
export enum MatchReason {
  REFERENCE = 'reference',
  AMOUNT = 'amount',
  CLIENT = 'client',
}
registerEnumType(PaymentMethod, { name: 'PaymentMethod' });
registerEnumType(MatchReason, { name: 'MatchReason', description: 'Why a receipt is suggested for a payment.' });

@ObjectType({ description: 'One allocation of a payment to a receipt; an undo is a new row, the allocation stays in the history.' })
export class PaymentAllocation {
  @Field(() => ID) id!: string;
  @Field(() => ID) paymentId!: string;
  @Field(() => ID) receiptId!: string;
  @Field(() => String) receiptNumber!: string;
  @Field(() => String) policyNumber!: string;
  @Field(() => DecimalScalar) amount!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => String, { nullable: true }) createdByName!: string | null;
  @Field(() => Boolean, { description: 'False once undone.' }) active!: boolean;
  @Field(() => Date, { nullable: true }) undoneAt!: Date | null;
  @Field(() => String, { nullable: true }) undoneByName!: string | null;
  @Field(() => String, { nullable: true }) undoReason!: string | null;
}

@ObjectType({ description: 'Money received from a client, posted to the bank, premium or cash account.' })
export class Payment {
  @Field(() => ID) id!: string;
  @Field(() => ID) clientId!: string;
  @Field(() => String) clientName!: string;
  @Field(() => PaymentMethod) method!: PaymentMethod;
  @Field(() => String) paymentDate!: string;
  @Field(() => DecimalScalar) amount!: string;
  @Field(() => DecimalScalar, { description: 'Σ active allocations.' }) allocated!: string;
  @Field(() => DecimalScalar, { description: "Not yet allocated: the client's credit." }) remaining!: string;
  @Field(() => String, { nullable: true }) reference!: string | null;
  @Field(() => ID) accountId!: string;
  @Field(() => String) accountCode!: string;
  @Field(() => String) accountName!: string;
  @Field(() => ID) entryId!: string;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType()
export class PaymentPage {
  @Field(() => [Payment]) items!: Payment[];
  @Field(() => Int) total!: number;
}

@ObjectType({ description: 'A receipt with what is still open on it.' })
export class OpenItem {
  @Field(() => ID) receiptId!: string;
  @Field(() => String) receiptNumber!: string;
  @Field(() => ID) clientId!: string;
  @Field(() => String) clientName!: string;
  @Field(() => String) policyNumber!: string;
  @Field(() => String) insurerName!: string;
  @Field(() => String) dueDate!: string;
  @Field(() => DecimalScalar) gross!: string;
  @Field(() => DecimalScalar) allocated!: string;
  @Field(() => DecimalScalar) openAmount!: string;
}

@ObjectType({ description: 'An open receipt suggested for a payment, best first.' })
export class MatchSuggestion extends OpenItem {
  @Field(() => Int, { description: 'Reference 4, exact amount 2, same client 1.' }) score!: number;
  @Field(() => [MatchReason]) reasons!: MatchReason[];
}

@ObjectType({ description: "A payment with its allocations and suggestions (the match dialog's data)." })
export class PaymentDetail extends Payment {
  @Field(() => [PaymentAllocation]) allocations!: PaymentAllocation[];
}

@ObjectType({ description: "The client's account: open receipts, payments, and the receivable balance." })
export class ClientAccount {
  @Field(() => ID) clientId!: string;
  @Field(() => [OpenItem]) openItems!: OpenItem[];
  @Field(() => [Payment]) payments!: Payment[];
  @Field(() => DecimalScalar, { description: 'Σ open amounts of the receipts.' }) openTotal!: string;
  @Field(() => DecimalScalar, { description: 'Σ what the payments have left (credit).' }) creditTotal!: string;
  @Field(() => DecimalScalar, { description: 'The client\'s receivable balance in the ledger (debit − credit) = openTotal − creditTotal.' }) balance!: string;
}

@ObjectType()
export class PaymentsDashboard {
  @Field(() => Int, { description: 'Payments with something not allocated.' }) unmatchedCount!: number;
  @Field(() => DecimalScalar) unmatchedAmount!: string;
}

@InputType({ description: 'A payment received.' })
export class PaymentInput {
  @Field(() => ID, { description: 'The payer.' }) clientId!: string;
  @Field(() => PaymentMethod) method!: PaymentMethod;
  @Field(() => String, { description: 'YYYY-MM-DD in an open month.' }) paymentDate!: string;
  @Field(() => DecimalScalar) amount!: string;
  @Field(() => String, { nullable: true, description: 'The text of the transfer (receipt or policy numbers).' }) reference?: string | null;
  @Field(() => ID, { nullable: true, description: 'A bank, premium or cash account; default the premium account (cash: the cash account).' }) accountId?: string | null;
}

@InputType()
export class AllocationInput {
  @Field(() => ID) receiptId!: string;
  @Field(() => DecimalScalar) amount!: string;
}

@InputType()
export class PaymentFilter {
  @Field(() => ID, { nullable: true }) clientId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only payments with something not allocated.' }) unmatched?: boolean | null;
}

@ObjectType({ description: 'A remittance to an insurer: the collected receipts of a period, gross − commission, posted from the premium account.' })
export class Remittance {
  @Field(() => ID) id!: string;
  @Field(() => ID) insurerId!: string;
  @Field(() => String) insurerName!: string;
  @Field(() => String) periodFrom!: string;
  @Field(() => String) periodTo!: string;
  @Field(() => String) remitDate!: string;
  @Field(() => DecimalScalar) gross!: string;
  @Field(() => DecimalScalar) commission!: string;
  @Field(() => DecimalScalar) amount!: string;
  @Field(() => Int) itemCount!: number;
  @Field(() => ID) entryId!: string;
  @Field(() => ID, { nullable: true }) cancelEntryId!: string | null;
  @Field(() => String, { nullable: true }) cancelReason!: string | null;
  @Field(() => Date, { nullable: true }) cancelledAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType()
export class RemittanceItem {
  @Field(() => ID) receiptId!: string;
  @Field(() => String) receiptNumber!: string;
  @Field(() => String) policyNumber!: string;
  @Field(() => String) clientName!: string;
  @Field(() => DecimalScalar) gross!: string;
  @Field(() => DecimalScalar) commission!: string;
  @Field(() => DecimalScalar) amount!: string;
}

@ObjectType()
export class RemittanceDetail extends Remittance {
  @Field(() => [RemittanceItem]) items!: RemittanceItem[];
}

@InputType({ description: 'A remittance: the receipts of the insurer fully collected in [periodFrom, periodTo] and not yet remitted.' })
export class RemittanceInput {
  @Field(() => ID) insurerId!: string;
  @Field(() => String) periodFrom!: string;
  @Field(() => String) periodTo!: string;
  @Field(() => String, { nullable: true, description: 'Date of the posting; default today.' }) remitDate?: string | null;
}

@ObjectType({ description: 'A file to download (base64).' })
export class MoneyFile {
  @Field(() => String) fileName!: string;
  @Field(() => String) contentType!: string;
  @Field(() => String) base64!: string;
}
