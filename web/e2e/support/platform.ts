import { createServer, type AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
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

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export interface Mailbox {
  url: string;
  received: ParsedMail[];
  /** The first e-mail to `address` that arrived after the first `after` ones. */
  waitFor(address: string, after?: number, timeoutMs?: number): Promise<ParsedMail>;
  close(): Promise<void>;
}

/** A real SMTP server in the test process: the platform's outbox worker delivers to it. */
export async function startMailbox(): Promise<Mailbox> {
  const received: ParsedMail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const { port } = smtp.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    async waitFor(address, after = 0, timeoutMs = 20_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const found = received.slice(after).find((m) => (Array.isArray(m.to) ? m.to : [m.to]).some((to) => to?.value.some((v) => v.address === address)));
        if (found) return found;
        if (Date.now() > until) throw new Error(`no e-mail to ${address} arrived at the SMTP server`);
        await new Promise((r) => setTimeout(r, 150));
      }
    },
    close: () => new Promise<void>((resolve) => smtp.close(() => resolve())),
  };
}

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
