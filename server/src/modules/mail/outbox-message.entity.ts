import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { randomUUID } from 'node:crypto';

/**
 * An e-mail written in the same transaction as the change that causes it, delivered by the
 * worker. A platform table: `company_id` is set for company mail and null for account mail
 * (password reset), and company views always filter on it.
 */
@ObjectType()
@Entity({ tableName: 'outbox_message' })
export class OutboxMessage {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid', nullable: true })
  companyId?: string | null;

  /** The client the e-mail was sent to, for the card's contact history (CL-4); null for other mail. */
  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  clientId?: string | null;

  @Field(() => String)
  @Property({ type: 'string', fieldName: 'to_address' })
  to!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  subject!: string;

  @Property({ type: 'text', fieldName: 'text_body' })
  text!: string;

  @Property({ type: 'text', fieldName: 'html_body', nullable: true })
  html?: string | null;

  @Field(() => String)
  @Property({ type: 'string' })
  kind!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  status: 'pending' | 'sent' | 'failed' = 'pending';

  @Field(() => Int)
  @Property({ type: 'integer' })
  attempts: number = 0;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  lastError?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  sentAt?: Date | null;
}
