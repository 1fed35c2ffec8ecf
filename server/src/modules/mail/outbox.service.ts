import type { EntityManager } from '@mikro-orm/postgresql';
import { OutboxMessage } from './outbox-message.entity.js';

export interface MailInput {
  companyId?: string | null;
  /** The client the e-mail is for (contact history on the client card). */
  clientId?: string | null;
  to: string;
  subject: string;
  text: string;
  html?: string;
  kind: string;
}

export const DELIVER_TASK = 'deliver_email';
export const MAX_ATTEMPTS = 10;

/**
 * Writes an e-mail to the outbox in the caller's transaction and queues its delivery in the same
 * transaction (graphile-worker's add_job is plain SQL): a rolled-back change sends nothing, a
 * committed one is delivered even if the server dies right after.
 */
export async function enqueueMail(em: EntityManager, input: MailInput): Promise<OutboxMessage> {
  const message = em.create(OutboxMessage, {
    companyId: input.companyId ?? null,
    clientId: input.clientId ?? null,
    to: input.to,
    subject: input.subject,
    text: input.text,
    html: input.html ?? null,
    kind: input.kind,
    status: 'pending',
    attempts: 0,
    createdAt: new Date(),
  });
  await em.flush();
  await em.execute(`select app_queue_job(?, json_build_object('id', ?::text), ?)`, [
    DELIVER_TASK,
    message.id,
    MAX_ATTEMPTS,
  ]);
  return message;
}
