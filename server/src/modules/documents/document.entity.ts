import { BigIntType, Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { Tenant, TenantEntity } from '../../core/tenant.js';

/**
 * A stored file (DR-1): written to two separate stores, its SHA-256 kept here. The owner is generic
 * (`ownerType` + `ownerId`: a client now, a policy or claim later); `clientId` names the client the
 * document concerns, for legal holds, merges and erasure.
 */
@ObjectType('Document')
@Tenant()
@Entity({ tableName: 'document' })
export class StoredDocument extends TenantEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'string' })
  ownerType!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  ownerId!: string;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  clientId?: string | null;

  @Field(() => String)
  @Property({ type: 'string' })
  category!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  fileName!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  contentType!: string;

  @Field(() => Int)
  @Property({ type: new BigIntType('number') })
  sizeBytes!: number;

  @Field(() => String)
  @Property({ type: 'string', columnType: 'char(64)' })
  sha256!: string;

  @Property({ type: 'string' })
  storageKey!: string;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  uploadedById?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
