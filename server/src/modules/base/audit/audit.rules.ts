import { can, type RuleMap } from '../../../core/rules.js';

export const auditRules: RuleMap = {
  Query: { auditEvents: can('base', 'view'), verifyAuditChain: can('base', 'view'), exportAuditCsv: can('base', 'export') },
};
