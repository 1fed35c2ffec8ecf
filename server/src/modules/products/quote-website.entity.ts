import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { Tenant, TenantEntity } from '../../core/tenant.js';

/**
 * A website the embeddable quote form runs on (PR-3): the origins it may be used from, the producer
 * (sub-agent) its quote requests are attributed to, the privacy notice and the public key the
 * snippet names. Managed by staff with products:edit (quote-website.service.ts).
 */
@ObjectType({ description: 'A website of the agency or a sub-agent where the embeddable quote form runs.' })
@Tenant()
@Entity({ tableName: 'quote_website' })
export class QuoteWebsite extends TenantEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { description: 'What the snippet names (data-key); not a secret: the origins decide who may use it.' })
  @Property({ type: 'text' })
  publicKey!: string;

  @Field(() => [String], { description: 'Origins (scheme://host[:port]) the form may be used from.' })
  @Property({ type: 'json', columnType: 'jsonb' })
  origins!: string[];

  @Field(() => ID, { nullable: true, description: 'The producer / sub-agent (a user of the company) the requests are attributed to.' })
  @Property({ type: 'uuid', nullable: true })
  producerId?: string | null;

  @Field(() => String)
  @Property({ type: 'text' })
  privacyNoticeUrl!: string;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  active: boolean = true;

  @Property({ type: 'uuid', nullable: true })
  createdBy?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

@InputType({ description: 'A website of the quote form: name, allowed origins, producer, privacy notice, active.' })
export class QuoteWebsiteInput {
  @Field(() => String) name!: string;
  @Field(() => [String]) origins!: string[];
  @Field(() => ID, { nullable: true }) producerId?: string | null;
  @Field(() => String) privacyNoticeUrl!: string;
  @Field(() => Boolean, { nullable: true, description: 'Default true; false stops the form on that website.' }) active?: boolean | null;
}
