import { lazy } from 'react';
import { IconUsers } from '@tabler/icons-react';
import type { ModuleDefinition } from '../types';
import { registerClientPanelTab } from './panel-tabs';
import { GlobalClientSearch } from './search/global-client-search';

const view = { module: 'clients', action: 'view' } as const;
const create = { module: 'clients', action: 'create' } as const;

const ClientsDashboardPage = lazy(() => import('./dashboard/clients-dashboard-page').then((m) => ({ default: m.ClientsDashboardPage })));
const ClientsListPage = lazy(() => import('./list/clients-list-page').then((m) => ({ default: m.ClientsListPage })));
const CreateClientPage = lazy(() => import('./create/create-client-page').then((m) => ({ default: m.CreateClientPage })));
const SearchResultsPage = lazy(() => import('./search/search-results-page').then((m) => ({ default: m.SearchResultsPage })));
const ClientPanelPage = lazy(() => import('./panel/client-panel-page').then((m) => ({ default: m.ClientPanelPage })));

/** The clients module (CL-1…CL-8): dashboard, list, new card, client panel; the global search in the header. */
export const clientsModule: ModuleDefinition = {
  name: 'clients',
  implemented: true,
  icon: IconUsers,
  header: GlobalClientSearch,
  routes: [
    { path: '', page: ClientsDashboardPage, access: view },
    { path: 'list', page: ClientsListPage, access: view },
    { path: 'new', page: CreateClientPage, access: create },
    { path: 'search', page: SearchResultsPage, access: view },
    { path: ':clientId', page: ClientPanelPage, access: view },
  ],
  nav: [
    { path: '', label: 'clients.nav.dashboard', access: view },
    { path: 'list', label: 'clients.nav.list', access: view },
    { path: 'new', label: 'clients.nav.new', access: create },
  ],
};

// The clients module's own tabs of the client panel, registered like any other module's (panel-tabs.ts).
const RegistryTab = lazy(() => import('./tabs/registry-tab').then((m) => ({ default: m.RegistryTab })));
const IdentityTab = lazy(() => import('./tabs/identity-tab').then((m) => ({ default: m.IdentityTab })));
const AddressesTab = lazy(() => import('./tabs/addresses-tab').then((m) => ({ default: m.AddressesTab })));
const FamilyTab = lazy(() => import('./tabs/family-tab').then((m) => ({ default: m.FamilyTab })));
const ActivityTab = lazy(() => import('./tabs/activity-tab').then((m) => ({ default: m.ActivityTab })));
const ContactsTab = lazy(() => import('./tabs/contacts-tab').then((m) => ({ default: m.ContactsTab })));
const BankTab = lazy(() => import('./tabs/bank-tab').then((m) => ({ default: m.BankTab })));
const ServiceTab = lazy(() => import('./tabs/service-tab').then((m) => ({ default: m.ServiceTab })));
const DocumentsTab = lazy(() => import('./tabs/documents-tab').then((m) => ({ default: m.DocumentsTab })));
const ContactHistoryTab = lazy(() => import('./tabs/contact-history-tab').then((m) => ({ default: m.ContactHistoryTab })));
const viewRight = 'clients:view';
const isPerson = (c: { kind: string }) => c.kind === 'PERSON';

registerClientPanelTab({ key: 'registry', label: 'clients.tabs.registry', order: 0, right: viewRight, serverTab: 'data', component: RegistryTab });
registerClientPanelTab({ key: 'identity', label: 'clients.tabs.identity', order: 10, right: viewRight, serverTab: 'data', appliesTo: isPerson, component: IdentityTab });
registerClientPanelTab({ key: 'addresses', label: 'clients.tabs.addresses', order: 20, right: viewRight, serverTab: 'data', component: AddressesTab });
registerClientPanelTab({ key: 'family', label: 'clients.tabs.family', order: 30, right: viewRight, serverTab: 'data', appliesTo: isPerson, component: FamilyTab });
registerClientPanelTab({ key: 'activity', label: 'clients.tabs.activity', order: 40, right: viewRight, serverTab: 'data', component: ActivityTab });
registerClientPanelTab({ key: 'contacts', label: 'clients.tabs.contacts', order: 50, right: viewRight, serverTab: 'data', component: ContactsTab });
registerClientPanelTab({ key: 'bank', label: 'clients.tabs.bank', order: 55, right: viewRight, serverTab: 'data', component: BankTab });
registerClientPanelTab({ key: 'service', label: 'clients.tabs.service', order: 60, right: viewRight, serverTab: 'service', component: ServiceTab });
registerClientPanelTab({ key: 'documents', label: 'clients.tabs.documents', order: 70, right: viewRight, serverTab: 'documents', component: DocumentsTab });
registerClientPanelTab({ key: 'contactHistory', label: 'clients.tabs.contactHistory', order: 90, right: viewRight, serverTab: 'contactHistory', component: ContactHistoryTab });
