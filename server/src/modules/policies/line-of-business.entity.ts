import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { Tenant, TenantEntity } from '../../core/tenant.js';
import { DecimalScalar } from './money.js';
import { LineCode } from './policy.enums.js';

/** A line of business (ramo) of one company: one of the ten codes, a local name, a default tax rate. */
@ObjectType({ description: 'A line of business with its local name and default tax rate.' })
@Tenant()
@Entity({ tableName: 'line_of_business' })
export class LineOfBusiness extends TenantEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => LineCode)
  @Property({ type: 'string' })
  code!: LineCode;

  @Field(() => String)
  @Property({ type: 'string' })
  name!: string;

  @Field(() => DecimalScalar, { description: 'Percent, e.g. "22.25".' })
  @Property({ type: 'decimal', columnType: 'numeric(5,2)' })
  defaultTaxRate!: string;
}
