import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../core/context.js';
import { LoginInput, LoginResult, LoginStatusEnum, Me, TotpEnrollmentResult } from './auth.types.js';
import * as auth from './auth.service.js';
import * as totp from './totp.service.js';
import { me } from './me.service.js';
import { UserSession } from './session.entity.js';

@Resolver()
export class AuthResolver {
  @Query(() => Me, { nullable: true, description: 'The signed-in user, or null.' })
  me(@Ctx() ctx: RequestContext): Promise<Me | null> {
    return me(ctx);
  }

  @Mutation(() => LoginResult)
  async login(@Ctx() ctx: RequestContext, @Arg('input', () => LoginInput) input: LoginInput): Promise<LoginResult> {
    const r = await auth.login(ctx, input);
    return { ...r, status: r.status as LoginStatusEnum };
  }

  @Mutation(() => LoginResult, { description: 'Second step of sign-in: a TOTP code or a recovery code.' })
  async verifySecondFactor(@Ctx() ctx: RequestContext, @Arg('code', () => String) code: string): Promise<LoginResult> {
    const r = await auth.completeSecondFactor(ctx, code);
    return { ...r, status: r.status as LoginStatusEnum };
  }

  @Mutation(() => Boolean)
  logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    return auth.logout(ctx);
  }

  @Mutation(() => Int, { description: 'Ends every session of the user, this one included; returns how many.' })
  logoutEverywhere(@Ctx() ctx: RequestContext): Promise<number> {
    return auth.logoutEverywhere(ctx);
  }

  @Query(() => [UserSession])
  mySessions(@Ctx() ctx: RequestContext): Promise<UserSession[]> {
    return auth.activeSessions(ctx);
  }

  @Mutation(() => Boolean)
  revokeSession(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return auth.revokeSession(ctx, id);
  }

  @Mutation(() => Me)
  async switchCompany(@Ctx() ctx: RequestContext, @Arg('companyId', () => ID) companyId: string): Promise<Me> {
    await auth.switchCompany(ctx, companyId);
    return (await me(ctx))!;
  }

  @Mutation(() => Boolean, { description: 'Always true: whether the address is known is not told.' })
  requestPasswordReset(@Ctx() ctx: RequestContext, @Arg('email', () => String) email: string): Promise<boolean> {
    return auth.requestPasswordReset(ctx, email);
  }

  @Mutation(() => Boolean)
  resetPassword(@Ctx() ctx: RequestContext, @Arg('token', () => String) token: string, @Arg('newPassword', () => String) newPassword: string): Promise<boolean> {
    return auth.resetPassword(ctx, token, newPassword);
  }

  @Mutation(() => Boolean)
  changePassword(@Ctx() ctx: RequestContext, @Arg('currentPassword', () => String) currentPassword: string, @Arg('newPassword', () => String) newPassword: string): Promise<boolean> {
    return auth.changePassword(ctx, currentPassword, newPassword);
  }

  @Mutation(() => TotpEnrollmentResult)
  beginTotpEnrollment(@Ctx() ctx: RequestContext): Promise<TotpEnrollmentResult> {
    return totp.beginEnrollment(ctx);
  }

  @Mutation(() => [String], { description: 'Turns the second factor on; returns the recovery codes, shown once.' })
  confirmTotpEnrollment(@Ctx() ctx: RequestContext, @Arg('code', () => String) code: string): Promise<string[]> {
    return totp.confirmEnrollment(ctx, code);
  }

  @Mutation(() => [String])
  regenerateRecoveryCodes(@Ctx() ctx: RequestContext, @Arg('code', () => String) code: string): Promise<string[]> {
    return totp.regenerateRecoveryCodes(ctx, code);
  }

  @Mutation(() => Boolean)
  disableTotp(@Ctx() ctx: RequestContext, @Arg('code', () => String) code: string): Promise<boolean> {
    return totp.disableTotp(ctx, code);
  }
}


@Resolver(() => UserSession)
export class SessionFieldsResolver {
  @FieldResolver(() => Boolean, { description: 'Whether this is the session making the request ("this device").' })
  current(@Root() session: UserSession, @Ctx() ctx: RequestContext): boolean {
    return session.id === ctx.session?.id;
  }
}
