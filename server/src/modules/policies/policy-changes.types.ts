import { Field, ID, ObjectType } from 'type-graphql';
import { DecimalScalar } from './money.js';
import { InsuredObjectKind } from './policy-changes.enums.js';
import { PaymentFrequency } from './policy.enums.js';

@ObjectType({ description: 'One term a version changed: the field and its value before and after (objects: their description).' })
export class PolicyVersionChange {
  @Field(() => String, { description: 'premiumNet, premiumTaxes, premiumGross, insuredSum or objects.' }) field!: string;
  @Field(() => String, { nullable: true }) before!: string | null;
  @Field(() => String, { nullable: true }) after!: string | null;
}

@ObjectType()
export class PolicyVersionObject {
  @Field(() => ID) id!: string;
  @Field(() => InsuredObjectKind) kind!: InsuredObjectKind;
  @Field(() => String) description!: string;
  @Field(() => DecimalScalar, { nullable: true }) insuredSum!: string | null;
}

@ObjectType({ description: "A policy's terms as of a version." })
export class PolicyVersionTerms {
  @Field(() => DecimalScalar) premiumNet!: string;
  @Field(() => DecimalScalar) premiumTaxes!: string;
  @Field(() => DecimalScalar) premiumGross!: string;
  @Field(() => DecimalScalar, { nullable: true }) insuredSum!: string | null;
  @Field(() => String) coverStart!: string;
  @Field(() => String) coverEnd!: string;
  @Field(() => PaymentFrequency) paymentFrequency!: PaymentFrequency;
  @Field(() => [PolicyVersionObject]) objects!: PolicyVersionObject[];
}
