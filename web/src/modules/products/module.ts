import { lazy } from 'react';
import { IconPackage } from '@tabler/icons-react';
import type { ModuleDefinition } from '../types';
import { registerClientPanelTab } from '../clients/panel-tabs';

const view = { module: 'products', action: 'view' } as const;
const create = { module: 'products', action: 'create' } as const;

const ProductsPage = lazy(() => import('./products-page').then((m) => ({ default: m.ProductsPage })));
const NewProductPage = lazy(() => import('./new-product-page').then((m) => ({ default: m.NewProductPage })));
const ProductPage = lazy(() => import('./product-page').then((m) => ({ default: m.ProductPage })));
const RequestsPage = lazy(() => import('./requests-page').then((m) => ({ default: m.RequestsPage })));
const WebsitesPage = lazy(() => import('./websites-page').then((m) => ({ default: m.WebsitesPage })));

/** The products module (PR-1, PR-2, BASE-8): dashboard and list, designer, product page with life cycle and quotes, requests queue, websites of the embeddable quote form. */
export const productsModule: ModuleDefinition = {
  name: 'products',
  implemented: true,
  icon: IconPackage,
  routes: [
    { path: '', page: ProductsPage, access: view },
    { path: 'new', page: NewProductPage, access: create },
    { path: 'requests', page: RequestsPage, access: view },
    { path: 'websites', page: WebsitesPage, access: view },
    { path: ':productId', page: ProductPage, access: view },
  ],
  nav: [
    { path: '', label: 'products.nav.list', access: view },
    { path: 'new', label: 'products.nav.new', access: create },
    { path: 'requests', label: 'products.nav.requests', access: view },
    { path: 'websites', label: 'products.websites.nav', access: view },
  ],
};

// The client panel's "Offers" tab (the server announces it as `offers`, right products:view, order 95).
const ClientOffersTab = lazy(() => import('./client-offers-tab').then((m) => ({ default: m.ClientOffersTab })));
registerClientPanelTab({ key: 'offers', label: 'products.clientTab', order: 95, right: 'products:view', serverTab: 'offers', component: ClientOffersTab });
