import { registerEnumType } from 'type-graphql';

/** The life cycle of a product version (PR-1); the moves are data in product-status.ts. */
export enum ProductVersionStatus {
  DRAFT = 'draft',
  SUBMITTED = 'submitted',
  APPROVED = 'approved',
  TEST = 'test',
  PUBLISHED = 'published',
  RETIRED = 'retired',
}

export enum QuestionType {
  TEXT = 'text',
  NUMBER = 'number',
  DATE = 'date',
  YES_NO = 'yes_no',
  SINGLE_CHOICE = 'single_choice',
  MULTIPLE_CHOICE = 'multiple_choice',
  ADDRESS = 'address',
  VEHICLE = 'vehicle',
  PERSON = 'person',
}

export enum AdjustmentKind {
  LOADING = 'loading',
  DISCOUNT = 'discount',
}

/** One line of a rating's breakdown. */
export enum BreakdownStepKind {
  FACTOR = 'factor',
  LOADING = 'loading',
  DISCOUNT = 'discount',
  MINIMUM = 'minimum',
}

/** An offer's own status; `expired` is computed from its validity (OfferState). */
export enum OfferStatus {
  OFFERED = 'offered',
  APPLICATION = 'application',
  POLICY = 'policy',
}

export enum OfferState {
  OFFERED = 'offered',
  EXPIRED = 'expired',
  APPLICATION = 'application',
  POLICY = 'policy',
}

export enum QuoteRequestStatus {
  WAITING = 'waiting',
  ANSWERED = 'answered',
  CLOSED = 'closed',
}

registerEnumType(ProductVersionStatus, { name: 'ProductVersionStatus' });
registerEnumType(QuestionType, { name: 'QuestionType' });
registerEnumType(AdjustmentKind, { name: 'AdjustmentKind' });
registerEnumType(BreakdownStepKind, { name: 'BreakdownStepKind' });
registerEnumType(OfferStatus, { name: 'OfferStatus' });
registerEnumType(OfferState, { name: 'OfferState', description: 'An offer as staff see it: expired once its validity has passed without an application.' });
registerEnumType(QuoteRequestStatus, { name: 'QuoteRequestStatus' });
