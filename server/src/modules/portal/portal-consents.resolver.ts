import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { PortalRequestContext } from './portal-context.js';
import * as consents from './portal-consents.service.js';
import { PortalConsentFormAnswerInput, PortalConsents } from './portal-consents.types.js';

/** Consents in the client area (PO-2, CN-5): history with stamps and PDFs, answers, withdrawal (portal schema only). */
@Resolver()
export class PortalConsentsResolver {
  @Query(() => PortalConsents, { description: "A client's consent forms and stamped records; NOT_FOUND for a client the user's grants do not cover." })
  portalConsents(
    @Ctx() ctx: PortalRequestContext,
    @Arg('clientId', () => ID) clientId: string,
    @Arg('lang', () => String, { nullable: true, description: 'en, it, de, nl or pl; default the client\'s language.' }) lang: string | null,
  ): Promise<PortalConsents> {
    return consents.portalConsents(ctx, clientId, lang);
  }

  @Mutation(() => PortalConsents, { description: 'Answers the current version of one or more forms on-line (channel portal): stamped, chained, its PDF e-mailed.' })
  async portalGiveConsents(
    @Ctx() ctx: PortalRequestContext,
    @Arg('clientId', () => ID) clientId: string,
    @Arg('forms', () => [PortalConsentFormAnswerInput]) forms: PortalConsentFormAnswerInput[],
  ): Promise<PortalConsents> {
    await consents.giveConsents(ctx, clientId, forms);
    return consents.portalConsents(ctx, clientId);
  }

  @Mutation(() => PortalConsents, { description: 'Withdraws an accepted consent: a new stamped record answering every clause no.' })
  async portalWithdrawConsent(@Ctx() ctx: PortalRequestContext, @Arg('clientId', () => ID) clientId: string, @Arg('formId', () => ID) formId: string): Promise<PortalConsents> {
    await consents.withdrawPortalConsent(ctx, clientId, formId);
    return consents.portalConsents(ctx, clientId);
  }
}
