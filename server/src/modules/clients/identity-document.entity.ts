import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { Tenant, TenantEntity } from '../../core/tenant.js';
import { IdentityDocumentType } from './client.enums.js';
import { Client } from './client.entity.js';

/** An identity document (documento di riconoscimento); its scan is a stored document. */
@ObjectType('IdentityDocument')
@Tenant()
@Entity({ tableName: 'client_identity_document' })
export class IdentityDocument extends TenantEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Client, { ref: true, deleteRule: 'no action', updateRule: 'no action' })
  client!: Ref<Client>;

  @Field(() => IdentityDocumentType)
  @Property({ type: 'string' })
  type!: IdentityDocumentType;

  @Field(() => String)
  @Property({ type: 'string' })
  number!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  issuer!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Property({ type: 'date' })
  issueDate!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Property({ type: 'date', nullable: true })
  expiryDate?: string | null;

  @Field(() => ID, { nullable: true, description: 'The stored document holding the scan.' })
  @Property({ type: 'uuid', nullable: true })
  scanDocumentId?: string | null;
}
