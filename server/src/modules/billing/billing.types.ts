import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DecimalScalar } from '../policies/money.js';

/** GraphQL enums, inputs and outputs of premium billing (BI-1, EX-4). */
export enum PremiumDocumentKind {
  RECEIPT = 'receipt',
  CREDIT_NOTE = 'credit_note',
}
export enum BillingRunStatus {
  QUEUED = 'queued',
  RUNNING = 'running',
  DONE = 'done',
  FAILED = 'failed',
}
export enum AgeBucket {
  NOT_DUE = 'not_due',
  DAYS_0_30 = 'days_0_30',
  DAYS_31_60 = 'days_31_60',
  DAYS_61_90 = 'days_61_90',
  OVER_90 = 'over_90',
}
registerEnumType(PremiumDocumentKind, { name: 'PremiumDocumentKind', description: 'A premium receipt ("quietanza") or a credit note cancelling one.' });
registerEnumType(BillingRunStatus, { name: 'BillingRunStatus' });
registerEnumType(AgeBucket, { name: 'AgeBucket', description: 'Days past the due date.' });

@ObjectType({ description: 'A premium receipt or credit note: numbered without gaps per company, series and year; never changed once issued.' })
export class PremiumDocument {
  @Field(() => ID) id!: string;
  @Field(() => PremiumDocumentKind) kind!: PremiumDocumentKind;
  @Field(() => String, { description: 'Q (receipts) or NC (credit notes).' }) series!: string;
  @Field(() => Int) year!: number;
  @Field(() => Int) number!: number;
  @Field(() => String, { description: 'series year/number, e.g. "Q 2026/17".' }) displayNumber!: string;
  @Field(() => String) issueDate!: string;
  @Field(() => ID) clientId!: string;
  @Field(() => String) clientName!: string;
  @Field(() => ID) policyId!: string;
  @Field(() => String) policyNumber!: string;
  @Field(() => ID) insurerId!: string;
  @Field(() => String) insurerName!: string;
  @Field(() => String) lineName!: string;
  @Field(() => ID, { nullable: true }) installmentId!: string | null;
  @Field(() => String) dueDate!: string;
  @Field(() => String) periodStart!: string;
  @Field(() => String) periodEnd!: string;
  @Field(() => DecimalScalar) net!: string;
  @Field(() => DecimalScalar) taxes!: string;
  @Field(() => DecimalScalar) gross!: string;
  @Field(() => DecimalScalar) commission!: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'Percent of the net premium, where a rate is known.' }) commissionRate!: string | null;
  @Field(() => ID) entryId!: string;
  @Field(() => ID, { nullable: true }) runId!: string | null;
  @Field(() => String, { description: "The client's language of the document (en, it, de, nl, pl)." }) locale!: string;
  @Field(() => String, { nullable: true, description: 'Why a credit note was issued.' }) reason!: string | null;
  @Field(() => ID, { nullable: true, description: 'The receipt a credit note cancels.' }) creditsId!: string | null;
  @Field(() => String, { nullable: true }) creditsNumber!: string | null;
  @Field(() => ID, { nullable: true, description: 'The credit note cancelling this receipt.' }) creditedById!: string | null;
  @Field(() => String, { nullable: true }) creditedByNumber!: string | null;
}

@ObjectType()
export class PremiumDocumentPage {
  @Field(() => [PremiumDocument]) items!: PremiumDocument[];
  @Field(() => Int) total!: number;
}

@ObjectType({ description: 'A billing run over installments due in a range (a job; its progress is stored).' })
export class BillingRun {
  @Field(() => ID) id!: string;
  @Field(() => String) dueFrom!: string;
  @Field(() => String) dueTo!: string;
  @Field(() => String) issueDate!: string;
  @Field(() => BillingRunStatus) status!: BillingRunStatus;
  @Field(() => Int, { description: 'Installments to bill when the run started.' }) total!: number;
  @Field(() => Int) processed!: number;
  @Field(() => Int) issued!: number;
  @Field(() => Int, { description: '0…100' }) percent!: number;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field(() => String, { nullable: true }) startedByName!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
}

@ObjectType({ description: 'A file to download (base64).' })
export class BillingFile {
  @Field(() => String) fileName!: string;
  @Field(() => String) contentType!: string;
  @Field(() => String) base64!: string;
}

@ObjectType()
export class AgeBucketRow {
  @Field(() => AgeBucket) bucket!: AgeBucket;
  @Field(() => Int) count!: number;
  @Field(() => DecimalScalar) amount!: string;
}

@ObjectType()
export class MonthDueCollected {
  @Field(() => String, { description: 'YYYY-MM' }) month!: string;
  @Field(() => DecimalScalar) due!: string;
  @Field(() => DecimalScalar) collected!: string;
}

@ObjectType({ description: "Per insurer: what the agency owes it (insurers' sub-ledger) and what the premium account holds for it." })
export class InsurerPremiumBalance {
  @Field(() => ID) insurerId!: string;
  @Field(() => String) insurerName!: string;
  @Field(() => DecimalScalar, { description: 'Credit balance of the insurers payable account for this insurer.' }) payable!: string;
  @Field(() => DecimalScalar, { description: 'Debit balance of the separate premium account for this insurer (payments, next step).' }) premiumAccount!: string;
}

@ObjectType()
export class BillingDashboard {
  @Field(() => [AgeBucketRow]) receivablesByAge!: AgeBucketRow[];
  @Field(() => [MonthDueCollected]) collectedVsDue!: MonthDueCollected[];
  @Field(() => [InsurerPremiumBalance]) premiumAccountByInsurer!: InsurerPremiumBalance[];
}

@InputType()
export class PremiumDocumentFilter {
  @Field(() => PremiumDocumentKind, { nullable: true }) kind?: PremiumDocumentKind | null;
  @Field(() => ID, { nullable: true }) clientId?: string | null;
  @Field(() => ID, { nullable: true }) policyId?: string | null;
  @Field(() => ID, { nullable: true }) runId?: string | null;
  @Field(() => Int, { nullable: true }) year?: number | null;
}

@InputType({ description: 'A billing run: every installment due in [dueFrom, dueTo] not yet billed.' })
export class BillingRunInput {
  @Field(() => String, { description: 'YYYY-MM-DD' }) dueFrom!: string;
  @Field(() => String, { description: 'YYYY-MM-DD, at most a year after dueFrom.' }) dueTo!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD in an open month; default today.' }) issueDate?: string | null;
}

@ObjectType({ description: 'The commission the agency retains on an insurer\'s line of business, in percent of the net premium.' })
export class CommissionRate {
  @Field(() => ID) insurerId!: string;
  @Field(() => ID) lineId!: string;
  @Field(() => DecimalScalar) rate!: string;
}
