import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { Tenant, TenantEntity } from '../../core/tenant.js';
import { Client } from '../clients/client.entity.js';
import { Policy } from '../policies/policy.entity.js';
import { DecimalScalar } from '../policies/money.js';
import { Answer } from './product-design.types.js';
import { Product, ProductVersion } from './product.entity.js';
import { OfferStatus, QuoteRequestStatus } from './product.enums.js';
import { QuoteWebsite } from './quote-website.entity.js';
import type { Breakdown } from './rating.js';

/** A request for a quote: a queue item for staff with the answers, a handler, answered with offers. */
@ObjectType({ description: 'A request for a quote, waiting for staff to answer it with offers.' })
@Tenant()
@Entity({ tableName: 'quote_request' })
export class QuoteRequest extends TenantEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Product, { ref: true, deleteRule: 'no action', updateRule: 'no action' })
  product!: Ref<Product>;

  @ManyToOne(() => Client, { ref: true, nullable: true, deleteRule: 'no action', updateRule: 'no action' })
  client?: Ref<Client> | null;

  @Field(() => String)
  @Property({ type: 'text' })
  requesterName!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  requesterEmail!: string;

  @Field(() => [Answer])
  @Property({ type: 'json', columnType: 'jsonb' })
  answers!: Answer[];

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Field(() => QuoteRequestStatus)
  @Property({ type: 'string' })
  status: QuoteRequestStatus = QuoteRequestStatus.WAITING;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  handlerId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  createdBy?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  answeredAt?: Date | null;

  /** The website the request was sent from (the embeddable form); null for staff's own requests. */
  @ManyToOne(() => QuoteWebsite, { ref: true, nullable: true, deleteRule: 'no action', updateRule: 'no action' })
  website?: Ref<QuoteWebsite> | null;

  @Field(() => ID, { nullable: true, description: 'The producer / sub-agent the request is attributed to (its website\'s).' })
  @Property({ type: 'uuid', nullable: true })
  producerId?: string | null;

  /** The privacy-notice consent given on the website (public-quote.service.ts): what was shown, when, from where. */
  @Property({ type: 'json', columnType: 'jsonb', nullable: true })
  consent?: WebConsent | null;

  /** The client's portal account that sent the request (PO-4, migration 0033); null for staff's and the website's requests. */
  @Property({ type: 'uuid', nullable: true })
  portalUserId?: string | null;

  /** What the client confirmed on the portal before sending: its card's data and its consent records with their stamps. */
  @Property({ type: 'json', columnType: 'jsonb', nullable: true })
  portalConfirmation?: PortalQuoteConfirmation | null;
}

/** The client's confirmation on the portal (PO-4): when, and the consent records it saw with their stamps. */
export interface PortalQuoteConfirmation {
  confirmedAt: string;
  dataConfirmed: true;
  consents: Array<{ recordId: string; formCode: string; version: number; decision: string; stamp: string }>;
}

/** The consent a visitor gave on a website's form: the text shown in the visitor's language, its version, the notice, time, address. */
export interface WebConsent {
  version: string;
  text: string;
  url: string;
  locale: string;
  acceptedAt: string;
  ip: string | null;
}

/** A rating saved on a client (CL-4): the version it was rated with, the answers, the breakdown, validity. */
@ObjectType({ description: 'An offer: a rating saved on a client, valid for a period; TEST offers never become policies.' })
@Tenant()
@Entity({ tableName: 'product_offer' })
export class ProductOffer extends TenantEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Client, { ref: true, deleteRule: 'no action', updateRule: 'no action' })
  client!: Ref<Client>;

  @ManyToOne(() => ProductVersion, { ref: true, deleteRule: 'no action', updateRule: 'no action' })
  version!: Ref<ProductVersion>;

  @ManyToOne(() => QuoteRequest, { ref: true, nullable: true, deleteRule: 'no action', updateRule: 'no action' })
  request?: Ref<QuoteRequest> | null;

  @ManyToOne(() => Policy, { ref: true, nullable: true, deleteRule: 'no action', updateRule: 'no action' })
  policy?: Ref<Policy> | null;

  @Field(() => OfferStatus)
  @Property({ type: 'string' })
  status: OfferStatus = OfferStatus.OFFERED;

  @Field(() => Boolean, { description: 'Rated on a version in test mode: marked TEST, never a policy.' })
  @Property({ type: 'boolean' })
  test!: boolean;

  @Field(() => [Answer])
  @Property({ type: 'json', columnType: 'jsonb' })
  answers!: Answer[];

  /** GraphQL field in offer-fields.resolver.ts */
  @Property({ type: 'json', columnType: 'jsonb' })
  breakdown!: Breakdown;

  @Field(() => DecimalScalar)
  @Property({ type: 'decimal', columnType: 'numeric(14,2)' })
  premiumNet!: string;

  @Field(() => DecimalScalar)
  @Property({ type: 'decimal', columnType: 'numeric(14,2)' })
  premiumTaxes!: string;

  @Field(() => DecimalScalar)
  @Property({ type: 'decimal', columnType: 'numeric(14,2)' })
  premiumGross!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Property({ type: 'date' })
  validFrom!: string;

  @Field(() => String, { description: 'YYYY-MM-DD, last day the offer holds.' })
  @Property({ type: 'date' })
  validUntil!: string;

  @Property({ type: 'uuid', nullable: true })
  createdBy?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
