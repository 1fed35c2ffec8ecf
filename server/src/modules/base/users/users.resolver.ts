import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../core/context.js';
import { Membership } from './membership.entity.js';
import { User } from './user.entity.js';
import { Role } from '../roles/role.entity.js';
import * as users from './users.service.js';

@InputType()
export class InviteUserInput {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => ID)
  roleId!: string;

  @Field(() => String, { nullable: true })
  locale?: string | null;
}

@InputType()
export class UpdateMembershipInput {
  @Field(() => ID, { nullable: true })
  roleId?: string | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

@Resolver(() => Membership)
export class UsersResolver {
  @Query(() => [Membership], { description: "The active company's users." })
  users(@Ctx() ctx: RequestContext): Promise<Membership[]> {
    return users.members(ctx);
  }

  @Query(() => Membership)
  userMembership(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Membership> {
    return users.member(ctx, id);
  }

  @Mutation(() => Membership)
  inviteUser(@Ctx() ctx: RequestContext, @Arg('input', () => InviteUserInput) input: InviteUserInput): Promise<Membership> {
    return users.inviteUser(ctx, input);
  }

  @Mutation(() => Membership)
  updateMembership(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateMembershipInput) input: UpdateMembershipInput): Promise<Membership> {
    return users.updateMembership(ctx, id, input);
  }

  @Mutation(() => Membership, { description: "Clears a user's second factor (lost phone); their sessions end." })
  resetUserTotp(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Membership> {
    return users.resetUserTotp(ctx, id);
  }

  @FieldResolver(() => User)
  async user(@Root() m: Membership, @Ctx() ctx: RequestContext): Promise<User> {
    return (await ctx.loaders.byId(User).load(m.user.id))!;
  }

  @FieldResolver(() => Role)
  async role(@Root() m: Membership, @Ctx() ctx: RequestContext): Promise<Role> {
    return (await ctx.loaders.byId(Role).load(m.role.id))!;
  }
}
