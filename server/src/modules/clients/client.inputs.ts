import { Field, ID, InputType } from 'type-graphql';
import { AddressKind, ClientKind, ClientSort, ClientStatus, ContactKind, Gender, HouseholdRelation, IdentityDocumentType, MaritalStatus, ServiceEntryKind } from './client.enums.js';

/**
 * GraphQL inputs of the client card, one per data area. Validation is not here: the shared zod
 * validators (packages/shared clients.ts) check every area and name each bad field.
 */

@InputType({ description: 'Registry data (anagrafica). Required: person — firstName, lastName, taxCode or noLocalTaxId; entity — legalName, legalForm, vatNumber or taxCode or noLocalTaxId.' })
export class ClientRegistryInput {
  @Field(() => String, { nullable: true }) firstName?: string | null;
  @Field(() => String, { nullable: true, description: 'Surname prefix (tussenvoegsel): "de", "van der", "von".' }) namePrefix?: string | null;
  @Field(() => String, { nullable: true }) lastName?: string | null;
  @Field(() => Gender, { nullable: true }) gender?: Gender | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) birthDate?: string | null;
  @Field(() => String, { nullable: true }) birthPlace?: string | null;
  @Field(() => String, { nullable: true, description: 'Italian province (sigla); only for persons born in Italy.' }) birthProvince?: string | null;
  @Field(() => String, { nullable: true }) birthCountry?: string | null;
  @Field(() => String, { nullable: true }) citizenship?: string | null;
  @Field(() => String, { nullable: true }) legalName?: string | null;
  @Field(() => String, { nullable: true }) legalForm?: string | null;
  @Field(() => String, { nullable: true, description: "Default: the company's country." }) taxCountry?: string | null;
  @Field(() => String, { nullable: true }) taxCode?: string | null;
  @Field(() => Boolean, { nullable: true }) noLocalTaxId?: boolean | null;
  @Field(() => String, { nullable: true }) noLocalTaxIdReason?: string | null;
  @Field(() => String, { nullable: true }) vatNumber?: string | null;
  @Field(() => String, { nullable: true }) preferredLocale?: string | null;
}

@InputType()
export class AddressInput {
  @Field(() => ID, { nullable: true, description: 'An existing address to update; none: a new one.' }) id?: string | null;
  @Field(() => AddressKind) kind!: AddressKind;
  @Field(() => String, { nullable: true }) label?: string | null;
  @Field(() => String) line1!: string;
  @Field(() => String, { nullable: true }) line2?: string | null;
  @Field(() => String) postalCode!: string;
  @Field(() => String) city!: string;
  @Field(() => String, { nullable: true }) province?: string | null;
  @Field(() => String, { nullable: true }) country?: string | null;
}

@InputType()
export class ContactInput {
  @Field(() => ID, { nullable: true }) id?: string | null;
  @Field(() => ContactKind) kind!: ContactKind;
  @Field(() => String) value!: string;
  @Field(() => String, { nullable: true }) label?: string | null;
  @Field(() => Boolean, { nullable: true }) preferred?: boolean | null;
}

@InputType()
export class BankAccountInput {
  @Field(() => ID, { nullable: true }) id?: string | null;
  @Field(() => String) iban!: string;
  @Field(() => String, { nullable: true }) bic?: string | null;
  @Field(() => String) holder!: string;
  @Field(() => String, { nullable: true }) bankName?: string | null;
  @Field(() => String, { nullable: true }) sepaMandateRef?: string | null;
  @Field(() => String, { nullable: true }) sepaMandateDate?: string | null;
  @Field(() => Boolean, { nullable: true }) preferred?: boolean | null;
}

@InputType()
export class IdentityDocumentInput {
  @Field(() => ID, { nullable: true }) id?: string | null;
  @Field(() => IdentityDocumentType) type!: IdentityDocumentType;
  @Field(() => String) number!: string;
  @Field(() => String) issuer!: string;
  @Field(() => String) issueDate!: string;
  @Field(() => String, { nullable: true }) expiryDate?: string | null;
  @Field(() => ID, { nullable: true, description: 'An uploaded document of this client holding the scan.' }) scanDocumentId?: string | null;
}

