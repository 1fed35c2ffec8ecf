import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../core/context.js';
import { Membership } from './membership.entity.js';
import { User } from './user.entity.js';
import { Role } from '../roles/role.entity.js';
import * as users from './users.service.js';
import { listMembers } from './users-list.js';
import { attached } from '../../../core/list-rows.js';

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
    return listMembers(ctx);
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
  user(@Root() m: Membership, @Ctx() ctx: RequestContext): User | Promise<User> {
    const listed = attached<User>(m, 'user');
    if (listed.found) return listed.value;
    return ctx.loaders.byId(User).load(m.user.id).then((u) => u!);
  }

  @FieldResolver(() => Role)
  async role(@Root() m: Membership, @Ctx() ctx: RequestContext): Promise<Role> {
    // a list row holds the role's id (plain rows), an entity a reference
    return (await ctx.loaders.byId(Role).load(typeof m.role === 'string' ? m.role : m.role.id))!;
  }
}
