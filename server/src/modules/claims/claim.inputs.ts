import { Field, ID, InputType } from 'type-graphql';
import { DecimalScalar } from '../policies/money.js';
import { ClaimPartyRole, ClaimStatus } from './claim.enums.js';

@InputType({ description: 'A party involved: name, role, their insurer, plate (motor).' })
export class ClaimPartyInput {
  @Field(() => String) name!: string;
  @Field(() => ClaimPartyRole, { defaultValue: ClaimPartyRole.COUNTERPARTY }) role!: ClaimPartyRole;
  @Field(() => String, { nullable: true }) insurerName?: string | null;
  @Field(() => String, { nullable: true }) plate?: string | null;
}

@InputType({ description: 'A claim. The policy, when given, must be one of the client\'s.' })
export class ClaimInput {
  @Field(() => ID) clientId!: string;
  @Field(() => ID, { nullable: true }) policyId?: string | null;
  @Field(() => String, { description: 'YYYY-MM-DD, not in the future.' }) lossDate!: string;
  @Field(() => String, { nullable: true, description: 'HH:MM' }) lossTime?: string | null;
  @Field(() => String) lossPlace!: string;
  @Field(() => String) description!: string;
  @Field(() => String, { nullable: true }) insurerClaimNumber?: string | null;
  @Field(() => ID, { nullable: true, description: 'An active member of the company.' }) handlerId?: string | null;
  @Field(() => [ClaimPartyInput], { nullable: true, description: 'Replaces the parties.' }) parties?: ClaimPartyInput[] | null;
}

@InputType({ description: 'A reserve (the reserve\'s new amount) or a payment.' })
export class ClaimMoneyInput {
  @Field(() => DecimalScalar, { description: 'Two decimals at most, never negative; a payment above zero.' }) amount!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; default today.' }) entryDate?: string | null;
  @Field(() => String, { nullable: true, description: 'Who was paid (required for a payment).' }) payee?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class ClaimFilterInput {
  @Field(() => ID, { nullable: true }) clientId?: string | null;
  @Field(() => ID, { nullable: true }) policyId?: string | null;
  @Field(() => ID, { nullable: true }) handlerId?: string | null;
  @Field(() => [ClaimStatus], { nullable: true }) statuses?: ClaimStatus[] | null;
}
