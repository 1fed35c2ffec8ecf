import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import { badField } from '../../core/errors.js';
import { OutboxMessage } from './outbox-message.entity.js';

@Resolver()
export class OutboxResolver {
  @Query(() => [OutboxMessage], { description: "The active company's e-mails and their delivery state." })
  outboxMessages(@Ctx() ctx: RequestContext, @Arg('first', () => Int, { nullable: true }) first: number | null): Promise<OutboxMessage[]> {
    const companyId = ctx.requireCompany();
    const limit = first ?? 50;
    if (limit < 1 || limit > 500) throw badField('first', 'out_of_range', 'Between 1 and 500.');
    return ctx.em.find(OutboxMessage, { companyId }, { orderBy: { createdAt: 'desc' }, limit });
  }
}
