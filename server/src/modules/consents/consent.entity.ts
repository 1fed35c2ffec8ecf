import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { Tenant, TenantEntity } from '../../core/tenant.js';
import { ConsentChannel, ConsentDecision, ConsentFormKind, ConsentGivenBy, ConsentRecordKind, ConsentVersionStatus } from './consent.enums.js';

/** Texts per language: `{ en: '…', it: '…' }`. */
export type Texts = Partial<Record<string, string>>;

/** A clause of a form version, answered yes or no (never pre-ticked). */
export interface ClauseData {
  key: string;
  required: boolean;
  text: Texts;
}

/** A consent form of the company (CN-1): its versions are `ConsentFormVersion`s. */
@ObjectType({ description: 'A consent form of the company; its texts live in its versions.' })
@Tenant()
@Entity({ tableName: 'consent_form' })
export class ConsentForm extends TenantEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'Unique in the company: capitals, digits, - and _.' })
  @Property({ type: 'string' })
  code!: string;

  @Field(() => ConsentFormKind)
  @Property({ type: 'string' })
  kind!: ConsentFormKind;

  @Field(() => Boolean, { description: 'A retired form asks nothing any more; its records stay.' })
  @Property({ type: 'boolean' })
  retired: boolean = false;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/**
 * A version of a form: a draft (at most one per form) or published (numbered, hashed by the database
 * at publish, and never changed again — a trigger refuses it).
 */
@ObjectType({ description: 'A version of a consent form: a draft, or published (immutable, with its text hash).' })
@Tenant()
@Entity({ tableName: 'consent_form_version' })
export class ConsentFormVersion extends TenantEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID)
  @Property({ type: 'uuid' })
  formId!: string;

  @Field(() => ConsentVersionStatus)
  @Property({ type: 'string' })
  status: ConsentVersionStatus = ConsentVersionStatus.DRAFT;

  @Field(() => Int, { nullable: true, description: 'Null while a draft.' })
  @Property({ type: 'integer', nullable: true })
  version?: number | null;

  @Property({ type: 'json' })
  title!: Texts;

  @Property({ type: 'json' })
  body!: Texts;

  @Property({ type: 'json' })
  clauses: ClauseData[] = [];

  @Field(() => String, { nullable: true, description: 'sha256 of the canonical title, text and clauses (computed by the database at publish).' })
  @Property({ type: 'string', nullable: true })
  textHash?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  publishedAt?: Date | null;

  @Property({ type: 'uuid', nullable: true })
  publishedBy?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/**
 * A client's answer to (or the delivery of) a form version (CN-3). Written only by raw SQL insert
 * (consent-record.store.ts): the database sets seq, stamp, text hash and the chain; nothing updates it.
 */
@ObjectType({ description: 'An acceptance, refusal, withdrawal or delivery record: immutable, chained per client.' })
@Tenant()
@Entity({ tableName: 'consent_record', readonly: true })
export class ConsentRecord extends TenantEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  clientId!: string;

  @Field(() => Int, { description: "Position in the client's chain (1 = first)." })
  @Property({ type: 'integer' })
  seq!: number;

  @Field(() => ConsentRecordKind)
  @Property({ type: 'string' })
  kind!: ConsentRecordKind;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  formId!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  formVersionId!: string;

  @Field(() => String, { description: "The answered version's text hash." })
  @Property({ type: 'string' })
  textHash!: string;

  @Field(() => ConsentDecision)
  @Property({ type: 'string' })
  decision!: ConsentDecision;

  @Property({ type: 'json' })
  answers!: Record<string, boolean>;

  @Field(() => ConsentChannel)
  @Property({ type: 'string' })
  channel!: ConsentChannel;

  @Field(() => ID, { nullable: true, description: 'The signed scan (channel PAPER).' })
  @Property({ type: 'uuid', nullable: true })
  paperDocumentId?: string | null;

  @Field(() => ConsentGivenBy)
  @Property({ type: 'string' })
  givenBy!: ConsentGivenBy;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  staffUserId?: string | null;

  @Field(() => String, { nullable: true, description: 'The staff user who recorded it on the client\'s behalf.' })
  @Property({ type: 'string', nullable: true })
  staffName?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  ip?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  userAgent?: string | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  sessionId?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  recordedAt!: Date;

  @Field(() => String, { description: "dd/mm/yy/hh/mm/ss in the company's time zone." })
  @Property({ type: 'string' })
  stamp!: string;

  @Field(() => [String], { description: 'The e-mail addresses the record was sent to.' })
  @Property({ type: 'string[]' })
  sentTo: string[] = [];

  @Field(() => String)
  @Property({ type: 'string' })
  prevHash!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  hash!: string;
}

/** A PDF (client document, category consent) of a record. */
@Tenant()
@Entity({ tableName: 'consent_record_document' })
export class ConsentRecordDocument extends TenantEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  recordId!: string;

  @Property({ type: 'uuid' })
  documentId!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

/** An e-mail (outbox message) a record was sent with: its delivery attaches the record's PDF. */
@Tenant()
@Entity({ tableName: 'consent_record_mail' })
export class ConsentRecordMail extends TenantEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  recordId!: string;

  @Property({ type: 'uuid' })
  outboxMessageId!: string;
}

/**
 * CN-6: the date agreed with a client from which the consent timeline is shown ("from the start of the
 * relationship, or from an agreed date"). One per client; the records before it stay in the chain.
 */
@ObjectType({ description: "The date agreed with the client from which the consent timeline is shown (CN-6); the records before it stay in the chain, verified." })
@Tenant()
@Entity({ tableName: 'consent_timeline_start' })
export class ConsentTimelineStart extends TenantEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID)
  @Property({ type: 'uuid' })
  clientId!: string;

  @Field(() => String, { description: 'YYYY-MM-DD, a day in the company\'s time zone: the timeline shows the records from this day on.' })
  @Property({ type: 'date' })
  agreedFrom!: string;

  @Field(() => String, { nullable: true, description: 'How or why the date was agreed.' })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Property({ type: 'uuid', nullable: true })
  setById?: string | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
