import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../policies/money.js';

/** Documents and offers shared with a portal user (issue #12 item 8): the portal's own types. */

@ObjectType({ description: 'A document shared with the portal user; downloaded (and audited) at its URL.' })
export class PortalDocument {
  @Field(() => ID) id!: string;
  @Field(() => String) fileName!: string;
  @Field(() => String) contentType!: string;
  @Field(() => Int) sizeBytes!: number;
  @Field(() => String) category!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => String) downloadUrl!: string;
}

@ObjectType({ description: 'An offer made to a client the user\'s grants cover; its PDF at pdfUrl (audited).' })
export class PortalOffer {
  @Field(() => ID) id!: string;
  @Field(() => ID) clientId!: string;
  @Field(() => String) productName!: string;
  @Field(() => String, { description: 'offered, expired, application or policy' }) state!: string;
  @Field(() => DecimalScalar) premiumGross!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) validFrom!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) validUntil!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => String) pdfUrl!: string;
}
