import { registerEnumType } from 'type-graphql';

/** The kinds of consent form (issue #11 item 1). Allegati 3, 4 and 4-ter of IVASS Reg. 40/2018 are delivered, not answered. */
export enum ConsentFormKind {
  PRIVACY_NOTICE = 'privacy_notice',
  MARKETING = 'marketing',
  PROFILING = 'profiling',
  THIRD_PARTY_TRANSFER = 'third_party_transfer',
  ALLEGATO_3 = 'allegato_3',
  ALLEGATO_4 = 'allegato_4',
  ALLEGATO_4_TER = 'allegato_4_ter',
  BROKER_MANDATE = 'broker_mandate',
  TAX_LIST_248 = 'tax_list_248',
  E_CONSENT = 'e_consent',
}

/** Pre-contract documents: recorded as deliveries (item 8). */
export const DELIVERY_KINDS: readonly ConsentFormKind[] = [ConsentFormKind.ALLEGATO_3, ConsentFormKind.ALLEGATO_4, ConsentFormKind.ALLEGATO_4_TER];

export enum ConsentChannel {
  PORTAL = 'portal',
  STAFF_SCREEN = 'staff_screen',
  PAPER = 'paper',
  EMAIL = 'email',
}

export enum ConsentDecision {
  ACCEPTED = 'accepted',
  REFUSED = 'refused',
  WITHDRAWN = 'withdrawn',
  DELIVERED = 'delivered',
}

export enum ConsentRecordKind {
  ANSWER = 'answer',
  DELIVERY = 'delivery',
}

export enum ConsentGivenBy {
  CLIENT = 'client',
  STAFF = 'staff',
}

export enum ConsentVersionStatus {
  DRAFT = 'draft',
  PUBLISHED = 'published',
}

/** The languages a form's texts may be written in (the web's catalogues). */
export const CONSENT_LANGS = ['en', 'it', 'de', 'nl', 'pl'] as const;
export type ConsentLang = (typeof CONSENT_LANGS)[number];

registerEnumType(ConsentFormKind, { name: 'ConsentFormKind' });
registerEnumType(ConsentChannel, { name: 'ConsentChannel', description: 'PAPER needs the signed scan (a client document).' });
registerEnumType(ConsentDecision, { name: 'ConsentDecision', description: 'ACCEPTED: every required clause yes; REFUSED: a required clause no; WITHDRAWN: all no, a withdrawal; DELIVERED: a pre-contract document handed over.' });
registerEnumType(ConsentRecordKind, { name: 'ConsentRecordKind' });
registerEnumType(ConsentGivenBy, { name: 'ConsentGivenBy' });
registerEnumType(ConsentVersionStatus, { name: 'ConsentVersionStatus' });
