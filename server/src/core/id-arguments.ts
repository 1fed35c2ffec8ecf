import { type GraphQLInputType, type GraphQLResolveInfo, type GraphQLSchema, getNamedType, isInputObjectType, isListType, isNonNullType } from 'graphql';
import type { FieldError } from '@agency/shared';
import { badInput } from './errors.js';

type Resolve = (parent: unknown, args: Record<string, unknown>, ctx: unknown, info: GraphQLResolveInfo) => unknown;
type MiddlewareResolver = (resolve: Resolve, parent: unknown, args: Record<string, unknown>, ctx: unknown, info: GraphQLResolveInfo) => unknown;

/** Every `ID` of the platform is a UUID. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function hasId(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (named.name === 'ID') return true;
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((f) => hasId(f.type, seen));
}

function badIds(type: GraphQLInputType, value: unknown, path: string[], out: string[]): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return badIds(type.ofType, value, path, out);
  if (isListType(type)) {
    if (Array.isArray(value)) value.forEach((v, i) => badIds(type.ofType, v, [...path, String(i)], out));
    return;
  }
  if (isInputObjectType(type)) {
    for (const f of Object.values(type.getFields())) badIds(f.type, (value as Record<string, unknown>)[f.name], [...path, f.name], out);
    return;
  }
  if (type.name === 'ID' && !(typeof value === 'string' && UUID.test(value))) out.push(path.join('.'));
}

/**
 * An id that is not a UUID cannot name any row: refused as BAD_USER_INPUT naming the field, before
 * it reaches the database (where it would fail as an invalid cast). Fields of an input object are
 * named as in the input (`roleId`), scalar arguments by their name (`id`). Root fields only.
 */
export function idArgumentsMiddleware(schema: GraphQLSchema): Record<string, Record<string, MiddlewareResolver>> {
  const middleware: Record<string, Record<string, MiddlewareResolver>> = {};
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    if (!root) continue;
    for (const field of Object.values(root.getFields())) {
      if (!field.args.some((a) => hasId(a.type))) continue;
      (middleware[root.name] ??= {})[field.name] = (resolve, parent, args, ctx, info) => {
        const bad: string[] = [];
        for (const arg of field.args) {
          const inputObject = isInputObjectType(getNamedType(arg.type)) && !isListType(isNonNullType(arg.type) ? arg.type.ofType : arg.type);
          badIds(arg.type, args[arg.name], inputObject ? [] : [arg.name], bad);
        }
        if (bad.length) {
          throw badInput(bad.map((f): FieldError => ({ field: f || field.name, reason: 'invalid_id', message: 'Not a valid id.' })));
        }
        return resolve(parent, args, ctx, info);
      };
    }
  }
  return middleware;
}
