import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ROLE_TEMPLATES, actionsOf, MODULES, type RoleTemplateKey } from '@agency/shared';
import { raw } from '@mikro-orm/core';
import type { RequestContext } from '../../../core/context.js';
import { Role } from './role.entity.js';
import { Membership } from '../users/membership.entity.js';
import * as roles from './roles.service.js';

@InputType()
export class RoleInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [String])
  rights!: string[];
}

@ObjectType()
export class RoleTemplate {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [String])
  rights!: string[];
}

@ObjectType()
export class RightsModule {
  @Field(() => String)
  module!: string;

  @Field(() => [String])
  actions!: string[];
}

@Resolver(() => Role)
export class RolesResolver {
  @Query(() => [Role])
  roles(@Ctx() ctx: RequestContext): Promise<Role[]> {
    return roles.roles(ctx);
  }

  @Query(() => Role)
  role(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Role> {
    return roles.role(ctx, id);
  }

  @Query(() => [RoleTemplate], { description: 'Built-in role templates a company can copy.' })
  roleTemplates(): RoleTemplate[] {
    return (Object.keys(ROLE_TEMPLATES) as RoleTemplateKey[]).map((key) => ({ key, name: roles.TEMPLATE_NAMES[key], rights: ROLE_TEMPLATES[key] }));
  }

  @Query(() => [RightsModule], { description: 'The rights catalogue: modules and their actions.' })
  rightsCatalogue(): RightsModule[] {
    return MODULES.map((module) => ({ module, actions: actionsOf(module) }));
  }

  @Mutation(() => Role)
  createRole(@Ctx() ctx: RequestContext, @Arg('input', () => RoleInput) input: RoleInput): Promise<Role> {
    return roles.createRole(ctx, input);
  }

  @Mutation(() => Role)
  copyRoleTemplate(@Ctx() ctx: RequestContext, @Arg('template', () => String) template: string, @Arg('name', () => String) name: string): Promise<Role> {
    return roles.copyRoleTemplate(ctx, template, name);
  }

  @Mutation(() => Role)
  updateRole(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => RoleInput) input: RoleInput): Promise<Role> {
    return roles.updateRole(ctx, id, input);
  }

  @Mutation(() => Boolean)
  deleteRole(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return roles.deleteRole(ctx, id);
  }

  @FieldResolver(() => Int)
  memberCount(@Root() role: Role, @Ctx() ctx: RequestContext): Promise<number> {
    return ctx.loaders
      .custom<number>('roleMemberCount', async (ids) => {
        const rows = await ctx.em
          .createQueryBuilder(Membership, 'm')
          .select(['m.role', raw('count(*) as n')])
          .where({ role: { $in: [...ids] } })
          .groupBy('m.role')
          .execute<Array<{ role: string; n: string }>>();
        const map = new Map(rows.map((r) => [r.role, Number(r.n)]));
        return ids.map((id) => map.get(id) ?? 0);
      })
      .load(role.id);
  }
}
