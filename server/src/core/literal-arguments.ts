import { BREAK, Kind, parse, visit, type ASTNode, type GraphQLError } from 'graphql';
import type { FieldError } from '@agency/shared';

/** Value nodes: a literal written in the document. */
const VALUE_KINDS = new Set<string>([Kind.INT, Kind.FLOAT, Kind.STRING, Kind.BOOLEAN, Kind.NULL, Kind.ENUM, Kind.LIST, Kind.OBJECT]);

/**
 * A validation error about a literal argument (`first: "abc"`, an unknown enum value) says what is
 * wrong with the value, but not which argument it is. The argument is found in the document by the
 * value's position, with the input fields on the way (`filter.status`). Null when the error is not about a literal in an argument.
 */
export function literalArgumentError(error: unknown): { message: string; field: FieldError } | null {
  // duck-typed: Apollo's ValidationError keeps the nodes of graphql's error
  const { nodes, message } = (error ?? {}) as Partial<Pick<GraphQLError, 'nodes' | 'message'>>;
  const node = nodes?.[0];
  if (!node?.loc || !VALUE_KINDS.has(node.kind)) return null;
  const { start, end, source } = node.loc;
  let names: string[] | null = null;
  try {
    visit(parse(source, { noLocation: false }), {
      enter(n: ASTNode, _key, parent, _path, ancestors) {
        if (n.loc?.start !== start || n.loc?.end !== end || n.kind !== node.kind) return undefined;
        // graphql's `ancestors` stop before the parent
        const chain = [...ancestors, parent, n].filter((a): a is ASTNode => !!a && !Array.isArray(a) && typeof (a as ASTNode).kind === 'string');
        const argumentAt = chain.map((a) => a.kind).lastIndexOf(Kind.ARGUMENT);
        if (argumentAt >= 0) {
          names = chain.slice(argumentAt).flatMap((a) => (a.kind === Kind.ARGUMENT || a.kind === Kind.OBJECT_FIELD ? [a.name.value] : []));
        }
        return BREAK;
      },
    });
  } catch {
    return null;
  }
  const found = names as string[] | null;
  if (!found?.length) return null;
  const field = found.join('.');
  return { message: `Argument "${field}": ${message}`, field: { field, reason: 'invalid_value', message: message ?? 'Invalid value.' } };
}
