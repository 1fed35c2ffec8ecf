import { can, type RuleMap } from '../../../core/rules.js';

export const dashboardRules: RuleMap = { Query: { baseDashboard: can('base', 'view') } };
