import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import { Logger, run, runMigrations, type Runner, type Task } from 'graphile-worker';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import { OutboxMessage } from './outbox-message.entity.js';
import { DELIVER_TASK, MAX_ATTEMPTS } from './outbox.service.js';
import { attachmentsOf, type MailAttachment } from './mail-attachments.js';

export interface MailSender {
  send(message: OutboxMessage, attachments?: MailAttachment[]): Promise<void>;
}

/** SMTP when SMTP_URL is set; otherwise each message is written as an .eml file (never dropped). */
export function createSender(config: Config, log: (line: string) => void = console.log): MailSender {
  if (config.smtpUrl) {
    const transport: Transporter = nodemailer.createTransport(config.smtpUrl);
    return {
      async send(m, attachments = []) {
        await transport.sendMail({ from: config.mailFrom, to: m.to, subject: m.subject, text: m.text, html: m.html ?? undefined, messageId: `<${m.id}@agency-platform>`, attachments });
      },
    };
  }
  const dir = path.join(config.dataDir, 'mail');
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(m, attachments = []) {
      const info = await transport.sendMail({ from: config.mailFrom, to: m.to, subject: m.subject, text: m.text, html: m.html ?? undefined, attachments });
      mkdirSync(dir, { recursive: true });
      const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${m.id}.eml`);
      writeFileSync(file, info.message as Buffer);
      log(`[mail] to ${m.to}: "${m.subject}" — no SMTP_URL set, saved to ${file}\n${m.text}\n`);
    },
  };
}

/** Delivers one outbox message (with its attachments, see mail-attachments.ts); a failure is recorded on the message and retried with backoff. */
export function deliverTask(orm: MikroORM, sender: MailSender, config?: Config): Task {
  return async (payload, helpers) => {
    const { id } = payload as { id: string };
    // The outbox is under row-level security; the worker reads and updates it as 'system'. A failed
    // delivery is recorded (committed) before the job fails, so graphile-worker retries with backoff.
    const failure = await orm.em.fork().transactional(async (em) => {
      await em.execute(`select set_config('app.system', 'on', true)`);
      const message = await em.findOne(OutboxMessage, { id });
      if (!message || message.status === 'sent') return null;
      message.attempts += 1;
      try {
        await sender.send(message, await attachmentsOf(em, message, config));
        message.status = 'sent';
        message.sentAt = new Date();
        message.lastError = null;
        return null;
      } catch (error) {
        message.lastError = error instanceof Error ? error.message.slice(0, 1000) : String(error);
        message.status = helpers.job.attempts >= MAX_ATTEMPTS ? 'failed' : 'pending';
        return error;
      }
    });
    if (failure) throw failure;
  };
}

/** Warnings and errors only: a failed delivery is recorded on its outbox row as well. */
const quietLogger = new Logger(() => (level, message) => {
  if (level === 'error' || level === 'warning') console.error(`[worker] ${message}`);
});

/** Installs graphile-worker's schema (as the owner). */
export async function migrateQueue(ownerUrl: string): Promise<void> {
  await runMigrations({ connectionString: ownerUrl, logger: quietLogger });
}

/** Other modules' tasks and their schedules (crontab lines), run by the same worker. */
export interface ScheduledJobs {
  tasks: Record<string, Task>;
  crontab: string[];
}

export async function startWorker(orm: MikroORM, ownerUrl: string, sender: MailSender, concurrency = 2, jobs: ScheduledJobs = { tasks: {}, crontab: [] }, config?: Config): Promise<Runner> {
  return run({
    connectionString: ownerUrl,
    concurrency,
    noHandleSignals: true,
    pollInterval: 1000,
    taskList: { [DELIVER_TASK]: deliverTask(orm, sender, config), ...jobs.tasks },
    crontab: jobs.crontab.join('\n'),
    logger: quietLogger,
  });
}
