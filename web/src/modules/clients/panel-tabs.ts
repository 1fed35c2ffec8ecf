import type { ComponentType, LazyExoticComponent } from 'react';
import type { Right } from '@agency/shared';
import type { ClientCard } from './common/client-types';

/** What a tab of the client panel receives. */
export interface ClientTabProps {
  clientId: string;
  client: ClientCard;
}

/**
 * A tab of the client panel (CL-4). The web side of the server's `registerClientPanelTab`
 * (server/src/modules/clients/client-extensions.ts): another module adds its tab — active policies,
 * vehicles, offers — from its own `module.ts`, without editing this module:
 *
 *     registerClientPanelTab({ key: 'activePolicies', label: "policies.clientTab.active", order: 100,
 *       right: 'policies:view', serverTab: 'activePolicies', component: lazy(() => import('./client-active-policies-tab')) });
 */
export interface ClientPanelTab {
  /** Unique; also the `?tab=` of the panel's address. */
  key: string;
  /** Catalogue key of the tab's title. */
  label: string;
  /** Position among the tabs (the server's tabs use 0–90; other modules 100 and more). */
  order: number;
  /** Shown only to users holding this right. */
  right: Right;
  /**
   * The server's tab (`Client.panelTabs[].key`) this tab shows: its count is displayed, and the tab
   * is hidden when the server does not announce it to the user.
   */
  serverTab?: string;
  /** Shown for some cards only (e.g. the family situation of persons). */
  appliesTo?(client: ClientCard): boolean;
  component: ComponentType<ClientTabProps> | LazyExoticComponent<ComponentType<ClientTabProps>>;
}

const tabs = new Map<string, ClientPanelTab>();

export function registerClientPanelTab(tab: ClientPanelTab): void {
  tabs.set(tab.key, tab);
}

export function clientPanelTabs(): ClientPanelTab[] {
  return [...tabs.values()].sort((a, b) => a.order - b.order);
}

export interface ResolvedTab {
  key: string;
  /** A catalogue key (web tab) or the server's own title (a tab whose web part is not built yet). */
  label: string;
  translated: boolean;
  count: number | null;
  tab: ClientPanelTab | null;
}

/**
 * The tabs a user sees on a card: the registered web tabs the user's rights allow (and the server
 * announces), then any tab the server announces that no web module has registered yet (shown as
 * "coming soon" with the server's title and count).
 */
export function resolveClientTabs(client: ClientCard, can: (right: Right) => boolean, registered: ClientPanelTab[] = clientPanelTabs()): ResolvedTab[] {
  const server = new Map(client.panelTabs.map((p) => [p.key, p]));
  const claimed = new Set(registered.map((r) => r.serverTab).filter(Boolean));
  const web = registered
    .filter((r) => can(r.right) && (!r.serverTab || server.has(r.serverTab)) && (!r.appliesTo || r.appliesTo(client)))
    .map((r) => ({ key: r.key, label: r.label, translated: true, count: r.serverTab && r.serverTab !== 'data' ? (server.get(r.serverTab)?.count ?? null) : null, tab: r, order: r.order }));
  const pending = client.panelTabs
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => !claimed.has(p.key))
    .map(({ p, i }) => ({ key: `server-${p.key}`, label: p.title, translated: false, count: p.count ?? null, tab: null, order: 1000 + i }));
  return [...web, ...pending].sort((a, b) => a.order - b.order).map(({ order: _order, ...rest }) => rest);
}
