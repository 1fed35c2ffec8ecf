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

/**
 * Checks the ids in `value` (of `type`) and gives it back with each id in lower case: a UUID names the
 * same row in either case, and the services key what they read by PostgreSQL's lower-case form. Ids
 * that are not UUIDs are added to `out` by their path.
 */
function checkIds(type: GraphQLInputType, value: unknown, path: string[], out: string[]): unknown {
  if (value === null || value === undefined) return value;
  if (isNonNullType(type)) return checkIds(type.ofType, value, path, out);
  if (isListType(type)) return Array.isArray(value) ? value.map((v, i) => checkIds(type.ofType, v, [...path, String(i)], out)) : value;
  if (isInputObjectType(type)) {
    const fields = value as Record<string, unknown>;
    for (const f of Object.values(type.getFields())) if (f.name in fields) fields[f.name] = checkIds(f.type, fields[f.name], [...path, f.name], out);
    return fields;
  }
  if (type.name !== 'ID') return value;
  if (typeof value === 'string' && UUID.test(value)) return value.toLowerCase();
  out.push(path.join('.'));
  return value;
}

/**
 * An id that is not a UUID cannot name any row: refused as BAD_USER_INPUT naming the field, before
 * it reaches the database (where it would fail as an invalid cast). Fields of an input object are
 * named as in the input (`roleId`), scalar arguments by their name (`id`). Root fields only. A valid id
 * goes on in lower case (`checkIds`).
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
          if (arg.name in args) args[arg.name] = checkIds(arg.type, args[arg.name], inputObject ? [] : [arg.name], bad);
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
