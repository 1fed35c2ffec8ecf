import { freePort } from '../../../server/src/db/embedded.js';
import { loadConfig } from '../../../server/src/config.js';
import { createSender } from '../../../server/src/modules/mail/mail.worker.js';
import { startTestPlatform, type TestPlatform } from '../../../server/test/harness.js';

import { signedIn, type GqlClient } from '../../../server/test/harness.js';
import { totpSlot } from './totp';

export { USERS, PASSWORD, demo, type TestPlatform, type GqlClient } from '../../../server/test/harness.js';

/** An API client signed in as `email` (for test set-up), respecting the one-code-per-step rule. */
export async function apiAs(t: TestPlatform, email: string): Promise<GqlClient> {
  await totpSlot(email);
  return signedIn(t, email);
}


export { startMailbox, type Mailbox } from '../../../server/test/smtp-mailbox.js';

/**
 * The real platform, started as the server tests start it (fresh database in the run's embedded
 * PostgreSQL, demo data), serving the built web app (web/dist) on a known port so that e-mailed
 * links point at it.
 */
export async function startE2EPlatform(options: { smtpUrl?: string } = {}): Promise<TestPlatform> {
  const port = await freePort();
  const env: Record<string, string> = { PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}` };
  if (options.smtpUrl) env.SMTP_URL = options.smtpUrl;
  const sender = options.smtpUrl ? createSender(loadConfig({ NODE_ENV: 'test', SMTP_URL: options.smtpUrl, SECRET_KEY: 'test-secret', DATA_DIR: '/tmp' }), () => undefined) : undefined;
  return startTestPlatform({ env, sender });
}
