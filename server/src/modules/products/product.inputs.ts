import { Field, ID, InputType } from 'type-graphql';
import { PaymentFrequency } from '../policies/policy.enums.js';
import { AnswerInput, ProductVersionInput } from './product-design.types.js';

@InputType({ description: 'A new product: line of business, insurer, code (capitals, digits, _ and -), and the design of its version 1.' })
export class CreateProductInput {
  @Field(() => String) code!: string;
  @Field(() => ID) lineId!: string;
  @Field(() => ID) insurerId!: string;
  @Field(() => ProductVersionInput) design!: ProductVersionInput;
}

@InputType({ description: 'Save a rating on a client as an offer; validity defaults to today + 30 days.' })
export class OfferInput {
  @Field(() => ID) clientId!: string;
  @Field(() => ID) versionId!: string;
  @Field(() => [AnswerInput]) answers!: AnswerInput[];
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD (default today).' }) validFrom?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD (default 30 days after validFrom).' }) validUntil?: string | null;
  @Field(() => ID, { nullable: true, description: 'The quote request this offer answers.' }) requestId?: string | null;
}

@InputType({ description: 'The policy an accepted offer becomes; premium, client, line and insurer come from the offer.' })
export class OfferPolicyInput {
  @Field(() => String) number!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) coverStart!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) coverEnd!: string;
  @Field(() => PaymentFrequency) paymentFrequency!: PaymentFrequency;
}

@InputType({ description: 'A request for a quote, by staff for a client or a prospect.' })
export class QuoteRequestInput {
  @Field(() => ID) productId!: string;
  @Field(() => ID, { nullable: true }) clientId?: string | null;
  @Field(() => String) requesterName!: string;
  @Field(() => String) requesterEmail!: string;
  @Field(() => [AnswerInput]) answers!: AnswerInput[];
  @Field(() => String, { nullable: true }) note?: string | null;
}
