import { registerEnumType } from 'type-graphql';

/** GraphQL enums of the client card; the database stores the lower-case values (see packages/shared clients.ts). */
export enum ClientKind {
  PERSON = 'person',
  ENTITY = 'entity',
}
export enum ClientStatus {
  PROSPECT = 'prospect',
  ACTIVE = 'active',
  HIDDEN = 'hidden',
}
/** Orders of the client list page (each backed by an index). */
export enum ClientSort {
  NAME_ASC = 'name_asc',
  NAME_DESC = 'name_desc',
  NEWEST = 'newest',
  OLDEST = 'oldest',
}
export enum Gender {
  M = 'M',
  F = 'F',
  X = 'X',
}
export enum AddressKind {
  RESIDENCE = 'residence',
  DOMICILE = 'domicile',
  BILLING = 'billing',
  RISK = 'risk',
  OTHER = 'other',
}
export enum ContactKind {
  EMAIL = 'email',
  PHONE = 'phone',
  PEC = 'pec',
}
export enum IdentityDocumentType {
  IDENTITY_CARD = 'identity_card',
  PASSPORT = 'passport',
  DRIVING_LICENCE = 'driving_licence',
  RESIDENCE_PERMIT = 'residence_permit',
  OTHER = 'other',
}
export enum MaritalStatus {
  SINGLE = 'single',
  MARRIED = 'married',
  CIVIL_UNION = 'civil_union',
  COHABITING = 'cohabiting',
  SEPARATED = 'separated',
  DIVORCED = 'divorced',
  WIDOWED = 'widowed',
}
export enum HouseholdRelation {
  SPOUSE = 'spouse',
  PARTNER = 'partner',
  CHILD = 'child',
  PARENT = 'parent',
  SIBLING = 'sibling',
  OTHER = 'other',
}
export enum ServiceEntryKind {
  NOTE = 'note',
  COMPLAINT = 'complaint',
  EVENT = 'event',
  CALL = 'call',
  VEHICLE_SOLD = 'vehicle_sold',
}

registerEnumType(ClientKind, { name: 'ClientKind', description: 'Natural person or legal entity (company, association).' });
registerEnumType(ClientStatus, { name: 'ClientStatus', description: 'Prospect (data suspended until a policy is requested), active, hidden (kept, out of lists).' });
registerEnumType(ClientSort, { name: 'ClientSort', description: 'Order of the client list: by name, or by creation date.' });
registerEnumType(Gender, { name: 'Gender' });
registerEnumType(AddressKind, { name: 'AddressKind' });
registerEnumType(ContactKind, { name: 'ContactKind', description: 'PEC: Italian certified e-mail.' });
registerEnumType(IdentityDocumentType, { name: 'IdentityDocumentType' });
registerEnumType(MaritalStatus, { name: 'MaritalStatus' });
registerEnumType(HouseholdRelation, { name: 'HouseholdRelation' });
registerEnumType(ServiceEntryKind, { name: 'ServiceEntryKind' });
