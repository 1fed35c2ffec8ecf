import { Arg, Ctx, Field, ID, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../core/context.js';
import { AuditEvent } from './audit-event.entity.js';
import * as audit from './audit.service.js';

@InputType()
export class AuditFilterInput {
  @Field(() => ID, { nullable: true }) userId?: string | null;
  @Field(() => String, { nullable: true }) entityType?: string | null;
  @Field(() => String, { nullable: true }) entityId?: string | null;
  @Field(() => String, { nullable: true }) action?: string | null;
  @Field(() => String, { nullable: true }) channel?: string | null;
  @Field(() => Date, { nullable: true }) from?: Date | null;
  @Field(() => Date, { nullable: true }) to?: Date | null;
}

@ObjectType()
export class AuditEventPage {
  @Field(() => [AuditEvent]) nodes!: AuditEvent[];
  @Field(() => Int) totalCount!: number;
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ObjectType()
export class AuditChainVerification {
  @Field(() => Boolean) ok!: boolean;
  @Field(() => Int) checked!: number;
  @Field(() => String, { nullable: true }) firstBrokenSeq!: string | null;
  @Field(() => String, { nullable: true }) problem!: string | null;
}

@Resolver()
export class AuditResolver {
  @Query(() => AuditEventPage)
  auditEvents(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => AuditFilterInput, { nullable: true }) filter: AuditFilterInput | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<AuditEventPage> {
    return audit.auditEvents(ctx, filter ?? {}, first ?? 50, after);
  }

  @Query(() => AuditChainVerification)
  verifyAuditChain(@Ctx() ctx: RequestContext): Promise<AuditChainVerification> {
    return audit.verifyAuditChain(ctx);
  }

  @Query(() => String, { description: 'The filtered audit trail as CSV.' })
  exportAuditCsv(@Ctx() ctx: RequestContext, @Arg('filter', () => AuditFilterInput, { nullable: true }) filter: AuditFilterInput | null): Promise<string> {
    return audit.exportAuditCsv(ctx, filter ?? {});
  }
}
