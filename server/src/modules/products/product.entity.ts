import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { Tenant, TenantEntity } from '../../core/tenant.js';
import { Insurer } from '../policies/insurer.entity.js';
import { LineOfBusiness } from '../policies/line-of-business.entity.js';
import { LocalizedText, ProductQuestion, RatingRules } from './product-design.types.js';
import { ProductVersionStatus } from './product.enums.js';

/** A product an agency designs (PR-1): line of business, insurer and a code; its design lives in versions. */
@ObjectType({ description: 'A product: line of business, insurer, code; versions carry names, questionnaire and rating rules.' })
@Tenant()
@Entity({ tableName: 'product' })
export class Product extends TenantEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'string' })
  code!: string;

  @ManyToOne(() => LineOfBusiness, { ref: true, deleteRule: 'no action', updateRule: 'no action' })
  line!: Ref<LineOfBusiness>;

  @ManyToOne(() => Insurer, { ref: true, deleteRule: 'no action', updateRule: 'no action' })
  insurer!: Ref<Insurer>;

  @Property({ type: 'uuid', nullable: true })
  createdBy?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

/** One version of a product's design; only a draft changes, a published version never does. */
@ObjectType({ description: 'A version of a product: names, questionnaire, rating rules and its life-cycle status.' })
@Tenant()
@Entity({ tableName: 'product_version' })
export class ProductVersion extends TenantEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Product, { ref: true, deleteRule: 'no action', updateRule: 'no action' })
  product!: Ref<Product>;

  @Field(() => Int)
  @Property({ type: 'integer' })
  version!: number;

  @Field(() => ProductVersionStatus)
  @Property({ type: 'string' })
  status: ProductVersionStatus = ProductVersionStatus.DRAFT;

  @Field(() => LocalizedText)
  @Property({ type: 'json', columnType: 'jsonb' })
  names!: LocalizedText;

  @Field(() => [ProductQuestion])
  @Property({ type: 'json', columnType: 'jsonb' })
  questions!: ProductQuestion[];

  @Field(() => RatingRules)
  @Property({ type: 'json', columnType: 'jsonb' })
  rating!: RatingRules;

  @Field(() => ID, { nullable: true, description: 'Who designed this version.' })
  @Property({ type: 'uuid', nullable: true })
  authorId?: string | null;

  /** Everyone who wrote this version's design (the author and anyone who changed the draft): none of them may approve it. */
  @Property({ type: 'json', columnType: 'jsonb' })
  editors: string[] = [];

  @Field(() => ID, { nullable: true, description: 'Who approved it (never the author nor anyone who changed it).' })
  @Property({ type: 'uuid', nullable: true })
  approvedBy?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  statusChangedAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

@ObjectType({ description: 'One step of a version\'s life cycle: who, when and why.' })
@Tenant()
@Entity({ tableName: 'product_version_event' })
export class ProductVersionEvent extends TenantEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ProductVersion, { ref: true, deleteRule: 'cascade', updateRule: 'no action' })
  version!: Ref<ProductVersion>;

  @Field(() => ProductVersionStatus, { nullable: true, description: 'Null when the version was created.' })
  @Property({ type: 'string', nullable: true })
  fromStatus?: ProductVersionStatus | null;

  @Field(() => ProductVersionStatus)
  @Property({ type: 'string' })
  toStatus!: ProductVersionStatus;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  changedBy?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  changedAt: Date = new Date();
}
