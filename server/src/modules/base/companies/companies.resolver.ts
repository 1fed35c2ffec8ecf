import { Arg, Ctx, Field, InputType, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../core/context.js';
import { Company } from './company.entity.js';
import * as companies from './companies.service.js';

@InputType()
export class CreateCompanyInput {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String) country!: string;
  @Field(() => String) locale!: string;
  @Field(() => String) currency!: string;
  @Field(() => String) adminEmail!: string;
  @Field(() => String) adminName!: string;
}

@Resolver()
export class CompaniesResolver {
  @Query(() => [Company], { description: "The operator's company list." })
  companies(@Ctx() ctx: RequestContext): Promise<Company[]> {
    return companies.companies(ctx);
  }

  @Mutation(() => Company)
  createCompany(@Ctx() ctx: RequestContext, @Arg('input', () => CreateCompanyInput) input: CreateCompanyInput): Promise<Company> {
    return companies.createCompany(ctx, input);
  }
}
