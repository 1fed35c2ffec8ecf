import { Field, ID, InputType } from 'type-graphql';
import { DecimalScalar } from './money.js';
import { InsuredObjectKind, InsuredPersonRole } from './policy-changes.enums.js';
import { PaymentFrequency } from './policy.enums.js';

@InputType({ description: 'An insured object: kind address (addressId: one of the policyholder\'s addresses) or free (description).' })
export class InsuredObjectInput {
  @Field(() => InsuredObjectKind) kind!: InsuredObjectKind;
  @Field(() => ID, { nullable: true, description: 'kind address: the address of the policyholder.' }) addressId?: string | null;
  @Field(() => String, { nullable: true, description: 'kind free: what is insured (required); kind address: optional label.' }) description?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) insuredSum?: string | null;
}

@InputType({ description: 'Another client of the company with a role on the policy.' })
export class InsuredPersonInput {
  @Field(() => ID) clientId!: string;
  @Field(() => InsuredPersonRole) role!: InsuredPersonRole;
}

@InputType({
  description:
    'An endorsement: a change of the policy effective on a day within the cover. The premium is given either as new amounts ' +
    '(premiumNet, premiumTaxes) or as signed differences (premiumNetChange, premiumTaxesChange); gross = net + taxes.',
})
export class EndorsementInput {
  @Field(() => String, { description: 'YYYY-MM-DD, within the cover.' }) effectiveDate!: string;
  @Field(() => String) reason!: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'The new net premium (whole period).' }) premiumNet?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'The new premium taxes (whole period).' }) premiumTaxes?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Signed difference of the net premium, e.g. "-25.00".' }) premiumNetChange?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Signed difference of the premium taxes.' }) premiumTaxesChange?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'The new insured sum.' }) insuredSum?: string | null;
  @Field(() => [InsuredObjectInput], { nullable: true, description: 'Objects insured from the effective date.' }) addObjects?: InsuredObjectInput[] | null;
  @Field(() => [ID], { nullable: true, description: 'Objects no longer insured from the effective date.' }) removeObjectIds?: string[] | null;
}

@InputType({ description: 'The next period of a policy; everything not given is taken from the policy renewed.' })
export class RenewPolicyInput {
  @Field(() => String, { nullable: true, description: 'Default: the old number followed by "/" and the new cover start\'s year.' }) number?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; default: a period as long as the one renewed.' }) coverEnd?: string | null;
  @Field(() => String, { nullable: true }) issueDate?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) premiumNet?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) premiumTaxes?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) premiumGross?: string | null;
  @Field(() => PaymentFrequency, { nullable: true }) paymentFrequency?: PaymentFrequency | null;
  @Field(() => Boolean, { nullable: true }) tacitRenewal?: boolean | null;
}

@InputType()
export class RenewalsFilterInput {
  @Field(() => ID, { nullable: true }) producerId?: string | null;
  @Field(() => ID, { nullable: true }) insurerId?: string | null;
}
