import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DecimalScalar } from '../policies/money.js';

/** GraphQL enums, inputs and outputs of the banking module (issue #14 §1–§3). */
export enum SepaScheme {
  CORE = 'CORE',
  B2B = 'B2B',
}
export enum MandateRecurrence {
  RCUR = 'RCUR',
  OOFF = 'OOFF',
}
export enum MandateStatus {
  ACTIVE = 'active',
  REVOKED = 'revoked',
  /** collected with FNAL after it was marked for its last collection: never collected again */
  ENDED = 'ended',
  /** not collected for 36 months after its last collection (or its signature, when never used): a run leaves it out */
  EXPIRED = 'expired',
}
export enum MandateEndedBy {
  CREDITOR = 'creditor',
  DEBTOR = 'debtor',
}
export enum SequenceType {
  FRST = 'FRST',
  RCUR = 'RCUR',
  OOFF = 'OOFF',
  FNAL = 'FNAL',
}
export enum BankRunStatus {
  QUEUED = 'queued',
  RUNNING = 'running',
  DONE = 'done',
  FAILED = 'failed',
}
export enum CollectionStatus {
  PRESENTED = 'presented',
  RETURNED = 'returned',
}
registerEnumType(SepaScheme, { name: 'SepaScheme', description: 'SEPA direct-debit scheme: CORE (consumers) or B2B.' });
registerEnumType(MandateRecurrence, { name: 'MandateRecurrence', description: 'Recurring (RCUR) or one-off (OOFF) mandate.' });
registerEnumType(MandateStatus, { name: 'MandateStatus' });
registerEnumType(MandateEndedBy, { name: 'MandateEndedBy', description: 'Who ends a mandate with a last (FNAL) collection: the creditor or the debtor.' });
registerEnumType(SequenceType, { name: 'SequenceType', description: 'pain.008 SeqTp: first, recurring, one-off, final collection.' });
registerEnumType(BankRunStatus, { name: 'BankRunStatus' });
registerEnumType(CollectionStatus, { name: 'CollectionStatus' });

@ObjectType({ description: "The company's SEPA creditor data." })
export class BankingSettings {
  @Field(() => String, { nullable: true, description: 'SEPA creditor identifier (checked ISO 7064 mod 97-10).' }) creditorId!: string | null;
  @Field(() => String, { nullable: true }) creditorName!: string | null;
  @Field(() => String, { nullable: true }) creditorIban!: string | null;
  @Field(() => String, { nullable: true }) creditorBic!: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Charged to the client for each returned collection; none when empty.' }) returnFee!: string | null;
}

@InputType()
export class BankingSettingsInput {
  @Field(() => String) creditorId!: string;
  @Field(() => String) creditorName!: string;
  @Field(() => String) creditorIban!: string;
  @Field(() => String, { nullable: true }) creditorBic?: string | null;
  @Field(() => String, { nullable: true, description: 'Decimal, e.g. "5.00"; empty for none.' }) returnFee?: string | null;
}

@ObjectType({ description: 'An amendment of a mandate (kept): what changed, and the collection that reported it to the bank.' })
export class MandateAmendment {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'account (SMNDA: same mandate, new debtor account) or reference.' }) kind!: string;
  @Field(() => String) oldValue!: string;
  @Field(() => String) newValue!: string;
  @Field(() => Boolean, { description: 'Carried by a collection already (AmdmntInd).' }) reported!: boolean;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType({ description: "A SEPA direct-debit mandate on a client's bank account." })
export class SepaMandate {
  @Field(() => ID) id!: string;
  @Field(() => ID) clientId!: string;
  @Field(() => String) clientName!: string;
  @Field(() => String, { description: 'Unique per company (max 35 characters).' }) reference!: string;
  @Field(() => SepaScheme) scheme!: SepaScheme;
  @Field(() => MandateRecurrence) recurrence!: MandateRecurrence;
  @Field(() => String) signatureDate!: string;
  @Field(() => String) iban!: string;
  @Field(() => String, { nullable: true }) bic!: string | null;
  @Field(() => String) debtorName!: string;
  @Field(() => MandateStatus) status!: MandateStatus;
  @Field(() => MandateEndedBy, { nullable: true, description: 'Marked for its last collection (FNAL) by the creditor or the debtor.' }) lastCollectionBy!: MandateEndedBy | null;
  @Field(() => String, { nullable: true, description: 'Active or expired: 36 months after its last collection, or after its signature when never collected (YYYY-MM-DD); a collection later than this day is not made.' })
  expiresOn!: string | null;
  @Field(() => String, { nullable: true }) revokedOn!: string | null;
  @Field(() => String, { nullable: true }) revokeReason!: string | null;
  @Field(() => Int, { description: 'Collections presented with this mandate (returned ones included).' }) collections!: number;
  @Field(() => [MandateAmendment]) amendments!: MandateAmendment[];
}

@InputType()
export class MandateInput {
  @Field(() => ID) clientId!: string;
  @Field(() => ID, { description: "One of the client's bank accounts: its IBAN, BIC and holder are copied." }) bankAccountId!: string;
  @Field(() => String) reference!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, required.' }) signatureDate?: string | null;
  @Field(() => SepaScheme, { defaultValue: SepaScheme.CORE }) scheme!: SepaScheme;
  @Field(() => MandateRecurrence, { defaultValue: MandateRecurrence.RCUR }) recurrence!: MandateRecurrence;
}

@InputType({ description: 'An amendment: a new account (IBAN, optional BIC) and/or a new reference.' })
export class MandateAmendmentInput {
  @Field(() => String, { nullable: true }) iban?: string | null;
  @Field(() => String, { nullable: true }) bic?: string | null;
  @Field(() => String, { nullable: true }) reference?: string | null;
}

