import { Arg, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { PortalRequestContext } from './portal-context.js';
import { beginPortalTotp, confirmPortalTotp, disablePortalTotp } from './portal-totp.service.js';

@ObjectType({ description: 'A new TOTP secret for the authenticator app; inactive until confirmed with a code.' })
export class PortalTotpEnrollment {
  @Field(() => String) secret!: string;
  @Field(() => String) otpauthUrl!: string;
  @Field(() => String) qrCodeDataUrl!: string;
}

/** Security settings (PO-2): TOTP enrolment (portal schema only). */
@Resolver()
export class PortalTotpResolver {
  @Mutation(() => PortalTotpEnrollment, { description: 'Step 1: a new secret (shown as a QR code), not active yet.' })
  portalBeginTotp(@Ctx() ctx: PortalRequestContext): Promise<PortalTotpEnrollment> {
    return beginPortalTotp(ctx);
  }

  @Mutation(() => Boolean, { description: 'Step 2: a code from the app turns the second factor on.' })
  portalConfirmTotp(@Ctx() ctx: PortalRequestContext, @Arg('code', () => String) code: string): Promise<boolean> {
    return confirmPortalTotp(ctx, code);
  }

  @Mutation(() => Boolean, { description: 'Turns the second factor off with a current code from the app.' })
  portalDisableTotp(@Ctx() ctx: PortalRequestContext, @Arg('code', () => String) code: string): Promise<boolean> {
    return disablePortalTotp(ctx, code);
  }
}
