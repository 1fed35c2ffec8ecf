import { Field, ID, InputType } from 'type-graphql';
import { DecimalScalar } from './money.js';
import { PaymentFrequency, PolicyStatus } from './policy.enums.js';

@InputType({ description: 'An insurer: name and code required; code unique in the company.' })
export class InsurerInput {
  @Field(() => String) name!: string;
  @Field(() => String) code!: string;
  @Field(() => String, { nullable: true }) taxId?: string | null;
  @Field(() => String, { nullable: true }) agencyCode?: string | null;
}

@InputType()
export class LineOfBusinessInput {
  @Field(() => String) name!: string;
  @Field(() => DecimalScalar, { description: 'Percent 0–100, at most two decimals.' }) defaultTaxRate!: string;
}

@InputType({ description: 'A policy. premiumGross must equal premiumNet + premiumTaxes exactly.' })
export class PolicyInput {
  @Field(() => String) number!: string;
  @Field(() => ID) clientId!: string;
  @Field(() => ID) insurerId!: string;
  @Field(() => ID) lineId!: string;
  @Field(() => Boolean, { defaultValue: false }) foreignBusiness!: boolean;
  @Field(() => String, { description: 'YYYY-MM-DD' }) coverStart!: string;
  @Field(() => String, { description: 'YYYY-MM-DD, last day of cover (included).' }) coverEnd!: string;
  @Field(() => String, { nullable: true }) issueDate?: string | null;
  @Field(() => DecimalScalar) premiumNet!: string;
  @Field(() => DecimalScalar) premiumTaxes!: string;
  @Field(() => DecimalScalar) premiumGross!: string;
  @Field(() => PaymentFrequency) paymentFrequency!: PaymentFrequency;
  @Field(() => ID, { nullable: true }) producerId?: string | null;
  @Field(() => String, { nullable: true }) notes?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Renewed automatically when the cover ends (default false; left out on update: unchanged).' }) tacitRenewal?: boolean | null;
}

@InputType({ description: 'A new policy: the input of a policy and its starting status.' })
export class CreatePolicyInput extends PolicyInput {
  @Field(() => PolicyStatus, { description: 'One of request, info, offer, application, policy, own, foreign, foreign_part.' }) status!: PolicyStatus;
}

@InputType()
export class PolicyFilterInput {
  @Field(() => ID, { nullable: true }) clientId?: string | null;
  @Field(() => ID, { nullable: true }) insurerId?: string | null;
  @Field(() => ID, { nullable: true }) lineId?: string | null;
  @Field(() => [PolicyStatus], { nullable: true }) statuses?: PolicyStatus[] | null;
  @Field(() => String, { nullable: true, description: 'Policy number starts with.' }) number?: string | null;
}
