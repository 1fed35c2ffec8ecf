import { Field, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../policies/money.js';
import { Answer, LocalizedText } from './product-design.types.js';
import { BreakdownStepKind, ProductVersionStatus } from './product.enums.js';

@ObjectType({ description: 'One line of a breakdown: a factor, loading, discount or the minimum premium, with its effect.' })
export class BreakdownLine {
  @Field(() => BreakdownStepKind) kind!: BreakdownStepKind;
  @Field(() => String) key!: string;
  @Field(() => LocalizedText) label!: LocalizedText;
  @Field(() => String, { description: '"× 1.2", "+ 10 %", "− 5 %", "minimum 250.00".' }) detail!: string;
  @Field(() => DecimalScalar, { description: 'What the line adds (negative: takes off).' }) effect!: string;
  @Field(() => DecimalScalar, { description: 'The premium after this line.' }) after!: string;
}

@ObjectType({ description: 'A premium a client can read: base, each line with its effect, net, taxes, total.' })
export class RatingBreakdown {
  @Field(() => DecimalScalar) base!: string;
  @Field(() => [BreakdownLine]) steps!: BreakdownLine[];
  @Field(() => DecimalScalar) net!: string;
  @Field(() => DecimalScalar, { description: 'Percent, the line of business\'s default tax rate.' }) taxRate!: string;
  @Field(() => DecimalScalar) taxes!: string;
  @Field(() => DecimalScalar) total!: string;
  @Field(() => Boolean, { description: 'Rated on a version not published (test mode): never a policy.' }) test!: boolean;
}

@ObjectType({ description: 'A quote: the answers as the server kept them and the breakdown.' })
export class Quote {
  @Field(() => [Answer]) answers!: Answer[];
  @Field(() => RatingBreakdown) breakdown!: RatingBreakdown;
}

@ObjectType({ description: 'A move of a product version: the right it needs, a reason, four eyes.' })
export class ProductTransitionInfo {
  @Field(() => ProductVersionStatus) from!: ProductVersionStatus;
  @Field(() => ProductVersionStatus) to!: ProductVersionStatus;
  @Field(() => String) right!: string;
  @Field(() => Boolean) reasonRequired!: boolean;
  @Field(() => Boolean, { description: 'The mover must not be the version\'s author.' }) fourEyes!: boolean;
}

@ObjectType()
export class ProductStatusCount {
  @Field(() => ProductVersionStatus) status!: ProductVersionStatus;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class ProductWeekQuotes {
  @Field(() => String) productCode!: string;
  @Field(() => String, { description: 'Monday of the week, YYYY-MM-DD.' }) week!: string;
  @Field(() => Int) quotes!: number;
}

@ObjectType({ description: 'The products module\'s key figures.' })
export class ProductsDashboard {
  @Field(() => [ProductStatusCount], { description: 'Product versions by status.' }) byStatus!: ProductStatusCount[];
  @Field(() => [ProductWeekQuotes], { description: 'Offers (saved quotes, TEST ones left out) per product per week, last 8 weeks.' }) quotesPerWeek!: ProductWeekQuotes[];
  @Field(() => Int) offers!: number;
  @Field(() => Int, { description: 'Offers that became policies.' }) converted!: number;
  @Field(() => DecimalScalar, { description: 'converted / offers in percent, two decimals.' }) conversionRate!: string;
  @Field(() => Int) requestsWaiting!: number;
}

@ObjectType({ description: 'A printable offer (PDF, base64) in the client\'s language.' })
export class OfferDocument {
  @Field(() => String) fileName!: string;
  @Field(() => String) contentType!: string;
  @Field(() => String, { description: 'The language it is written in (the client\'s, else the company\'s).' }) language!: string;
  @Field(() => String) title!: string;
  @Field(() => String) base64!: string;
}
