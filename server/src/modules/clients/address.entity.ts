import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { Tenant, TenantEntity } from '../../core/tenant.js';
import { AddressKind } from './client.enums.js';
import { Client } from './client.entity.js';

/** Residence, domicile, billing address, risk locations (CL-2). */
@ObjectType('ClientAddress')
@Tenant()
@Entity({ tableName: 'client_address' })
export class ClientAddress extends TenantEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Client, { ref: true, deleteRule: 'no action', updateRule: 'no action' })
  client!: Ref<Client>;

  @Field(() => AddressKind)
  @Property({ type: 'string' })
  kind!: AddressKind;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  label?: string | null;

  @Field(() => String)
  @Property({ type: 'string' })
  line1!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  line2?: string | null;

  @Field(() => String)
  @Property({ type: 'string' })
  postalCode!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  city!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  province?: string | null;

  @Field(() => String)
  @Property({ type: 'string', columnType: 'char(2)' })
  country!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  position: number = 0;
}
