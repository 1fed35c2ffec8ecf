import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { Tenant, TenantEntity } from '../../../core/tenant.js';
import { Client } from '../../clients/client.entity.js';
import { Policy } from '../policy.entity.js';
import { Fuel, VehicleUse } from './vehicle.enums.js';

/** A client's vehicle (PL-2). Its owner and policies are fields resolved in vehicle-fields.resolver.ts. */
@ObjectType({ description: 'A vehicle of a client (owner), owned or sold.' })
@Tenant()
@Entity({ tableName: 'vehicle' })
export class Vehicle extends TenantEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Client, { ref: true, deleteRule: 'no action', updateRule: 'no action' })
  client!: Ref<Client>;

  @Field(() => String, { description: 'Normalized: upper-case letters and digits only ("AB123CD").' })
  @Property({ type: 'string' })
  plate!: string;

  @Field(() => String, { description: 'As written, separators kept ("AB 123 CD").' })
  @Property({ type: 'string' })
  plateDisplay!: string;

  @Field(() => String, { description: 'Registration country (ISO 3166-1 alpha-2).' })
  @Property({ type: 'string' })
  plateCountry!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  vin?: string | null;

  @Field(() => String)
  @Property({ type: 'string' })
  make!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  model!: string;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  year?: number | null;

  @Field(() => Fuel, { nullable: true })
  @Property({ type: 'string', nullable: true })
  fuel?: Fuel | null;

  @Field(() => VehicleUse, { nullable: true })
  @Property({ type: 'string', nullable: true, fieldName: 'vehicle_use' })
  use?: VehicleUse | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD when sold; null while owned.' })
  @Property({ type: 'date', nullable: true })
  soldOn?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** A vehicle covered by a motor policy. */
@Tenant()
@Entity({ tableName: 'vehicle_policy' })
export class VehiclePolicy extends TenantEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Vehicle, { ref: true, deleteRule: 'cascade', updateRule: 'no action' })
  vehicle!: Ref<Vehicle>;

  @ManyToOne(() => Policy, { ref: true, deleteRule: 'no action', updateRule: 'no action' })
  policy!: Ref<Policy>;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
