import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import { GraphQLSchema, isObjectType, printSchema, lexicographicSortSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { shield, allow, deny } from 'graphql-shield';
import { RESOLVERS, RULES } from '../modules/index.js';
import { forbidden } from './errors.js';

/** The schema as type-graphql builds it, before permissions. */
export async function buildBareSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: RESOLVERS, validate: false, emitSchemaFile: false });
}

/**
 * The permission map: every Query and Mutation field has an explicit rule from its module; anything
 * else is denied (`fallbackRule: deny`). Fields of object types are reachable only through a root
 * field, which carries the check, so object types are allowed as a whole, by name.
 */
export function ruleMap(schema: GraphQLSchema) {
  const map: Record<string, Record<string, unknown> | unknown> = { Query: {}, Mutation: {} };
  for (const module of RULES) {
    for (const root of ['Query', 'Mutation'] as const) {
      for (const [field, rule] of Object.entries(module[root] ?? {})) {
        const target = map[root] as Record<string, unknown>;
        if (target[field]) throw new Error(`Two rules for ${root}.${field}`);
        target[field] = rule;
      }
    }
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (isObjectType(type) && !['Query', 'Mutation', 'Subscription'].includes(type.name) && !type.name.startsWith('__')) {
      map[type.name] = allow;
    }
  }
  return map;
}

export async function buildAppSchema(): Promise<GraphQLSchema> {
  const schema = await buildBareSchema();
  const permissions = shield(ruleMap(schema) as never, {
    fallbackRule: deny,
    allowExternalErrors: true,
    fallbackError: () => forbidden(),
    debug: false,
  });
  return applyMiddleware(schema, permissions);
}

export function printAppSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
