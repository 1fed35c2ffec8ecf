import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { Tenant, TenantEntity } from '../../core/tenant.js';
import { ServiceEntryKind } from './client.enums.js';
import { Client } from './client.entity.js';

/** A service entry on the card (CL-4): note, complaint, event, call, vehicle sold. */
@ObjectType('ServiceEntry')
@Tenant()
@Entity({ tableName: 'client_service_entry' })
export class ServiceEntry extends TenantEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Client, { ref: true, deleteRule: 'no action', updateRule: 'no action' })
  client!: Ref<Client>;

  @Field(() => ServiceEntryKind)
  @Property({ type: 'string' })
  kind!: ServiceEntryKind;

  @Field(() => String)
  @Property({ type: 'string' })
  subject!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  body?: string | null;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Property({ type: 'date' })
  occurredOn!: string;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  createdById?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'Set when the text was removed by a GDPR erasure.' })
  @Property({ type: 'datetime', nullable: true })
  redactedAt?: Date | null;
}
