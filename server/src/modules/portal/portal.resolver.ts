import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { PortalRequestContext } from './portal-context.js';
import * as auth from './portal-auth.service.js';
import * as account from './portal-account.service.js';
import * as home from './portal-home.service.js';
import * as registration from './portal-registration.service.js';
import { reportPortalClaim } from './portal-claims.service.js';
import {
  PortalAcceptInvitationInput,
  PortalAccount,
  PortalClaimInput,
  PortalClaimView,
  PortalContractView,
  PortalHome,
  PortalRegisterInput,
  PortalSignInInput,
  PortalSignInResult,
  PortalSignInStatus,
} from './portal.types.js';

/** The portal's sign-in and account operations (portal schema only). */
@Resolver()
export class PortalAccountResolver {
  @Query(() => PortalAccount, { nullable: true, description: 'The signed-in portal user, or null.' })
  portalMe(@Ctx() ctx: PortalRequestContext): Promise<PortalAccount | null> {
    return account.portalMe(ctx);
  }

  @Mutation(() => PortalSignInResult)
  async portalSignIn(@Ctx() ctx: PortalRequestContext, @Arg('input', () => PortalSignInInput) input: PortalSignInInput): Promise<PortalSignInResult> {
    const r = await auth.portalSignIn(ctx, input);
    return { status: r.status as PortalSignInStatus, token: r.token };
  }

  @Mutation(() => PortalSignInResult, { description: 'Second step of sign-in, when the account has TOTP on.' })
  async portalVerifySecondFactor(@Ctx() ctx: PortalRequestContext, @Arg('code', () => String) code: string): Promise<PortalSignInResult> {
    const r = await auth.portalVerifySecondFactor(ctx, code);
    return { status: r.status as PortalSignInStatus, token: r.token };
  }

  @Mutation(() => Boolean)
  portalSignOut(@Ctx() ctx: PortalRequestContext): Promise<boolean> {
    return auth.portalSignOut(ctx);
  }

  @Mutation(() => Boolean, { description: 'A new client registers (PO-1): the card is a prospect; a link to verify the e-mail address is sent.' })
  portalRegister(@Ctx() ctx: PortalRequestContext, @Arg('input', () => PortalRegisterInput) input: PortalRegisterInput): Promise<boolean> {
    return registration.register(ctx, { ...input, client: { ...input.client } });
  }

  @Mutation(() => PortalSignInResult, {
    description: 'Opens the e-mail verification link (once, within 24 hours) with the password chosen at registration, and signs in. A wrong password is refused on `password` and the link stays usable.',
  })
  async portalVerifyEmail(
    @Ctx() ctx: PortalRequestContext,
    @Arg('token', () => String) token: string,
    @Arg('password', () => String) password: string,
    @Arg('bearer', () => Boolean, { nullable: true }) bearer?: boolean | null,
  ): Promise<PortalSignInResult> {
    const r = await registration.verifyEmail(ctx, token, password, !!bearer);
    return { status: r.status as PortalSignInStatus, token: r.token };
  }

  @Mutation(() => PortalSignInResult, { description: 'Opens an invitation link (once, within 7 days).' })
  portalAcceptInvitation(@Ctx() ctx: PortalRequestContext, @Arg('input', () => PortalAcceptInvitationInput) input: PortalAcceptInvitationInput): Promise<PortalSignInResult> {
    return account.acceptInvitation(ctx, input);
  }
}

/** What the user's grants share (portal schema only). */
@Resolver()
export class PortalHomeResolver {
  @Query(() => PortalHome)
  portalHome(
    @Ctx() ctx: PortalRequestContext,
    @Arg('lang', () => String, { nullable: true, description: "Language of the forms' titles (en, it, de, nl, pl); the account's when absent." }) lang?: string | null,
  ): Promise<PortalHome> {
    return home.portalHome(ctx, lang);
  }

  @Query(() => PortalContractView)
  portalContract(@Ctx() ctx: PortalRequestContext, @Arg('id', () => ID) id: string): Promise<PortalContractView> {
    return home.portalContract(ctx, id);
  }

  @Mutation(() => PortalClaimView, { description: 'Reports a claim, with or without a contract (grants that include claims).' })
  portalReportClaim(@Ctx() ctx: PortalRequestContext, @Arg('input', () => PortalClaimInput) input: PortalClaimInput): Promise<PortalClaimView> {
    return reportPortalClaim(ctx, input);
  }

  @Query(() => PortalClaimView)
  portalClaim(@Ctx() ctx: PortalRequestContext, @Arg('id', () => ID) id: string): Promise<PortalClaimView> {
    return home.portalClaim(ctx, id);
  }
}
