import './consent-client.extensions.js';
import './consent-mail.js';
import { ConsentsResolver } from './consents.resolver.js';
import { ConsentFormFieldsResolver, ConsentFormVersionFieldsResolver, ConsentRecordFieldsResolver, ConsentTimelineStartFieldsResolver } from './consent-fields.resolver.js';
import { ConsentForm, ConsentFormVersion, ConsentRecord, ConsentRecordDocument, ConsentRecordMail, ConsentTimelineStart } from './consent.entity.js';

export { consentsRules } from './consents.rules.js';

/** The consents module's resolvers (its client-card extension registers on import). */
export const CONSENTS_RESOLVERS = [ConsentsResolver, ConsentFormFieldsResolver, ConsentFormVersionFieldsResolver, ConsentRecordFieldsResolver, ConsentTimelineStartFieldsResolver] as const;

export const CONSENTS_ENTITIES = [ConsentForm, ConsentFormVersion, ConsentRecord, ConsentRecordDocument, ConsentRecordMail, ConsentTimelineStart] as const;
