import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { Tenant, TenantEntity } from '../../core/tenant.js';
import { ContactKind } from './client.enums.js';
import { Client } from './client.entity.js';

/** An e-mail, PEC or phone number (E.164) of a client; one preferred per kind. */
@ObjectType('ClientContact')
@Tenant()
@Entity({ tableName: 'client_contact' })
export class ClientContact extends TenantEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Client, { ref: true, deleteRule: 'no action', updateRule: 'no action' })
  client!: Ref<Client>;

  @Field(() => ContactKind)
  @Property({ type: 'string' })
  kind!: ContactKind;

  @Field(() => String)
  @Property({ type: 'string' })
  value!: string;

  /** Phones: the national significant number's digits, a search term. */
  @Property({ type: 'string', nullable: true })
  nationalNumber?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  label?: string | null;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  preferred: boolean = false;

  @Field(() => Int)
  @Property({ type: 'integer' })
  position: number = 0;
}
