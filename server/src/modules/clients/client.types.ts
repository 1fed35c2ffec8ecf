import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Client } from './client.entity.js';

@ObjectType()
export class ClientPage {
  @Field(() => [Client]) items!: Client[];
  @Field(() => Int) total!: number;
}

@ObjectType({ description: 'The row whose search term found a card.' })
export class SearchMatch {
  @Field(() => String, { description: 'Which kind of row: contact, address, bank, policy, vehicle, or another module\'s source.' }) source!: string;
  @Field(() => ID, { description: 'That row (e.g. the policy).' }) sourceId!: string;
  @Field(() => String, { description: 'How it reads: the e-mail or phone, the address, the IBAN, the policy number, the plate with make and model.' }) text!: string;
}

@ObjectType()
export class ClientSearchHit {
  @Field(() => Client) client!: Client;
  @Field(() => Float, { description: 'Higher is closer; 1 or more for a substring match.' }) score!: number;
  @Field(() => SearchMatch, { nullable: true, description: 'What found the card when it is not its name or tax id: a contact, an address, an IBAN, a policy number, a plate (shown only with the right to see it).' })
  matched!: SearchMatch | null;
}

@ObjectType()
export class DuplicateCandidate {
  @Field(() => Client) client!: Client;
  @Field(() => [String], { description: 'taxCode, vatNumber, email' }) matchedOn!: string[];
}

@ObjectType()
export class ClientExport {
  @Field(() => String) fileName!: string;
  @Field(() => String) contentType!: string;
  @Field(() => String, { description: 'The file, base64-encoded.' }) base64!: string;
}

@ObjectType()
export class LegalHoldInfo {
  @Field(() => String) reason!: string;
  @Field(() => Int) count!: number;
  @Field(() => String) message!: string;
}

@ObjectType({ description: 'A tab of the client panel, contributed by a module (client-extensions.ts).' })
export class ClientPanelTabInfo {
  @Field(() => String) key!: string;
  @Field(() => String) title!: string;
  @Field(() => Int, { nullable: true }) count!: number | null;
}

@ObjectType()
export class LabelCount {
  @Field(() => String) label!: string;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class ClientRefInfo {
  @Field(() => ID) clientId!: string;
  @Field(() => String) displayName!: string;
}

@ObjectType()
export class ExpiringDocumentInfo extends ClientRefInfo {
  @Field(() => ID) documentId!: string;
  @Field(() => String) type!: string;
  @Field(() => String) number!: string;
  @Field(() => String) expiryDate!: string;
}

@ObjectType()
export class ClientsDashboard {
  @Field(() => [LabelCount]) byStatus!: LabelCount[];
  @Field(() => [LabelCount], { description: 'Visible cards (not hidden) by kind.' }) byKind!: LabelCount[];
  @Field(() => [LabelCount], { description: 'New cards per month, last 12 months (YYYY-MM).' }) newPerMonth!: LabelCount[];
  @Field(() => [ExpiringDocumentInfo], { description: 'Identity documents expiring in the next 60 days (first 50).' }) expiringDocuments!: ExpiringDocumentInfo[];
  @Field(() => Int) expiringDocumentsCount!: number;
  @Field(() => Int) prospectsWaiting!: number;
  @Field(() => Date, { nullable: true }) oldestProspectSince!: Date | null;
  @Field(() => Int, { description: 'Persons without any identity document.' }) withoutIdentityDocument!: number;
  @Field(() => Int, { description: 'Persons without a scanned identity document.' }) withoutIdentityScan!: number;
  @Field(() => [ClientRefInfo]) missingScanSample!: ClientRefInfo[];
}
