import 'reflect-metadata';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { GraphQLSchema, printSchema, lexicographicSortSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { shield, deny } from 'graphql-shield';
import { RESOLVERS, RULES } from '../modules/index.js';
import { forbidden } from './errors.js';
import type { RuleMap } from './rules.js';
import { idArgumentsMiddleware } from './id-arguments.js';
import { textArgumentsMiddleware } from './text-arguments.js';

/**
 * The schema as type-graphql builds it, before permissions.
 *
 * A field that is a plain property (no field resolver, no middleware, no roles, the property named
 * as the field) is resolved by GraphQL's default resolver: type-graphql would otherwise give each one
 * a resolver running its (empty) middleware chain — per field of every row of a list page. Its own
 * `simple` option, set here once for every such field instead of on each class.
 */
export async function buildBareSchema(): Promise<GraphQLSchema> {
  markPlainFields();
  return buildSchema({ resolvers: RESOLVERS, validate: false, emitSchemaFile: false });
}

export function markPlainFields(): void {
  for (const field of getMetadataStorage().fields) {
    if (field.simple === undefined && field.name === field.schemaName && !field.middlewares?.length && !field.roles?.length) field.simple = true;
  }
}

/**
 * The permission map: every Query and Mutation field has an explicit rule from its module; anything
 * else is denied (`fallbackRule: deny`).
 */
export function ruleMap(_schema: GraphQLSchema, modules: RuleMap[] = RULES) {
  const map: Record<string, Record<string, unknown> | unknown> = { Query: {}, Mutation: {} };
  for (const module of modules) {
    for (const root of ['Query', 'Mutation'] as const) {
      for (const [field, rule] of Object.entries(module[root] ?? {})) {
        const target = map[root] as Record<string, unknown>;
        if (target[field]) throw new Error(`Two rules for ${root}.${field}`);
        target[field] = rule;
      }
    }
  }
  return map;
}

const ROOTS = ['Query', 'Mutation'];

export async function buildAppSchema(): Promise<GraphQLSchema> {
  const schema = await buildBareSchema();
  return withPermissions(schema, ruleMap(schema));
}

/** Shield on the root fields (deny by default), then the checks of the input; used by every schema served. */
export function withPermissions(schema: GraphQLSchema, map: ReturnType<typeof ruleMap>): GraphQLSchema {
  const permissions = shield(map as never, {
    fallbackRule: deny,
    allowExternalErrors: true,
    fallbackError: () => forbidden(),
    debug: false,
  });
  // Fields of object types are reachable only through a root field, which carries the check. Shield
  // would wrap every one of them (an async middleware per field of every row); only the root fields
  // keep its middleware, so lists of rows resolve at the speed of plain resolvers.
  const generated = permissions.generate(schema) as Record<string, unknown>;
  const rootsOnly = Object.fromEntries(Object.entries(generated).filter(([type]) => ROOTS.includes(type)));
  // Permissions first, then the checks of the input: a visitor is told to sign in, not that an id is
  // malformed. Texts PostgreSQL cannot store are refused for every argument, in this one place.
  return applyMiddleware(schema, rootsOnly as never, textArgumentsMiddleware(schema) as never, idArgumentsMiddleware(schema) as never);
}

export function printAppSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
