import { lazy } from 'react';
import { IconFileCertificate } from '@tabler/icons-react';
import type { ModuleDefinition } from '../types';
import { registerClientPanelTab } from '../clients/panel-tabs';

const view = { module: 'policies', action: 'view' } as const;
const create = { module: 'policies', action: 'create' } as const;
// reference data is company configuration: administrators (base:edit; the page checks policies:edit too)
const administer = { module: 'base', action: 'edit' } as const;

const PoliciesDashboardPage = lazy(() => import('./dashboard/policies-dashboard-page').then((m) => ({ default: m.PoliciesDashboardPage })));
const PoliciesListPage = lazy(() => import('./list/policies-list-page').then((m) => ({ default: m.PoliciesListPage })));
const CreatePolicyPage = lazy(() => import('./create/create-policy-page').then((m) => ({ default: m.CreatePolicyPage })));
const ReferenceDataPage = lazy(() => import('./admin/reference-data-page').then((m) => ({ default: m.ReferenceDataPage })));
const RenewalsPage = lazy(() => import('./renewals/renewals-page').then((m) => ({ default: m.RenewalsPage })));
const PolicyPage = lazy(() => import('./page/policy-page').then((m) => ({ default: m.PolicyPage })));

/** The policies module (PL-1, BASE-8): dashboard, list, new policy, policy page, reference data; tabs on the client card (CL-4). */
export const policiesModule: ModuleDefinition = {
  name: 'policies',
  implemented: true,
  icon: IconFileCertificate,
  routes: [
    { path: '', page: PoliciesDashboardPage, access: view },
    { path: 'list', page: PoliciesListPage, access: view },
    { path: 'new', page: CreatePolicyPage, access: create },
    { path: 'reference-data', page: ReferenceDataPage, access: administer },
    { path: 'renewals', page: RenewalsPage, access: view },
    { path: ':policyId', page: PolicyPage, access: view },
  ],
  nav: [
    { path: '', label: 'policies.nav.dashboard', access: view },
    { path: 'list', label: 'policies.nav.list', access: view },
    { path: 'new', label: 'policies.nav.new', access: create },
    { path: 'renewals', label: 'policies.renewals.nav', access: view },
    { path: 'reference-data', label: 'policies.nav.referenceData', access: administer },
  ],
};

// The client card's policy tabs (CL-4), registered from this module (the clients module knows nothing of them).
const tabs = () => import('./client-tabs/client-policies-tab');
const ActivePoliciesTab = lazy(() => tabs().then((m) => ({ default: m.ActivePoliciesTab })));
const ArchivedPoliciesTab = lazy(() => tabs().then((m) => ({ default: m.ArchivedPoliciesTab })));
const ForeignPoliciesTab = lazy(() => tabs().then((m) => ({ default: m.ForeignPoliciesTab })));
registerClientPanelTab({ key: 'activePolicies', label: 'policies.clientTab.active', order: 100, right: 'policies:view', serverTab: 'activePolicies', component: ActivePoliciesTab });
registerClientPanelTab({ key: 'archivedPolicies', label: 'policies.clientTab.archived', order: 110, right: 'policies:view', serverTab: 'archivedPolicies', component: ArchivedPoliciesTab });
registerClientPanelTab({ key: 'foreignPolicies', label: 'policies.clientTab.foreign', order: 120, right: 'policies:view', serverTab: 'foreignPolicies', component: ForeignPoliciesTab });

// The client card's Vehicles tab (issue #9 item 7), the server's panel tab `vehicles`.
const ClientVehiclesTab = lazy(() => import('./vehicles/client-vehicles-tab').then((m) => ({ default: m.ClientVehiclesTab })));
registerClientPanelTab({ key: 'vehicles', label: 'policies.vehicles.tab', order: 130, right: 'policies:view', serverTab: 'vehicles', component: ClientVehiclesTab });
