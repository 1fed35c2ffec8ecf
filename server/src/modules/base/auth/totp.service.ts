import { authenticator } from 'otplib';
import QRCode from 'qrcode';
import { randomBytes } from 'node:crypto';
import type { RequestContext } from '../../../core/context.js';
import { badField, conflict, forbidden } from '../../../core/errors.js';
import { decryptSecret, encryptSecret, sha256 } from '../../../core/crypto.js';
import type { User } from '../users/user.entity.js';
import { UserSession } from './session.entity.js';

/** RFC 6238 TOTP: SHA-1, 6 digits, 30-second steps; one step of clock drift either way. */
authenticator.options = { window: 1, step: 30, digits: 6 };

export const ISSUER = 'Agency Platform';
const RECOVERY_CODES = 10;

export interface TotpEnrollment {
  secret: string;
  otpauthUrl: string;
  qrCodeDataUrl: string;
}

function newRecoveryCode(): string {
  const raw = randomBytes(8).toString('hex');
  return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8, 12)}-${raw.slice(12)}`;
}

function normalizeRecovery(code: string): string {
  return code.trim().toLowerCase().replace(/[^0-9a-f]/g, '');
}

/** Whoever holds a second factor: a staff user, a portal user. */
export interface TotpHolder {
  totpSecret?: string | null;
  totpLastStep?: string | null;
}

/**
 * A current TOTP code of the user, never one already used: the accepted time step is remembered and
 * only later steps pass (RFC 6238 §5.2), so a code seen over a shoulder or in a log is worth nothing.
 */
export function checkTotp(ctx: { config: { secretKey: string } }, user: TotpHolder, code: string): boolean {
  if (!user.totpSecret || !/^\d{6}$/.test(code.trim())) return false;
  const delta = authenticator.checkDelta(code.trim(), decryptSecret(user.totpSecret, ctx.config.secretKey));
  if (delta === null) return false;
  const step = Math.floor(Date.now() / 1000 / 30) + delta;
  if (user.totpLastStep !== null && user.totpLastStep !== undefined && step <= Number(user.totpLastStep)) return false;
  user.totpLastStep = String(step);
  return true;
}

/** A TOTP code, or a recovery code (used once). Returns the method used, or null. */
export function verifySecondFactor(ctx: RequestContext, user: User, code: string): 'totp' | 'recovery_code' | null {
  if (checkTotp(ctx, user, code)) return 'totp';
  const hash = sha256(normalizeRecovery(code));
  const index = user.recoveryCodes.indexOf(hash);
  if (index >= 0 && normalizeRecovery(code).length === 16) {
    user.recoveryCodes = user.recoveryCodes.filter((_, i) => i !== index);
    return 'recovery_code';
  }
  return null;
}

/** Step 1 of enrollment: a new secret, shown as a QR code; not active until confirmed. */
export async function beginEnrollment(ctx: RequestContext): Promise<TotpEnrollment> {
  const user = ctx.requireUser();
  if (user.totpEnabled) throw conflict('Two-factor authentication is already on.');
  const secret = authenticator.generateSecret(20);
  user.totpSecret = encryptSecret(secret, ctx.config.secretKey);
  await ctx.em.flush();
  const otpauthUrl = authenticator.keyuri(user.email, ISSUER, secret);
  return { secret, otpauthUrl, qrCodeDataUrl: await QRCode.toDataURL(otpauthUrl) };
}

function issueRecoveryCodes(user: User): string[] {
  const codes = Array.from({ length: RECOVERY_CODES }, newRecoveryCode);
  user.recoveryCodes = codes.map((c) => sha256(normalizeRecovery(c)));
  return codes;
}

/** Step 2: a code from the app turns the factor on and returns the recovery codes, shown once. */
export async function confirmEnrollment(ctx: RequestContext, code: string): Promise<string[]> {
  const user = ctx.requireUser();
  if (user.totpEnabled) throw conflict('Two-factor authentication is already on.');
  if (!user.totpSecret) throw badField('code', 'not_started', 'Start the enrollment first.');
  if (!checkTotp(ctx, user, code)) throw badField('code', 'invalid_code', 'The code is not valid. Check your authenticator app.');
  user.totpEnabled = true;
  const codes = issueRecoveryCodes(user);
  ctx.mfaEnrollmentRequired = false;
  await ctx.em.flush();
  return codes;
}

export async function regenerateRecoveryCodes(ctx: RequestContext, code: string): Promise<string[]> {
  const user = ctx.requireUser();
  if (!checkTotp(ctx, user, code)) throw badField('code', 'invalid_code', 'The code is not valid. Check your authenticator app.');
  const codes = issueRecoveryCodes(user);
  await ctx.em.flush();
  return codes;
}

/** Turning the factor off is refused where it is mandatory (administrators, the operator). */
export async function disableTotp(ctx: RequestContext, code: string): Promise<boolean> {
  const user = ctx.requireUser();
  if (user.isOperator || ctx.can('base:edit')) throw forbidden('Two-factor authentication is mandatory for administrators.');
  if (!checkTotp(ctx, user, code)) throw badField('code', 'invalid_code', 'The code is not valid. Check your authenticator app.');
  clearTotp(user);
  await ctx.em.flush();
  return true;
}

export function clearTotp(user: User): void {
  user.totpEnabled = false;
  user.totpSecret = null;
  user.recoveryCodes = [];
  user.totpLastStep = null;
}

/** An administrator resets a member's second factor (lost phone): the member's sessions end. */
export async function resetMemberTotp(ctx: RequestContext, user: User): Promise<void> {
  clearTotp(user);
  await ctx.em.nativeUpdate(UserSession, { user: user.id, revokedAt: null }, { revokedAt: new Date() });
  await ctx.em.flush();
}
