import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

/**
 * The portal's view of consents (PO-2, CN-5): the client's stamped records, the forms it may answer,
 * and its answers — the portal's own types, never the consents module's staff types.
 */

@ObjectType({ description: 'A clause of a form version, in the language asked for.' })
export class PortalConsentClause {
  @Field(() => String) key!: string;
  @Field(() => Boolean, { description: 'Required for an acceptance; optional clauses may be answered no.' }) required!: boolean;
  @Field(() => String) text!: string;
}

@ObjectType({ description: 'A clause answered yes or no.' })
export class PortalConsentAnswer {
  @Field(() => String) key!: string;
  @Field(() => Boolean) accepted!: boolean;
}

@ObjectType({ description: 'What changed in a form since the version the client last answered (CN-5).' })
export class PortalConsentChange {
  @Field(() => String, { description: 'A clause key, or "text" for the form\'s text.' }) key!: string;
  @Field(() => String, { description: 'added, removed or changed' }) change!: string;
  @Field(() => String, { nullable: true }) before?: string | null;
  @Field(() => String, { nullable: true }) after?: string | null;
}

@ObjectType({ description: 'A consent form the client may answer: its current version and the client\'s last answer.' })
export class PortalConsentForm {
  @Field(() => ID) formId!: string;
  @Field(() => String) code!: string;
  @Field(() => String) kind!: string;
  @Field(() => ID, { description: 'The current version: answer this one.' }) versionId!: string;
  @Field(() => Int) version!: number;
  @Field(() => String) title!: string;
  @Field(() => String) body!: string;
  @Field(() => [PortalConsentClause]) clauses!: PortalConsentClause[];
  @Field(() => String, { nullable: true, description: 'accepted, refused or withdrawn; null when never answered.' }) lastDecision!: string | null;
  @Field(() => Int, { nullable: true }) answeredVersion!: number | null;
  @Field(() => Boolean, { description: 'Changed since the client last answered it: to be answered again (CN-5).' }) pending!: boolean;
  @Field(() => Boolean, { description: 'The last answer was an acceptance: it can be withdrawn.' }) withdrawable!: boolean;
  @Field(() => [PortalConsentChange], { description: 'For a pending form: the changes since the answered version.' }) changes!: PortalConsentChange[];
}

@ObjectType({ description: 'A stamped consent record of the client (immutable, chained).' })
export class PortalConsentRecord {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'Position in the client\'s chain.' }) seq!: number;
  @Field(() => String) formCode!: string;
  @Field(() => String) formTitle!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { description: 'accepted, refused, withdrawn or delivered' }) decision!: string;
  @Field(() => String, { description: 'portal, staff_screen, paper or email' }) channel!: string;
  @Field(() => String, { description: 'client or staff' }) givenBy!: string;
  @Field(() => Date) recordedAt!: Date;
  @Field(() => String, { description: 'dd/mm/yy/hh/mm/ss in the agency\'s time zone.' }) stamp!: string;
  @Field(() => [String]) sentTo!: string[];
  @Field(() => String, { description: 'The stamp and the addresses it was sent to.' }) validationString!: string;
  @Field(() => String) verificationCode!: string;
  @Field(() => String) hash!: string;
  @Field(() => [PortalConsentAnswer]) answers!: PortalConsentAnswer[];
  @Field(() => String, { nullable: true, description: 'The record\'s PDF on the portal (download audited), or null.' }) pdfUrl!: string | null;
}

@ObjectType({ description: 'A client\'s consents on the portal.' })
export class PortalConsents {
  @Field(() => ID) clientId!: string;
  @Field(() => [PortalConsentForm]) forms!: PortalConsentForm[];
  @Field(() => [PortalConsentRecord], { description: 'Newest first.' }) records!: PortalConsentRecord[];
}

@InputType({ description: 'A clause answered yes or no.' })
export class PortalConsentAnswerInput {
  @Field(() => String) key!: string;
  @Field(() => Boolean) accepted!: boolean;
}

@InputType({ description: 'The answers to one form\'s current version.' })
export class PortalConsentFormAnswerInput {
  @Field(() => ID) formVersionId!: string;
  @Field(() => [PortalConsentAnswerInput]) answers!: PortalConsentAnswerInput[];
}
