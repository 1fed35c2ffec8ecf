import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Company } from '../companies/company.entity.js';
import { User } from '../users/user.entity.js';

export enum LoginStatusEnum {
  SIGNED_IN = 'SIGNED_IN',
  SECOND_FACTOR_REQUIRED = 'SECOND_FACTOR_REQUIRED',
}
registerEnumType(LoginStatusEnum, { name: 'LoginStatus' });

@ObjectType()
export class LoginResult {
  @Field(() => LoginStatusEnum)
  status!: LoginStatusEnum;

  @Field(() => String, { nullable: true, description: 'Bearer token, for API clients that asked for one; browsers get an httpOnly cookie.' })
  token!: string | null;

  @Field(() => Date)
  expiresAt!: Date;
}

@InputType()
export class LoginInput {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  password!: string;

  @Field(() => Boolean, { nullable: true, description: 'Return a bearer token instead of setting a cookie.' })
  bearer?: boolean | null;
}

@ObjectType()
export class TotpEnrollmentResult {
  @Field(() => String)
  secret!: string;

  @Field(() => String)
  otpauthUrl!: string;

  @Field(() => String)
  qrCodeDataUrl!: string;
}

@ObjectType()
export class CompanyAccess {
  @Field(() => Company)
  company!: Company;

  @Field(() => String)
  roleName!: string;

  @Field(() => String, { nullable: true, description: "The template the role was copied from ('support' for the operator's support access): the web app shows a role that keeps its template's name in the reader's language." })
  roleTemplate!: string | null;
}

@ObjectType()
export class Me {
  @Field(() => User)
  user!: User;

  @Field(() => Company, { nullable: true, description: 'The active company.' })
  company!: Company | null;

  @Field(() => [String], { description: 'Rights (module:action) in the active company.' })
  rights!: string[];

  @Field(() => String, { nullable: true })
  roleName!: string | null;

  @Field(() => String, { nullable: true, description: "The template of the role in the active company ('support' for the operator's support access)." })
  roleTemplate!: string | null;

  @Field(() => String)
  channel!: string;

  @Field(() => [CompanyAccess], { description: 'Companies the user can switch to.' })
  companies!: CompanyAccess[];

  @Field(() => Boolean)
  mfaEnrollmentRequired!: boolean;

  @Field(() => Date, { nullable: true, description: 'For the operator under a support grant: when it ends.' })
  supportAccessUntil!: Date | null;
}
