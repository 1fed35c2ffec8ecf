import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import cookieParser from 'cookie-parser';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { MikroORM } from '@mikro-orm/postgresql';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { Config } from './config.js';
import type { RequestContext } from './core/context.js';
import { createRequestContext, transactionPlugin } from './core/request.js';
import { makeFormatError, QUERY_LIMIT_EXTENSION } from './core/format-error.js';
import { documentRoutes } from './modules/documents/documents.routes.js';
import { portalDocumentRoutes } from './modules/portal/portal-documents.routes.js';
import { bankImportRoutes, bankingRoutes } from './modules/banking/index.js';
import { publicQuoteRoutes } from './modules/products/public-quote.routes.js';
import { createPortalRequestContext, type PortalRequestContext } from './modules/portal/portal-context.js';

export const PORTAL_GRAPHQL_PATH = '/portal/graphql';

/** GraphQL abuse limits. */
export const LIMITS = { maxDepth: 10, maxAliases: 15, maxDirectives: 10, maxTokens: 2000, costLimit: 20000, bodyBytes: '200kb' };

/**
 * graphql-armor's refusal, told with the limit and its value: a refusal in validation is reported to
 * the validation context with them (instead of armor's own report, which keeps only the message); the
 * token limit's error, thrown while parsing, carries them to `refusalsAreBadRequests`.
 */
function limitExceeded(limit: Exclude<keyof typeof LIMITS, 'bodyBytes'>) {
  return (context: { reportError(error: GraphQLError): void } | null, error: GraphQLError): void => {
    const extensions = { code: 'BAD_USER_INPUT', [QUERY_LIMIT_EXTENSION]: { limit, max: LIMITS[limit] } };
    if (context) context.reportError(new GraphQLError(error.message, { extensions }));
    else Object.assign(error.extensions, extensions);
  };
}

/**
 * graphql-armor refuses a document over the token limit while Apollo parses it: its hook throws, and
 * its `unexpectedErrorProcessingRequest` turns Apollo's "unexpected error" back into the refusal —
 * which Apollo then answers with HTTP 500, as if the server had failed. The refusal is the client's
 * fault: HTTP 400, as for every other limit.
 */
function refusalsAreBadRequests(plugin: ApolloServerPlugin<RequestContext>): ApolloServerPlugin<RequestContext> {
  const unexpected = plugin.unexpectedErrorProcessingRequest;
  if (!unexpected) return plugin;
  return {
    ...plugin,
    async unexpectedErrorProcessingRequest(args) {
      try {
        await unexpected.call(plugin, args);
      } catch (error) {
        // only a refusal (armor's GraphQLError from parsing), never a crash of the server
        if (!(error instanceof GraphQLError) || !(args.error instanceof GraphQLError)) throw error;
        const limit = args.error.extensions[QUERY_LIMIT_EXTENSION];
        throw new GraphQLError(args.error.message, { extensions: { ...error.extensions, ...(limit ? { [QUERY_LIMIT_EXTENSION]: limit } : {}), http: { status: 400 } } });
      }
    },
  };
}

/** An Apollo server for one schema with the platform's limits, error format and one transaction per request. */
async function startApollo<C extends RequestContext>(config: Config, schema: GraphQLSchema, httpServer: Server): Promise<ApolloServer<C>> {
  const production = config.env === 'production';
  // A refused query is told which limit it exceeded and the limit's value (QUERY_LIMIT, core/format-error).
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, exposeLimits: true, flattenFragments: true, propagateOnRejection: false, onReject: [limitExceeded('maxDepth')] },
    maxAliases: { n: LIMITS.maxAliases, allowList: [], exposeLimits: true, propagateOnRejection: false, onReject: [limitExceeded('maxAliases')] },
    maxDirectives: { n: LIMITS.maxDirectives, exposeLimits: true, propagateOnRejection: false, onReject: [limitExceeded('maxDirectives')] },
    maxTokens: { n: LIMITS.maxTokens, exposeLimits: true, onReject: [limitExceeded('maxTokens')] },
    costLimit: { maxCost: LIMITS.costLimit, exposeLimits: true, propagateOnRejection: false, onReject: [limitExceeded('costLimit')] },
    blockFieldSuggestion: { enabled: production },
  });
  const protection = armor.protect();
  const apollo = new ApolloServer<C>({
    schema,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: !production,
    csrfPrevention: true,
    formatError: makeFormatError(production),
    allowBatchedHttpRequests: false,
    // graphql-armor ships CommonJS typings of Apollo's plugin type; the objects are the same.
    plugins: [
      ...(protection.plugins as unknown as ApolloServerPlugin<RequestContext>[]).map(refusalsAreBadRequests),
      transactionPlugin,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No HTTP caching of GraphQL answers here: without this, Apollo wraps every field of every row.
      ApolloServerPluginCacheControlDisabled(),
    ],
    validationRules: protection.validationRules,
  });
  await apollo.start();
  return apollo;
}

