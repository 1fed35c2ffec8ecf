import { Arg, Ctx, Field, ID, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../core/context.js';
import { SupportGrant } from './support-grant.entity.js';
import * as support from './support.service.js';

@InputType()
export class GrantSupportAccessInput {
  @Field(() => Int, { description: 'How long, 1–72 hours.' })
  hours!: number;

  @Field(() => String)
  reason!: string;

  @Field(() => String, { description: "A current code from the administrator's authenticator app." })
  totpCode!: string;
}

@Resolver()
export class SupportResolver {
  @Query(() => [SupportGrant])
  supportGrants(@Ctx() ctx: RequestContext): Promise<SupportGrant[]> {
    return support.supportGrants(ctx);
  }

  @Mutation(() => SupportGrant)
  grantSupportAccess(@Ctx() ctx: RequestContext, @Arg('input', () => GrantSupportAccessInput) input: GrantSupportAccessInput): Promise<SupportGrant> {
    return support.grantSupportAccess(ctx, input);
  }

  @Mutation(() => SupportGrant)
  revokeSupportAccess(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<SupportGrant> {
    return support.revokeSupportAccess(ctx, id);
  }
}
