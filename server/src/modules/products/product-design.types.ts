import { Field, InputType, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../policies/money.js';
import { AdjustmentKind, QuestionType } from './product.enums.js';

/**
 * A product version's design as stored (jsonb) and served: names, questionnaire and rating rules.
 * Each shape is one class pair (output / input) with the same fields, so a stored object is served
 * as it is.
 */

@ObjectType({ description: 'A text in each of the platform languages (null where not translated).' })
export class LocalizedText {
  @Field(() => String, { nullable: true }) en?: string | null;
  @Field(() => String, { nullable: true }) it?: string | null;
  @Field(() => String, { nullable: true }) de?: string | null;
  @Field(() => String, { nullable: true }) nl?: string | null;
  @Field(() => String, { nullable: true }) pl?: string | null;
}
@InputType()
export class LocalizedTextInput {
  @Field(() => String, { nullable: true }) en?: string | null;
  @Field(() => String, { nullable: true }) it?: string | null;
  @Field(() => String, { nullable: true }) de?: string | null;
  @Field(() => String, { nullable: true }) nl?: string | null;
  @Field(() => String, { nullable: true }) pl?: string | null;
}

@ObjectType()
export class ChoiceOption {
  @Field(() => String) value!: string;
  @Field(() => LocalizedText) label!: LocalizedText;
}
@InputType()
export class ChoiceOptionInput {
  @Field(() => String) value!: string;
  @Field(() => LocalizedTextInput) label!: LocalizedTextInput;
}

@ObjectType({ description: 'Show the question only when the earlier question\'s answer is one of these values (yes/no: "true" / "false").' })
export class QuestionCondition {
  @Field(() => String) question!: string;
  @Field(() => [String]) anyOf!: string[];
}
@InputType()
export class QuestionConditionInput {
  @Field(() => String) question!: string;
  @Field(() => [String]) anyOf!: string[];
}

@ObjectType({ description: 'A question of the risk questionnaire.' })
export class ProductQuestion {
  @Field(() => String, { description: 'Unique in the version: a letter, then letters, digits, _ (answers name it).' }) key!: string;
  @Field(() => QuestionType) type!: QuestionType;
  @Field(() => Boolean) required!: boolean;
  @Field(() => LocalizedText) label!: LocalizedText;
  @Field(() => LocalizedText, { nullable: true }) help?: LocalizedText | null;
  @Field(() => String, { nullable: true, description: 'Numbers: the unit shown (kW, m², €).' }) unit?: string | null;
  @Field(() => String, { nullable: true }) min?: string | null;
  @Field(() => String, { nullable: true }) max?: string | null;
  @Field(() => [ChoiceOption], { nullable: true }) options?: ChoiceOption[] | null;
  @Field(() => QuestionCondition, { nullable: true }) showWhen?: QuestionCondition | null;
}
@InputType()
export class ProductQuestionInput {
  @Field(() => String) key!: string;
  @Field(() => QuestionType) type!: QuestionType;
  @Field(() => Boolean, { defaultValue: false }) required!: boolean;
  @Field(() => LocalizedTextInput) label!: LocalizedTextInput;
  @Field(() => LocalizedTextInput, { nullable: true }) help?: LocalizedTextInput | null;
  @Field(() => String, { nullable: true }) unit?: string | null;
  @Field(() => String, { nullable: true }) min?: string | null;
  @Field(() => String, { nullable: true }) max?: string | null;
  @Field(() => [ChoiceOptionInput], { nullable: true }) options?: ChoiceOptionInput[] | null;
  @Field(() => QuestionConditionInput, { nullable: true }) showWhen?: QuestionConditionInput | null;
}

@ObjectType({ description: 'A number band: from (included) to (excluded); either end may be open.' })
export class RatingBand {
  @Field(() => String, { nullable: true }) from?: string | null;
  @Field(() => String, { nullable: true }) to?: string | null;
  @Field(() => String) multiplier!: string;
}
@InputType()
export class RatingBandInput {
  @Field(() => String, { nullable: true }) from?: string | null;
  @Field(() => String, { nullable: true }) to?: string | null;
  @Field(() => String) multiplier!: string;
}

@ObjectType({ description: 'A multiplier for one choice (yes/no: "true" / "false").' })
export class RatingChoice {
  @Field(() => String) value!: string;
  @Field(() => String) multiplier!: string;
}
@InputType()
export class RatingChoiceInput {
  @Field(() => String) value!: string;
  @Field(() => String) multiplier!: string;
}

@ObjectType({ description: 'A factor: multiplies the premium by the band of a number answer or by the chosen value(s); no match (or no answer) multiplies by 1.' })
export class RatingFactor {
  @Field(() => String) key!: string;
  @Field(() => LocalizedText) label!: LocalizedText;
  @Field(() => String) question!: string;
  @Field(() => [RatingBand], { nullable: true }) bands?: RatingBand[] | null;
  @Field(() => [RatingChoice], { nullable: true }) choices?: RatingChoice[] | null;
}
@InputType()
export class RatingFactorInput {
  @Field(() => String) key!: string;
  @Field(() => LocalizedTextInput) label!: LocalizedTextInput;
  @Field(() => String) question!: string;
  @Field(() => [RatingBandInput], { nullable: true }) bands?: RatingBandInput[] | null;
  @Field(() => [RatingChoiceInput], { nullable: true }) choices?: RatingChoiceInput[] | null;
}

@ObjectType({ description: 'A loading or discount of a percentage of the premium so far, applied when its condition (JSON Logic over the answers) holds.' })
export class RatingAdjustment {
  @Field(() => String) key!: string;
  @Field(() => LocalizedText) label!: LocalizedText;
  @Field(() => AdjustmentKind) kind!: AdjustmentKind;
  @Field(() => DecimalScalar, { description: 'Percent, e.g. "10" or "7.5".' }) percent!: string;
  @Field(() => String, { nullable: true, description: 'A JSON Logic expression over the answers ({"var": "<question>"}); null: always.' }) when?: string | null;
}
@InputType()
export class RatingAdjustmentInput {
  @Field(() => String) key!: string;
  @Field(() => LocalizedTextInput) label!: LocalizedTextInput;
  @Field(() => AdjustmentKind) kind!: AdjustmentKind;
  @Field(() => DecimalScalar) percent!: string;
  @Field(() => String, { nullable: true }) when?: string | null;
}

@ObjectType({ description: 'Rating rules (PR-2): base premium, factors, loadings and discounts in order, minimum premium; taxes at the line of business\'s default rate.' })
export class RatingRules {
  @Field(() => DecimalScalar) basePremium!: string;
  @Field(() => DecimalScalar, { nullable: true }) minimumPremium?: string | null;
  @Field(() => [RatingFactor]) factors!: RatingFactor[];
  @Field(() => [RatingAdjustment]) adjustments!: RatingAdjustment[];
}
@InputType()
export class RatingRulesInput {
  @Field(() => DecimalScalar) basePremium!: string;
  @Field(() => DecimalScalar, { nullable: true }) minimumPremium?: string | null;
  @Field(() => [RatingFactorInput], { defaultValue: [] }) factors!: RatingFactorInput[];
  @Field(() => [RatingAdjustmentInput], { defaultValue: [] }) adjustments!: RatingAdjustmentInput[];
}

@InputType({ description: 'The design of a product version.' })
export class ProductVersionInput {
  @Field(() => LocalizedTextInput) names!: LocalizedTextInput;
  @Field(() => [ProductQuestionInput]) questions!: ProductQuestionInput[];
  @Field(() => RatingRulesInput) rating!: RatingRulesInput;
}

@ObjectType()
export class AddressAnswer {
  @Field(() => String) street!: string;
  @Field(() => String) postalCode!: string;
  @Field(() => String) city!: string;
  @Field(() => String) country!: string;
}
@InputType()
export class AddressAnswerInput {
  @Field(() => String) street!: string;
  @Field(() => String) postalCode!: string;
  @Field(() => String) city!: string;
  @Field(() => String) country!: string;
}

@ObjectType({ description: 'An answer: value (text, number as a decimal string, date, "true"/"false", a choice, a vehicle or client id), values (multiple choice) or address.' })
export class Answer {
  @Field(() => String) question!: string;
  @Field(() => String, { nullable: true }) value?: string | null;
  @Field(() => [String], { nullable: true }) values?: string[] | null;
  @Field(() => AddressAnswer, { nullable: true }) address?: AddressAnswer | null;
  @Field(() => String, { nullable: true, description: 'How a vehicle or person answer reads (plate, name).' }) display?: string | null;
}
@InputType()
export class AnswerInput {
  @Field(() => String) question!: string;
  @Field(() => String, { nullable: true }) value?: string | null;
  @Field(() => [String], { nullable: true }) values?: string[] | null;
  @Field(() => AddressAnswerInput, { nullable: true }) address?: AddressAnswerInput | null;
}
