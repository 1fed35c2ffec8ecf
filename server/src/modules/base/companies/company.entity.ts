import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { randomUUID } from 'node:crypto';

/** A company (tenant), known by its code (BASE-1). A platform table: no company_id of its own. */
@ObjectType()
@Entity({ tableName: 'company' })
export class Company {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'string' })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  name!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 2 })
  country!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  locale!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 3 })
  currency!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  email?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
