import { Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import { DecimalScalar } from './money.js';
import { policiesDashboard } from './policies-dashboard.service.js';

@ObjectType({ description: 'Policies in force of one line of business or one insurer.' })
export class PortfolioGroup {
  @Field(() => String, { description: 'The line code (e.g. motor_liability) or the insurer id.' }) key!: string;
  @Field(() => String) name!: string;
  @Field(() => Int) count!: number;
  @Field(() => DecimalScalar) premiumGross!: string;
}

@ObjectType()
export class PolicyMonthFigure {
  @Field(() => String, { description: 'YYYY-MM' }) month!: string;
  @Field(() => Int) count!: number;
  @Field(() => DecimalScalar) premiumGross!: string;
}

@ObjectType({ description: "The policies module's key figures (BASE-8), current when asked." })
export class PoliciesDashboard {
  @Field(() => Int, { description: 'Policies in force today (policy, own, foreign, foreign_part; cover includes today).' }) inForce!: number;
  @Field(() => DecimalScalar) inForceGross!: string;
  @Field(() => [PortfolioGroup], { description: 'Every line of business, with its policies in force.' }) byLine!: PortfolioGroup[];
  @Field(() => [PortfolioGroup], { description: 'Insurers with policies in force.' }) byInsurer!: PortfolioGroup[];
  @Field(() => Int, { description: 'Policies in force whose cover ends within 30 days.' }) renewalsDue30!: number;
  @Field(() => Int) renewalsDue60!: number;
  @Field(() => Int) renewalsDue90!: number;
  @Field(() => [PolicyMonthFigure], { description: 'Own new contracts (no requests, offers, applications) per month of issue, last 12 months.' }) newBusinessPerMonth!: PolicyMonthFigure[];
  @Field(() => Int, { description: 'Cancelled policies whose cover ran in the last 12 months.' }) lapsed!: number;
  @Field(() => Int, { description: 'Contracts whose cover ran in the last 12 months.' }) lapseBase!: number;
  @Field(() => DecimalScalar, { description: 'lapsed / lapseBase in percent, two decimals.' }) lapseRate!: string;
}

@Resolver()
export class PoliciesDashboardResolver {
  @Query(() => PoliciesDashboard, { description: "The policies module's dashboard (policies:view)." })
  policiesDashboard(@Ctx() ctx: RequestContext): Promise<PoliciesDashboard> {
    return policiesDashboard(ctx);
  }
}
