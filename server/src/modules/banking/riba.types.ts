import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DecimalScalar } from '../policies/money.js';
import { BankRunStatus } from './banking.types.js';

/** GraphQL types of RiBa (issue #14 §4): settings, debtors, runs, items and their states. */
export enum RibaState {
  ISSUED = 'issued',
  PRESENTED = 'presented',
  PAID = 'paid',
  UNPAID = 'unpaid',
}
export enum RibaOutcome {
  PAID = 'paid',
  UNPAID = 'unpaid',
}
registerEnumType(RibaState, { name: 'RibaState', description: 'issued (in a file) → presented (sent to the bank) → paid, or unpaid (insoluto).' });
registerEnumType(RibaOutcome, { name: 'RibaOutcome', description: 'What the bank reported for a presented RiBa.' });

@ObjectType({ description: "The company's RiBa data: SIA code and the account the bank credits (ABI/CAB from its Italian IBAN)." })
export class RibaSettings {
  @Field(() => String, { nullable: true }) siaCode!: string | null;
  @Field(() => String, { nullable: true }) iban!: string | null;
  @Field(() => String, { nullable: true }) abi!: string | null;
  @Field(() => String, { nullable: true }) cab!: string | null;
  @Field(() => String, { nullable: true }) account!: string | null;
  @Field(() => String, { nullable: true }) street!: string | null;
  @Field(() => String, { nullable: true }) town!: string | null;
  @Field(() => String, { nullable: true, description: 'Partita IVA / codice fiscale of the creditor.' }) taxId!: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Charged to the client for each unpaid RiBa; none when empty.' }) unpaidFee!: string | null;
}

@InputType()
export class RibaSettingsInput {
  @Field(() => String, { nullable: true, description: 'Codice SIA: 5 letters or digits.' }) siaCode?: string | null;
  @Field(() => String, { nullable: true, description: 'An Italian IBAN.' }) iban?: string | null;
  @Field(() => String, { nullable: true }) street?: string | null;
  @Field(() => String, { nullable: true }) town?: string | null;
  @Field(() => String, { nullable: true }) taxId?: string | null;
  @Field(() => String, { nullable: true, description: 'Decimal, e.g. "6.50"; empty for none.' }) unpaidFee?: string | null;
}

@ObjectType({ description: 'A client who pays by RiBa, with the Italian IBAN of its bank.' })
export class RibaDebtor {
  @Field(() => ID) id!: string;
  @Field(() => ID) clientId!: string;
  @Field(() => String) clientName!: string;
  @Field(() => String) iban!: string;
  @Field(() => String) abi!: string;
  @Field(() => String) cab!: string;
}

@InputType()
export class RibaRunInput {
  @Field(() => String, { description: 'Receipts due up to this date (YYYY-MM-DD); at most a year after today (a later date reads as that day, which the run keeps as its dueTo).' }) dueTo!: string;
}

@ObjectType({ description: 'One receipt of a RiBa run.' })
export class RibaItem {
  @Field(() => ID) id!: string;
  @Field(() => Int) progressive!: number;
  @Field(() => ID) receiptId!: string;
  @Field(() => String) receiptNumber!: string;
  @Field(() => ID) clientId!: string;
  @Field(() => String) clientName!: string;
  @Field(() => DecimalScalar) amount!: string;
  @Field(() => String) dueDate!: string;
  @Field(() => String) abi!: string;
  @Field(() => String) cab!: string;
  @Field(() => RibaState) state!: RibaState;
  @Field(() => String, { nullable: true }) stateDate!: string | null;
  @Field(() => DecimalScalar, { nullable: true }) fee!: string | null;
  @Field(() => DecimalScalar, { description: 'What the receipt has open now.' }) openAmount!: string;
}

@ObjectType({ description: 'A RiBa run: a job writing one CBI file, checked by its layout rules before it is stored.' })
export class RibaRun {
  @Field(() => ID) id!: string;
  @Field(() => BankRunStatus) status!: BankRunStatus;
  @Field(() => String) dueTo!: string;
  @Field(() => String) creationDate!: string;
  @Field(() => String, { description: 'nome supporto of the file.' }) supportName!: string;
  @Field(() => Int) total!: number;
  @Field(() => Int) processed!: number;
  @Field(() => Int) percent!: number;
  @Field(() => DecimalScalar) totalAmount!: string;
  @Field(() => Boolean, { description: 'A checked file is stored (download: right billing:export).' }) hasFile!: boolean;
  @Field(() => String, { nullable: true }) fileName!: string | null;
  @Field(() => Date, { nullable: true, description: 'When the file was marked sent to the bank.' }) presentedAt!: Date | null;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field(() => String, { nullable: true }) startedByName!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
}

@ObjectType()
export class RibaFile {
  @Field(() => String) fileName!: string;
  @Field(() => String) contentType!: string;
  @Field(() => String) sha256!: string;
  @Field(() => String) base64!: string;
}

@ObjectType({ description: 'Unpaid RiBa (insoluti) of one month.' })
export class RibaUnpaidMonth {
  @Field(() => String, { description: 'YYYY-MM' }) month!: string;
  @Field(() => Int) count!: number;
  @Field(() => DecimalScalar) amount!: string;
}
