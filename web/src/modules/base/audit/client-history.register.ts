import { lazy } from 'react';
import { registerClientPanelTab } from '../../clients/panel-tabs';

/**
 * The History tab of the client card, registered by the audit module like any other module's tab
 * (the clients module knows nothing of it). Right: clients:view, as the server's clientAuditTrail.
 */
registerClientPanelTab({
  key: 'history',
  label: 'audit.tab',
  order: 95,
  right: 'clients:view',
  component: lazy(() => import('./client-history-tab').then((m) => ({ default: m.ClientHistoryTab }))),
});
