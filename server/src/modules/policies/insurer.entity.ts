import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { Tenant, TenantEntity } from '../../core/tenant.js';

/** An insurance company the agency works with (reference data of one company). */
@ObjectType({ description: 'An insurer the agency places business with.' })
@Tenant()
@Entity({ tableName: 'insurer' })
export class Insurer extends TenantEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'string' })
  name!: string;

  @Field(() => String, { description: 'Short code, unique in the company (e.g. "GEN").' })
  @Property({ type: 'string' })
  code!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  taxId?: string | null;

  @Field(() => String, { nullable: true, description: "The agency's own agency code with this insurer." })
  @Property({ type: 'string', nullable: true })
  agencyCode?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
