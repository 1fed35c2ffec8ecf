import { and } from 'graphql-shield';
import { can, type RuleMap } from '../../core/rules.js';
import { ribaRules } from './riba.rules.js';

/**
 * Every operation of the banking module and its right (deny by default for anything not listed):
 * rights module `billing` — view reads, edit the creditor data and mandates, create runs and imports,
 * export the files (the download route checks billing:export itself). A run books each collection as
 * a payment allocated to its receipt, so starting or resuming one also needs what recording a payment
 * needs (collections:create); a returns file undoes those allocations and reverses the payments, so it
 * also needs what undoing an allocation needs (collections:edit) — see payments.rules.ts.
 */
export const bankingRules: RuleMap = {
  Query: {
    bankingSettings: can('billing', 'view'),
    sepaMandates: can('billing', 'view'),
    sepaMandate: can('billing', 'view'),
    sepaMandatePdf: can('billing', 'view'),
    sepaRuns: can('billing', 'view'),
    sepaRun: can('billing', 'view'),
    sepaReturns: can('billing', 'view'),
  },
  Mutation: {
    setBankingSettings: can('billing', 'edit'),
    createSepaMandate: can('billing', 'edit'),
    amendSepaMandate: can('billing', 'edit'),
    revokeSepaMandate: can('billing', 'edit'),
    setSepaMandateLastCollection: can('billing', 'edit'),
    startSepaRun: and(can('billing', 'create'), can('collections', 'create')),
    resumeSepaRun: and(can('billing', 'create'), can('collections', 'create')),
    importSepaReturns: and(can('billing', 'create'), can('collections', 'edit')),
  },
};

// RiBa (issue #14 §4): its rules live in riba.rules.ts
Object.assign(bankingRules.Query as object, ribaRules.Query);
Object.assign(bankingRules.Mutation as object, ribaRules.Mutation);
