import 'reflect-metadata';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { markPlainFields, ruleMap, withPermissions } from '../../core/schema.js';
import { PortalAccountResolver, PortalHomeResolver } from './portal.resolver.js';
import { portalRules } from './portal.rules.js';
import { PortalCardResolver } from './portal-card.resolver.js';
import { PortalMessagesResolver } from './portal-messages.resolver.js';
import { PortalConsentsResolver } from './portal-consents.resolver.js';
import { PortalDocumentsResolver } from './portal-documents.resolver.js';
import { PortalTotpResolver } from './portal-totp.resolver.js';
import { PortalQuotesResolver } from './portal-quotes.resolver.js';

/**
 * The portal's own schema (PO-9): built from the portal's resolvers only — no staff operation, type
 * or field resolver is in it — with its own permission map (deny by default). Served at /portal/graphql.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const PORTAL_RESOLVERS: NonEmptyArray<Function> = [PortalAccountResolver, PortalHomeResolver, PortalCardResolver, PortalMessagesResolver, PortalConsentsResolver, PortalDocumentsResolver, PortalTotpResolver, PortalQuotesResolver];
export const PORTAL_RULES = [portalRules];

export async function buildBarePortalSchema(): Promise<GraphQLSchema> {
  markPlainFields();
  return buildSchema({ resolvers: PORTAL_RESOLVERS, validate: false, emitSchemaFile: false });
}

export async function buildPortalSchema(): Promise<GraphQLSchema> {
  const schema = await buildBarePortalSchema();
  return withPermissions(schema, ruleMap(schema, PORTAL_RULES));
}
