import { can, type RuleMap } from '../../core/rules.js';

export const mailRules: RuleMap = { Query: { outboxMessages: can('base', 'view') } };
