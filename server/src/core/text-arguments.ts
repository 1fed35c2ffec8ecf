import { type GraphQLInputType, type GraphQLResolveInfo, type GraphQLSchema, getNamedType, isInputObjectType, isListType, isNonNullType } from 'graphql';
import type { FieldError } from '@agency/shared';
import { badInput } from './errors.js';

type Resolve = (parent: unknown, args: Record<string, unknown>, ctx: unknown, info: GraphQLResolveInfo) => unknown;
type MiddlewareResolver = (resolve: Resolve, parent: unknown, args: Record<string, unknown>, ctx: unknown, info: GraphQLResolveInfo) => unknown;

/**
 * Characters PostgreSQL cannot store in text: NUL, and UTF-16 surrogates without their pair (they
 * have no UTF-8 form). JSON lets a client send both (`\u0000`, `\ud800`).
 */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isStorableText(value: string): boolean {
  return !UNSTORABLE.test(value);
}

/** Any string inside a value of a custom scalar (JSON-like objects and arrays included). */
function badInScalar(value: unknown, path: string[], out: string[]): void {
  if (typeof value === 'string') {
    if (!isStorableText(value)) out.push(path.join('.'));
  } else if (Array.isArray(value)) value.forEach((v, i) => badInScalar(v, [...path, String(i)], out));
  else if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [k, v] of Object.entries(value)) badInScalar(v, [...path, k], out);
  }
}

function badTexts(type: GraphQLInputType, value: unknown, path: string[], out: string[]): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return badTexts(type.ofType, value, path, out);
  if (isListType(type)) {
    if (Array.isArray(value)) value.forEach((v, i) => badTexts(type.ofType, v, [...path, String(i)], out));
    else badTexts(type.ofType, value, path, out);
    return;
  }
  if (isInputObjectType(type)) {
    for (const f of Object.values(type.getFields())) badTexts(f.type, (value as Record<string, unknown>)[f.name], [...path, f.name], out);
    return;
  }
  badInScalar(value, path, out);
}

/**
 * One check for every argument of every Query and Mutation field, present and future: a text
 * PostgreSQL cannot store is refused as BAD_USER_INPUT naming the field (its path in the input:
 * `addresses.0.city`; scalar arguments by their name), before anything runs or is saved — never an
 * INTERNAL database error. Fields are named as the id check names them.
 */
export function textArgumentsMiddleware(schema: GraphQLSchema): Record<string, Record<string, MiddlewareResolver>> {
  const middleware: Record<string, Record<string, MiddlewareResolver>> = {};
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    if (!root) continue;
    for (const field of Object.values(root.getFields())) {
      if (!field.args.length) continue;
      (middleware[root.name] ??= {})[field.name] = (resolve, parent, args, ctx, info) => {
        const bad: string[] = [];
        for (const arg of field.args) {
          const inputObject = isInputObjectType(getNamedType(arg.type)) && !isListType(isNonNullType(arg.type) ? arg.type.ofType : arg.type);
          badTexts(arg.type, args[arg.name], inputObject ? [] : [arg.name], bad);
        }
        if (bad.length) {
          throw badInput(
            bad.map((f): FieldError => ({ field: f || field.name, reason: 'invalid_characters', message: 'Contains characters that cannot be stored (NUL or an unpaired surrogate).' })),
          );
        }
        return resolve(parent, args, ctx, info);
      };
    }
  }
  return middleware;
}
