import './product-client.extensions.js';
import { ProductsResolver } from './products.resolver.js';
import { OffersResolver } from './offers.resolver.js';
import {
  ClientOffersResolver,
  OfferFieldsResolver,
  ProductFieldsResolver,
  ProductVersionEventFieldsResolver,
  ProductVersionFieldsResolver,
  QuoteRequestFieldsResolver,
} from './product-fields.resolver.js';
import { ProductOffer, QuoteRequest } from './offer.entity.js';
import { Product, ProductVersion, ProductVersionEvent } from './product.entity.js';
import { QuoteWebsite } from './quote-website.entity.js';
import { QuoteWebsitesResolver } from './quote-websites.resolver.js';

export { productsRules } from './products.rules.js';

/** The products module's resolvers (its client-card tab and extension register on import). */
export const PRODUCTS_RESOLVERS = [
  ProductsResolver,
  OffersResolver,
  ProductFieldsResolver,
  ProductVersionFieldsResolver,
  ProductVersionEventFieldsResolver,
  OfferFieldsResolver,
  QuoteRequestFieldsResolver,
  ClientOffersResolver,
  QuoteWebsitesResolver,
] as const;

export const PRODUCTS_ENTITIES = [Product, ProductVersion, ProductVersionEvent, QuoteRequest, ProductOffer, QuoteWebsite] as const;