@InputType()
export class HouseholdMemberInput {
  @Field(() => ID, { nullable: true }) id?: string | null;
  @Field(() => ID, { nullable: true, description: 'A client of the same company.' }) memberClientId?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => HouseholdRelation) relation!: HouseholdRelation;
  @Field(() => String, { nullable: true }) birthDate?: string | null;
  @Field(() => Boolean, { nullable: true }) dependent?: boolean | null;
}

@InputType()
export class FamilyInput {
  @Field(() => MaritalStatus, { nullable: true }) maritalStatus?: MaritalStatus | null;
  @Field(() => [HouseholdMemberInput]) members!: HouseholdMemberInput[];
}

@InputType()
export class ActivityInput {
  @Field(() => String, { nullable: true }) occupation?: string | null;
  @Field(() => String, { nullable: true }) employer?: string | null;
  @Field(() => String, { nullable: true }) registryNumber?: string | null;
  @Field(() => String, { nullable: true, description: 'In the classification of the client\'s tax country: SBI (NL, 10711), WZ (DE, 10.71.0), PKD (PL, 10.71.Z), ATECO (IT, 10.71.10); NACE (10.71) everywhere.' }) activityCode?: string | null;
  @Field(() => String, { nullable: true }) activityDescription?: string | null;
  @Field(() => ID, { nullable: true, description: 'A person among the clients of the same company.' }) legalRepresentativeId?: string | null;
  @Field(() => String, { nullable: true }) legalRepresentativeName?: string | null;
}

@InputType({ description: 'A new card: the kind first, the registry fields, then any area.' })
export class CreateClientInput extends ClientRegistryInput {
  @Field(() => ClientKind) kind!: ClientKind;
  @Field(() => ClientStatus, { nullable: true, description: 'PROSPECT or ACTIVE (default).' }) status?: ClientStatus | null;
  @Field(() => [AddressInput], { nullable: true }) addresses?: AddressInput[] | null;
  @Field(() => [ContactInput], { nullable: true }) contacts?: ContactInput[] | null;
  @Field(() => [BankAccountInput], { nullable: true }) bankAccounts?: BankAccountInput[] | null;
  @Field(() => [IdentityDocumentInput], { nullable: true }) identityDocuments?: IdentityDocumentInput[] | null;
  @Field(() => FamilyInput, { nullable: true }) family?: FamilyInput | null;
  @Field(() => ActivityInput, { nullable: true }) activity?: ActivityInput | null;
}

@InputType()
export class ClientFilterInput {
  @Field(() => [ClientStatus], { nullable: true, description: 'Default: prospects and active clients.' }) statuses?: ClientStatus[] | null;
  @Field(() => ClientKind, { nullable: true }) kind?: ClientKind | null;
  @Field(() => Boolean, { nullable: true, description: 'Include hidden cards.' }) includeHidden?: boolean | null;
  @Field(() => ClientSort, { nullable: true, description: 'Default: NAME_ASC.' }) sort?: ClientSort | null;
  @Field(() => String, { nullable: true, description: 'Part of the name (case and accents ignored), tax code or VAT number.' }) text?: string | null;
  @Field(() => String, { nullable: true, description: 'Residence city, starting with (case and accents ignored).' }) city?: string | null;
  @Field(() => String, { nullable: true, description: 'Created on or after this day (YYYY-MM-DD, UTC).' }) createdFrom?: string | null;
  @Field(() => String, { nullable: true, description: 'Created on or before this day (YYYY-MM-DD, UTC); not before createdFrom.' }) createdTo?: string | null;
}

@InputType()
export class ServiceEntryInput {
  @Field(() => ServiceEntryKind) kind!: ServiceEntryKind;
  @Field(() => String) subject!: string;
  @Field(() => String, { nullable: true }) body?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; default today.' }) occurredOn?: string | null;
}

@InputType()
export class DuplicateCheckInput {
  @Field(() => String, { nullable: true }) taxCode?: string | null;
  @Field(() => String, { nullable: true }) vatNumber?: string | null;
  @Field(() => [String], { nullable: true }) emails?: string[] | null;
}
