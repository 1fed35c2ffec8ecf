import { and, or } from 'graphql-shield';
import { can, type RuleMap } from '../../core/rules.js';

/**
 * Every operation of the products module and its right (deny by default for anything not listed).
 * Moving a version needs products:edit or products:approve here; the service then checks the move's
 * own right (product-status.ts) and four eyes. Offers are saved on client cards (clients:edit); an
 * offer becomes a policy with policies:create.
 */
export const productsRules: RuleMap = {
  Query: {
    products: can('products', 'view'),
    product: can('products', 'view'),
    productVersion: can('products', 'view'),
    productTransitions: can('products', 'view'),
    rateQuote: can('products', 'view'),
    productsDashboard: can('products', 'view'),
    offers: can('products', 'view'),
    offer: can('products', 'view'),
    offerPdf: can('products', 'view'),
    quoteRequests: can('products', 'view'),
    quoteRequest: can('products', 'view'),
    quoteWebsites: can('products', 'view'),
  },
  Mutation: {
    createProduct: can('products', 'create'),
    updateProductVersion: can('products', 'edit'),
    newProductVersion: can('products', 'edit'),
    moveProductVersion: or(can('products', 'edit'), can('products', 'approve')),
    createOffer: and(can('products', 'view'), can('clients', 'edit')),
    acceptOffer: and(can('products', 'view'), can('clients', 'edit')),
    issuePolicyFromOffer: and(can('products', 'view'), can('policies', 'create')),
    createQuoteRequest: and(can('products', 'view'), can('clients', 'edit')),
    assignQuoteRequest: and(can('products', 'view'), can('clients', 'edit')),
    answerQuoteRequest: and(can('products', 'view'), can('clients', 'edit')),
    createQuoteWebsite: can('products', 'edit'),
    updateQuoteWebsite: can('products', 'edit'),
  },
};