@ObjectType()
export class MandatePdf {
  @Field(() => String) fileName!: string;
  @Field(() => String) contentType!: string;
  @Field(() => String) base64!: string;
}

@InputType()
export class SepaRunInput {
  @Field(() => String, { description: 'Requested collection date (YYYY-MM-DD); a receipt due later is collected on its due date.' }) collectionDate!: string;
  @Field(() => String, { description: 'Receipts due up to this date (YYYY-MM-DD); at most a year after today (a later date reads as that day, which the run keeps as its dueTo).' }) dueTo!: string;
}

@ObjectType({ description: 'One collection of a run: a receipt presented for direct debit.' })
export class SepaCollection {
  @Field(() => ID) id!: string;
  @Field(() => ID) receiptId!: string;
  @Field(() => String) receiptNumber!: string;
  @Field(() => ID) clientId!: string;
  @Field(() => String) clientName!: string;
  @Field(() => String) mandateReference!: string;
  @Field(() => DecimalScalar) amount!: string;
  @Field(() => SequenceType) sequenceType!: SequenceType;
  @Field(() => SepaScheme) scheme!: SepaScheme;
  @Field(() => String) collectionDate!: string;
  @Field(() => String, { description: 'EndToEndId in the file: a return is traced back to the receipt by it.' }) endToEndId!: string;
  @Field(() => CollectionStatus) status!: CollectionStatus;
  @Field(() => String, { nullable: true }) returnReason!: string | null;
}

@ObjectType({ description: 'A SEPA direct-debit run: a job writing one pain.008.001.08 file, validated before it is offered.' })
export class SepaRun {
  @Field(() => ID) id!: string;
  @Field(() => BankRunStatus) status!: BankRunStatus;
  @Field(() => String) collectionDate!: string;
  @Field(() => String) dueTo!: string;
  @Field(() => String) messageId!: string;
  @Field(() => Int) total!: number;
  @Field(() => Int) processed!: number;
  @Field(() => Int) percent!: number;
  @Field(() => Int, { description: 'Collections booked as payments (the phase after the file is stored).' }) booked!: number;
  @Field(() => Boolean, { description: 'Failed while booking, with its file stored: resumeSepaRun continues it.' }) resumable!: boolean;
  @Field(() => Int, { description: 'Due receipts the run left out (see skippedReceipts): their mandate expired, or its account is not one a direct debit may be drawn on.' }) skipped!: number;
  @Field(() => DecimalScalar) controlSum!: string;
  @Field(() => ID, { nullable: true, description: 'The validated file (download: right billing:export).' }) fileId!: string | null;
  @Field(() => String, { nullable: true }) fileName!: string | null;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field(() => String, { nullable: true }) startedByName!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
}

export enum SkipReason {
  /** no collection for 36 months after the mandate's last one, or after its signature when never used */
  MANDATE_EXPIRED = 'mandate_expired',
  /** the mandate's account is outside the SEPA countries (a mandate stored before this was checked) */
  NOT_SEPA_COUNTRY = 'not_sepa_country',
  /** the debtor bank is in a non-EEA SEPA country and the mandate has no BIC */
  BIC_MISSING = 'bic_missing',
}
registerEnumType(SkipReason, { name: 'SepaSkipReason', description: 'Why a SEPA run left a due receipt out.' });

@ObjectType({ description: 'A due receipt a SEPA run did not collect, and why.' })
export class SepaSkippedReceipt {
  @Field(() => ID) receiptId!: string;
  @Field(() => String) receiptNumber!: string;
  @Field(() => ID) clientId!: string;
  @Field(() => String) clientName!: string;
  @Field(() => ID) mandateId!: string;
  @Field(() => String) mandateReference!: string;
  @Field(() => SkipReason) reason!: SkipReason;
  @Field(() => String, { description: "The mandate's last collection, or its signature date when never collected." }) lastUsedOn!: string;
  @Field(() => String, { description: 'The mandate expired after this day (36 months after lastUsedOn).' }) expiresOn!: string;
  @Field(() => String, { description: 'The date it would have been collected on.' }) collectionDate!: string;
  @Field(() => DecimalScalar, { description: 'What the receipt has open now.' }) openAmount!: string;
}

@ObjectType({ description: 'A returned or rejected collection, for follow-up.' })
export class SepaReturn {
  @Field(() => ID) id!: string;
  @Field(() => ID) collectionId!: string;
  @Field(() => ID) receiptId!: string;
  @Field(() => String) receiptNumber!: string;
  @Field(() => ID) clientId!: string;
  @Field(() => String) clientName!: string;
  @Field(() => DecimalScalar) amount!: string;
  @Field(() => String, { description: 'ISO 20022 reason code (AC04, AM04, MD01, MS02…).' }) reasonCode!: string;
  @Field(() => String) returnDate!: string;
  @Field(() => String) endToEndId!: string;
  @Field(() => DecimalScalar, { nullable: true }) fee!: string | null;
  @Field(() => DecimalScalar, { description: 'What the receipt has open now.' }) openAmount!: string;
  @Field(() => ID) reversalEntryId!: string;
  @Field(() => String) fileName!: string;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType({ description: 'What importing a status report did.' })
export class ReturnImportResult {
  @Field(() => ID) fileId!: string;
  @Field(() => String) messageId!: string;
  @Field(() => Int, { description: 'Collections returned or rejected by this import.' }) returned!: number;
  @Field(() => Int, { description: 'Transactions already returned by an earlier import (no effect).' }) alreadyReturned!: number;
  @Field(() => [SepaReturn]) returns!: SepaReturn[];
}
