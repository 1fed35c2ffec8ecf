import { Field, ID, InputType, ObjectType } from 'type-graphql';

/** Message threads between a client and the agency (both schemas: the client on the portal, staff on the card). */

@ObjectType()
export class PortalMessageView {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'client or staff' }) author!: string;
  @Field(() => String) authorName!: string;
  @Field(() => String) body!: string;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType()
export class PortalThreadView {
  @Field(() => ID) id!: string;
  @Field(() => ID) clientId!: string;
  @Field(() => String) subject!: string;
  @Field(() => ID, { nullable: true }) claimId!: string | null;
  @Field(() => Date) lastMessageAt!: Date;
  @Field(() => [PortalMessageView]) messages!: PortalMessageView[];
}

@InputType()
export class PortalStartThreadInput {
  @Field(() => ID) clientId!: string;
  @Field(() => String) subject!: string;
  @Field(() => String) body!: string;
  @Field(() => ID, { nullable: true, description: 'The claim the thread is about (one the user sees).' }) claimId?: string | null;
}
