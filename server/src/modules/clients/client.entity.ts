import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { Tenant, TenantEntity } from '../../core/tenant.js';
import { sortNameOf } from '@agency/shared';
import { ClientKind, ClientStatus, Gender, MaritalStatus } from './client.enums.js';

/**
 * The client card (CL-1, CL-2): a natural person or a legal entity of one company. The areas with
 * several rows (addresses, contacts, bank accounts, identity documents, household) are child tables;
 * the single-valued areas (registry, family status, occupation / activity) are columns here.
 * Other modules add fields to the GraphQL type with their own `@Resolver(() => Client)` field
 * resolvers (see client-extensions.ts).
 */
@ObjectType({ description: 'A client card: natural person or legal entity.' })
@Tenant()
@Entity({ tableName: 'client' })
export class Client extends TenantEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ClientKind)
  @Property({ type: 'string' })
  kind!: ClientKind;

  @Field(() => ClientStatus)
  @Property({ type: 'string' })
  status: ClientStatus = ClientStatus.ACTIVE;

  @Field(() => String, { description: 'The list and sort name. Person: "Last First", a name prefix after the first name ("Vries Jan de"); entity: legal name. See fullName for the natural order.' })
  @Property({ type: 'string' })
  displayName!: string;

  // ------------------------------------------------------------ registry
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  firstName?: string | null;

  @Field(() => String, { nullable: true, description: 'A surname prefix kept apart from the surname (Dutch tussenvoegsel "de", "van der"; German "von"): shown before the surname, ignored when sorting.' })
  @Property({ type: 'string', nullable: true })
  namePrefix?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  lastName?: string | null;

  @Field(() => Gender, { nullable: true })
  @Property({ type: 'string', nullable: true })
  gender?: Gender | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Property({ type: 'date', nullable: true })
  birthDate?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  birthPlace?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  birthProvince?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', columnType: 'char(2)', nullable: true })
  birthCountry?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', columnType: 'char(2)', nullable: true })
  citizenship?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  legalName?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  legalForm?: string | null;

  @Field(() => String, { description: 'Country whose rules the tax code follows.' })
  @Property({ type: 'string', columnType: 'char(2)' })
  taxCountry!: string;

  @Field(() => String, { nullable: true, description: 'Codice fiscale, PESEL, BSN, IdNr, NIP… per taxCountry.' })
  @Property({ type: 'string', nullable: true })
  taxCode?: string | null;

  @Field(() => Boolean, { description: 'Explicitly without a local tax id (e.g. a foreigner); see noLocalTaxIdReason.' })
  @Property({ type: 'boolean' })
  noLocalTaxId: boolean = false;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  noLocalTaxIdReason?: string | null;

  @Field(() => String, { nullable: true, description: 'EU VAT number with its country prefix.' })
  @Property({ type: 'string', nullable: true })
  vatNumber?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  preferredLocale?: string | null;

  // ------------------------------------------------------------ family situation
  @Field(() => MaritalStatus, { nullable: true })
  @Property({ type: 'string', nullable: true })
  maritalStatus?: MaritalStatus | null;

  // ------------------------------------------------------------ occupation / activity
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  occupation?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  employer?: string | null;

  @Field(() => String, { nullable: true, description: 'Business registry number (REA, KvK, KRS, Handelsregister).' })
  @Property({ type: 'string', nullable: true })
  registryNumber?: string | null;

  @Field(() => String, { nullable: true, description: "Activity code in the classification of the client's tax country (SBI, WZ, PKD, ATECO) or NACE." })
  @Property({ type: 'string', nullable: true })
  activityCode?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  activityDescription?: string | null;

  @Property({ type: 'uuid', nullable: true })
  legalRepresentativeId?: string | null;

  @Field(() => String, { nullable: true, description: 'The legal representative when not a client of the company.' })
  @Property({ type: 'string', nullable: true })
  legalRepresentativeName?: string | null;

  // ------------------------------------------------------------ life cycle
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  hiddenReason?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  hiddenAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Set when personal data were erased (GDPR); the card is kept anonymized.' })
  @Property({ type: 'datetime', nullable: true })
  erasedAt?: Date | null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** The list and sort name: "Last First" ("Vries Jan de" with a name prefix) for persons, the legal name for entities. */
export function displayNameOf(c: { kind: string; firstName?: string | null; namePrefix?: string | null; lastName?: string | null; legalName?: string | null }): string {
  return sortNameOf(c);
}
