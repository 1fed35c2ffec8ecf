import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { Tenant, TenantEntity } from '../../core/tenant.js';
import { HouseholdRelation } from './client.enums.js';
import { Client } from './client.entity.js';

/** A member of the client's household (situazione familiare); may be a client of the same company. */
@ObjectType('HouseholdMember')
@Tenant()
@Entity({ tableName: 'client_household_member' })
export class HouseholdMember extends TenantEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Client, { ref: true, deleteRule: 'no action', updateRule: 'no action' })
  client!: Ref<Client>;

  @ManyToOne(() => Client, { ref: true, nullable: true, fieldName: 'member_client_id', deleteRule: 'no action', updateRule: 'no action' })
  memberClient?: Ref<Client> | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  name?: string | null;

  @Field(() => HouseholdRelation)
  @Property({ type: 'string' })
  relation!: HouseholdRelation;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Property({ type: 'date', nullable: true })
  birthDate?: string | null;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  dependent: boolean = false;
}
