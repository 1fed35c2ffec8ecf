import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DecimalScalar } from '../policies/money.js';
import { LineCode } from '../policies/policy.enums.js';
import { Claim } from './claim.entity.js';
import { ClaimMoneyKind, ClaimStatus } from './claim.enums.js';

@ObjectType()
export class ClaimPage {
  @Field(() => [Claim]) items!: Claim[];
  @Field(() => Int) total!: number;
}

@ObjectType({ description: 'A claim status and the statuses it may move to (the workflow as data).' })
export class ClaimStatusTransition {
  @Field(() => ClaimStatus) from!: ClaimStatus;
  @Field(() => [ClaimStatus]) to!: ClaimStatus[];
  @Field(() => [ClaimStatus], { description: 'Targets that need a reason (reopening).' }) reasonRequiredFor!: ClaimStatus[];
}

@ObjectType({ description: 'A reserve or a payment, with the running totals after it.' })
export class ClaimMoneyEntry {
  @Field(() => ID) id!: string;
  @Field(() => Int) seq!: number;
  @Field(() => ClaimMoneyKind) kind!: ClaimMoneyKind;
  @Field(() => DecimalScalar, { description: 'reserve: the new reserve; payment: the amount paid.' }) amount!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) entryDate!: string;
  @Field(() => String, { nullable: true }) payee!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => ID, { nullable: true }) createdBy!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => DecimalScalar, { description: 'The reserve after this entry.' }) reserveAfter!: string;
  @Field(() => DecimalScalar, { description: 'Paid in total after this entry.' }) paidAfter!: string;
  @Field(() => DecimalScalar, { description: 'Reserve still to pay after this entry (reserve − paid).' }) outstandingAfter!: string;
}

@ObjectType({ description: 'The money of a claim: the current reserve, paid in total, and what the reserve still holds.' })
export class ClaimTotals {
  @Field(() => DecimalScalar) reserveCurrent!: string;
  @Field(() => DecimalScalar) paidTotal!: string;
  @Field(() => DecimalScalar) outstandingReserve!: string;
}

export enum ClaimAgeBucket {
  DAYS_0_30 = 'days_0_30',
  DAYS_31_90 = 'days_31_90',
  DAYS_91_180 = 'days_91_180',
  DAYS_181_PLUS = 'days_181_plus',
}
registerEnumType(ClaimAgeBucket, { name: 'ClaimAgeBucket', description: 'Days since the claim was reported.' });

@ObjectType()
export class ClaimStatusAgeCount {
  @Field(() => ClaimStatus) status!: ClaimStatus;
  @Field(() => ClaimAgeBucket) ageBucket!: ClaimAgeBucket;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class ClaimStatusCount {
  @Field(() => ClaimStatus) status!: ClaimStatus;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'Claims of one line of business (line null: claims without a policy).' })
export class ClaimLineCount {
  @Field(() => LineCode, { nullable: true }) lineCode!: LineCode | null;
  @Field(() => String, { nullable: true }) lineName!: string | null;
  @Field(() => Int) count!: number;
  @Field(() => Int) open!: number;
}

@ObjectType({ description: 'The claims dashboard (BASE-8), current when opened.' })
export class ClaimsDashboard {
  @Field(() => [ClaimStatusCount], { description: 'Every status with its count.' }) byStatus!: ClaimStatusCount[];
  @Field(() => [ClaimStatusAgeCount], { description: 'Open claims (reported, in review, settled) by status and age.' }) openByStatusAndAge!: ClaimStatusAgeCount[];
  @Field(() => Int) openTotal!: number;
  @Field(() => DecimalScalar, { description: 'Sum of the current reserves of open claims.' }) reservesTotal!: string;
  @Field(() => DecimalScalar, { description: 'Of those reserves, what is not yet paid.' }) reservesOutstanding!: string;
  @Field(() => DecimalScalar, { description: 'Paid on all claims.' }) paidTotal!: string;
  @Field(() => [ClaimLineCount]) byLine!: ClaimLineCount[];
}