export async function createApp(
  orm: MikroORM,
  config: Config,
  schema: GraphQLSchema,
  httpServer: Server,
  portalSchema?: GraphQLSchema,
): Promise<{ app: Express; apollo: ApolloServer<RequestContext>; portalApollo?: ApolloServer<PortalRequestContext> }> {
  const apollo = await startApollo<RequestContext>(config, schema, httpServer);
  // the client portal (PO-9): its own schema, sessions and cookie, on its own path
  const portalApollo = portalSchema ? await startApollo<PortalRequestContext>(config, portalSchema, httpServer) : undefined;

  const app = express();
  app.disable('x-powered-by');
  // No ETag on answers: Express would hash every GraphQL answer (SHA-1 over the whole body) for a
  // conditional GET that a POST never makes. Files keep theirs (express.static has its own).
  app.set('etag', false);
  app.set('trust proxy', process.env.TRUST_PROXY === 'true');
  // GraphQL first: the busiest paths are matched before the file and public routes (which never share them)
  app.use(
    '/graphql',
    cookieParser(),
    express.json({ limit: LIMITS.bodyBytes }),
    expressMiddleware(apollo, { context: ({ req, res }) => createRequestContext(orm, config, req, res) }),
  );
  if (portalApollo) {
    app.use(
      PORTAL_GRAPHQL_PATH,
      cookieParser(),
      express.json({ limit: LIMITS.bodyBytes }),
      expressMiddleware(portalApollo, { context: ({ req, res }) => createPortalRequestContext(orm, config, req, res) }),
    );
  }
  // stored documents (DR-1): upload and download with the same session, scope and rights as GraphQL
  app.use(documentRoutes(orm, config));
  // documents shared with a portal user (issue #12 item 8): the portal's session, audited downloads
  app.use(portalDocumentRoutes(orm, config));
  // bank files (issue #14): direct-debit files downloaded with the staff session and billing:export
  app.use(bankingRoutes(orm, config));
  // bank statements and status reports imported as files (issue #14): above GraphQL's body limit, billing:create
  app.use(bankImportRoutes(orm, config));
  // the embeddable quote form's public endpoint (/public/quote/…): no session, its own origins and limits
  app.use(publicQuoteRoutes(orm, config));
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  // Errors before GraphQL runs (body too large, not JSON): a GraphQL-shaped answer with one of our
  // codes, never Express's HTML page with its stack trace.
  app.use(['/graphql', PORTAL_GRAPHQL_PATH], (error: { status?: number; statusCode?: number; type?: string }, _req: Request, res: Response, _next: NextFunction) => {
    const status = error.status ?? error.statusCode ?? 500;
    const message =
      error.type === 'entity.too.large' ? 'The request is too large.'
      : error.type === 'entity.parse.failed' ? 'The request is not valid JSON.'
      : status < 500 ? 'The request is not valid.'
      : 'Internal server error.';
    if (status >= 500) console.error('request failed', error);
    res.status(status).json({ errors: [{ message, extensions: { code: status < 500 ? 'BAD_USER_INPUT' : 'INTERNAL' } }] });
  });
  if (existsSync(path.join(config.webDist, 'index.html'))) {
    app.use(express.static(config.webDist, { index: false, maxAge: '1h' }));
    // the client portal's own page (web/portal.html) for every address under /portal/ (with the
    // slash: `/portal` itself is the staff app's page of the portal module)
    if (existsSync(path.join(config.webDist, 'portal.html'))) {
      app.get(/^\/portal\/.*/, (_req, res) => {
        res.sendFile(path.join(config.webDist, 'portal.html'));
      });
    }
    app.get(/^\/(?!graphql|public\/).*/, (_req, res) => {
      res.sendFile(path.join(config.webDist, 'index.html'));
    });
  }
  return { app, apollo };
}
