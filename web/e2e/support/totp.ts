import { authenticator } from 'otplib';
import { demo } from '../../../server/test/harness.js';

const usedStep = new Map<string, number>();
const step = () => Math.floor(Date.now() / 30_000);

/**
 * Waits until `email` may use a new TOTP code: the server refuses a code of a time step already used
 * by that account (replay protection), so a second sign-in within the same 30 s waits for the next step.
 */
export async function totpSlot(email: string): Promise<void> {
  const last = usedStep.get(email);
  while (last !== undefined && step() <= last) await new Promise((r) => setTimeout(r, 500));
  usedStep.set(email, step());
}

/** A fresh code of the demo secret (or `secret`) for `email`. */
export async function totpFor(email: string, secret = demo.totpSecret): Promise<string> {
  await totpSlot(email);
  return authenticator.generate(secret);
}
