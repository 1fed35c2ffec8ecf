import { can, type RuleMap } from '../../core/rules.js';

/** Every operation of the consents module and its right (deny by default for anything not listed). */
export const consentsRules: RuleMap = {
  Query: {
    consentForms: can('consents', 'view'),
    consentForm: can('consents', 'view'),
    consentFormVersion: can('consents', 'view'),
    consentRecords: can('consents', 'view'),
    consentRecord: can('consents', 'view'),
    consentTimelineStart: can('consents', 'view'),
    consentChainVerification: can('consents', 'view'),
    consentPending: can('consents', 'view'),
    consentsPendingForClient: can('consents', 'view'),
    consentPendingPerForm: can('consents', 'view'),
    consentVersionDiff: can('consents', 'view'),
    consentChangesSinceLastAnswer: can('consents', 'view'),
    consentsDashboard: can('consents', 'view'),
  },
  Mutation: {
    createConsentForm: can('consents', 'create'),
    saveConsentDraft: can('consents', 'edit'),
    publishConsentForm: can('consents', 'edit'),
    retireConsentForm: can('consents', 'edit'),
    recordConsents: can('consents', 'create'),
    withdrawConsent: can('consents', 'create'),
    setConsentTimelineStart: can('consents', 'edit'),
    recordConsentDelivery: can('consents', 'create'),
    sendConsentReminders: can('consents', 'edit'),
    consentHistoryPdf: can('consents', 'view'),
  },
};
