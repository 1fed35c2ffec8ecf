import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { PortalOffer } from './portal-documents.types.js';

/** Quote requests on the portal (issue #12 item 5, PO-4): the portal's own types, never the products module's. */

@ObjectType({ description: 'A choice of a question.' })
export class PortalQuoteOption {
  @Field(() => String) value!: string;
  @Field(() => String) label!: string;
}

@ObjectType({ description: 'Ask the question only when an earlier yes/no or choice question has one of these answers.' })
export class PortalQuoteCondition {
  @Field(() => String) question!: string;
  @Field(() => [String]) anyOf!: string[];
}

@ObjectType({ description: "A question of a product's questionnaire, in the asked language." })
export class PortalQuoteQuestion {
  @Field(() => String) key!: string;
  @Field(() => String, { description: 'text, number, date, yes_no, single_choice, multiple_choice or address' }) type!: string;
  @Field(() => Boolean) required!: boolean;
  @Field(() => String) label!: string;
  @Field(() => String, { nullable: true }) help!: string | null;
  @Field(() => String, { nullable: true }) unit!: string | null;
  @Field(() => String, { nullable: true }) min!: string | null;
  @Field(() => String, { nullable: true }) max!: string | null;
  @Field(() => [PortalQuoteOption], { nullable: true }) options!: PortalQuoteOption[] | null;
  @Field(() => PortalQuoteCondition, { nullable: true }) showWhen!: PortalQuoteCondition | null;
}

@ObjectType({ description: 'A published product a client may ask a quote for, with its questionnaire.' })
export class PortalQuoteProduct {
  @Field(() => ID) id!: string;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => [PortalQuoteQuestion]) questions!: PortalQuoteQuestion[];
}

@InputType({ description: 'An address answer.' })
export class PortalQuoteAddressInput {
  @Field(() => String) street!: string;
  @Field(() => String) postalCode!: string;
  @Field(() => String) city!: string;
  @Field(() => String, { description: 'Two-letter country code.' }) country!: string;
}

@InputType({ description: 'An answer: `value` for one value, `values` for a multiple choice, `address` for an address.' })
export class PortalQuoteAnswerInput {
  @Field(() => String) question!: string;
  @Field(() => String, { nullable: true }) value?: string | null;
  @Field(() => [String], { nullable: true }) values?: string[] | null;
  @Field(() => PortalQuoteAddressInput, { nullable: true }) address?: PortalQuoteAddressInput | null;
}

@InputType({ description: "A quote request for a client the user's grants cover, after confirming the card's data and the consents." })
export class PortalQuoteRequestInput {
  @Field(() => ID) clientId!: string;
  @Field(() => ID) productId!: string;
  @Field(() => [PortalQuoteAnswerInput]) answers!: PortalQuoteAnswerInput[];
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => Boolean, { description: 'The client confirmed the data of its card as shown.' }) confirmData!: boolean;
  @Field(() => Boolean, { description: 'The client confirmed its consents as shown, with their stamps.' }) confirmConsents!: boolean;
}

@ObjectType({ description: 'A quote request of a client the user sees: its state and the offers the agency made for it.' })
export class PortalQuoteRequestView {
  @Field(() => ID) id!: string;
  @Field(() => ID) clientId!: string;
  @Field(() => String) clientName!: string;
  @Field(() => String) productName!: string;
  @Field(() => String, { description: 'waiting, answered or closed' }) status!: string;
  @Field(() => Boolean, { description: 'Sent from the portal.' }) fromPortal!: boolean;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) answeredAt!: Date | null;
  @Field(() => [PortalOffer]) offers!: PortalOffer[];
}
