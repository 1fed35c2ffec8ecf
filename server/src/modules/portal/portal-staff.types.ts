import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { LineCode, PolicyStatus } from '../policies/policy.enums.js';

/** Staff's view of access grants (staff schema only). */

export enum PortalShareMode {
  BY_STATUS = 'by_status',
  PICKED = 'picked',
}
registerEnumType(PortalShareMode, { name: 'PortalShareMode', description: 'BY_STATUS: contracts of the grant\'s clients with the chosen statuses (and lines); PICKED: the contracts listed.' });

@ObjectType()
export class PortalGrantClientRef {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  displayName!: string;
}

@ObjectType()
export class PortalGrantMember {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => Boolean, { description: 'Linked to a portal account; otherwise the invitation waits.' })
  linked!: boolean;

  @Field(() => Date, { nullable: true })
  invitedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  linkedAt!: Date | null;
}

@ObjectType('PortalGrant')
export class PortalGrantView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Boolean)
  includeClaims!: boolean;

  @Field(() => PortalShareMode)
  shareMode!: PortalShareMode;

  @Field(() => [PolicyStatus])
  shareStatuses!: string[];

  @Field(() => [LineCode], { nullable: true, description: 'Only these lines of business; null: all.' })
  shareLines!: string[] | null;

  @Field(() => [ID])
  policyIds!: string[];

  @Field(() => Boolean, { description: 'Commercial view (premiums); otherwise the simpler private view.' })
  commercialView!: boolean;

  @Field(() => [PortalGrantClientRef])
  clients!: PortalGrantClientRef[];

  @Field(() => [PortalGrantMember])
  users!: PortalGrantMember[];

  @Field(() => Date)
  createdAt!: Date;
}

@InputType()
export class PortalGrantInput {
  @Field(() => String)
  name!: string;

  @Field(() => [ID])
  clientIds!: string[];

  @Field(() => Boolean, { nullable: true })
  includeClaims?: boolean | null;

  @Field(() => PortalShareMode, { nullable: true })
  shareMode?: PortalShareMode | null;

  @Field(() => [PolicyStatus], { nullable: true, description: 'Default: POLICY.' })
  shareStatuses?: PolicyStatus[] | null;

  @Field(() => [LineCode], { nullable: true })
  shareLines?: LineCode[] | null;

  @Field(() => [ID], { nullable: true, description: 'Share mode PICKED: the contracts shared.' })
  policyIds?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  commercialView?: boolean | null;
}

@ObjectType()
export class PortalViewAsTicket {
  @Field(() => String, { description: 'A read-only portal session of the user (bearer token for /portal/graphql).' })
  token!: string;

  @Field(() => Date)
  expiresAt!: Date;
}
