import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import type { OutboxMessage } from './outbox-message.entity.js';

/**
 * Files attached to outgoing e-mail, read when the message is delivered (the outbox keeps no file
 * bytes): a module registers a source for its kind of message (e.g. `consent_record`: the record's
 * PDF from the document stores). The worker calls it in the delivery's transaction.
 */
export interface MailAttachment {
  filename: string;
  content: Buffer;
  contentType: string;
}

export type AttachmentSource = (em: EntityManager, message: OutboxMessage, config: Config) => Promise<MailAttachment[]>;

const sources = new Map<string, AttachmentSource>();

export function registerMailAttachments(kind: string, source: AttachmentSource): void {
  sources.set(kind, source);
}

export async function attachmentsOf(em: EntityManager, message: OutboxMessage, config: Config | undefined): Promise<MailAttachment[]> {
  const source = sources.get(message.kind);
  return source && config ? source(em, message, config) : [];
}
