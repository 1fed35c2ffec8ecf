import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

/** Staff's review of what clients entered on the portal (staff schema only). */

export enum PortalSyncMode {
  APPLY = 'apply',
  REVIEW = 'review',
}
registerEnumType(PortalSyncMode, { name: 'PortalSyncMode', description: 'APPLY: what clients enter is applied at once; REVIEW: queued for staff to approve or reject.' });

export enum PortalChangeStatus {
  PENDING = 'pending',
  APPLIED = 'applied',
  APPROVED = 'approved',
  REJECTED = 'rejected',
}
registerEnumType(PortalChangeStatus, { name: 'PortalChangeStatus' });

@ObjectType()
export class PortalFieldDiff {
  @Field(() => String, { description: 'The field, e.g. addresses.0.city.' }) field!: string;
  @Field(() => String, { nullable: true }) before!: string | null;
  @Field(() => String, { nullable: true }) after!: string | null;
}

@ObjectType('PortalReviewItem')
export class PortalReviewItem {
  @Field(() => ID) id!: string;
  @Field(() => ID) clientId!: string;
  @Field(() => String) clientName!: string;
  @Field(() => String) area!: string;
  @Field(() => PortalChangeStatus) status!: string;
  @Field(() => String, { description: 'The portal user who entered it.' }) enteredBy!: string;
  @Field(() => Date) enteredAt!: Date;
  @Field(() => String, { nullable: true }) message!: string | null;
  @Field(() => [PortalFieldDiff], { description: 'Per field, the card now and what the client entered (pending changes).' }) diff!: PortalFieldDiff[];
}
