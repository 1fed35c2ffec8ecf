import { authenticator } from 'otplib';
import QRCode from 'qrcode';
import { badField, conflict } from '../../core/errors.js';
import { encryptSecret } from '../../core/crypto.js';
import { ISSUER, checkTotp } from '../base/auth/totp.service.js';
import type { PortalRequestContext } from './portal-context.js';

/**
 * TOTP enrolment from the portal's security settings, as staff enrol (base/auth/totp.service.ts): a new
 * secret kept encrypted and inactive until a code from the app confirms it (the same `checkTotp`, with
 * its replay protection); from then on sign-in asks for the second factor.
 */
export async function beginPortalTotp(ctx: PortalRequestContext): Promise<{ secret: string; otpauthUrl: string; qrCodeDataUrl: string }> {
  ctx.requireWritable();
  const user = ctx.requirePortalUser();
  if (user.totpEnabled) throw conflict('Two-factor authentication is already on.');
  const secret = authenticator.generateSecret(20);
  user.totpSecret = encryptSecret(secret, ctx.config.secretKey);
  user.totpLastStep = null;
  await ctx.em.flush();
  const otpauthUrl = authenticator.keyuri(user.email, ISSUER, secret);
  return { secret, otpauthUrl, qrCodeDataUrl: await QRCode.toDataURL(otpauthUrl) };
}

export async function confirmPortalTotp(ctx: PortalRequestContext, code: string): Promise<boolean> {
  ctx.requireWritable();
  const user = ctx.requirePortalUser();
  if (user.totpEnabled) throw conflict('Two-factor authentication is already on.');
  if (!user.totpSecret) throw badField('code', 'not_started', 'Start the enrolment first.');
  if (!checkTotp(ctx, user, code ?? '')) throw badField('code', 'invalid_code', 'The code is not valid. Check your authenticator app.');
  user.totpEnabled = true;
  await ctx.em.flush();
  return true;
}

/** The security page turns the second factor off with a current code from the app (proof the person holds it), as staff do. */
export async function disablePortalTotp(ctx: PortalRequestContext, code: string): Promise<boolean> {
  ctx.requireWritable();
  const user = ctx.requirePortalUser();
  if (!user.totpEnabled) throw conflict('Two-factor authentication is off.');
  if (!checkTotp(ctx, user, code ?? '')) throw badField('code', 'invalid_code', 'The code is not valid. Check your authenticator app.');
  user.totpEnabled = false;
  user.totpSecret = null;
  user.totpLastStep = null;
  await ctx.em.flush();
  return true;
}
