import { Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../core/context.js';
import { baseDashboard } from './dashboard.service.js';

@ObjectType()
export class DayCount {
  @Field(() => String) day!: string;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class BaseDashboard {
  @Field(() => Int) activeUsers!: number;
  @Field(() => Int) inactiveUsers!: number;
  @Field(() => [DayCount]) signInsPerDay!: DayCount[];
  @Field(() => Int, { description: 'Failed sign-ins of this company’s users in the last 30 days.' }) failedSignIns!: number;
  @Field(() => Int) openSupportGrants!: number;
  @Field(() => Int) auditEventsToday!: number;
}

@Resolver()
export class DashboardResolver {
  @Query(() => BaseDashboard)
  baseDashboard(@Ctx() ctx: RequestContext): Promise<BaseDashboard> {
    return baseDashboard(ctx);
  }
}
