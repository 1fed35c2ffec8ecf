import { Client, cacheExchange, fetchExchange, mapExchange, type CombinedError, type Operation } from 'urql';

export interface ClientHooks {
  /** A request came back UNAUTHENTICATED: the session ended (expired, revoked, logged out elsewhere). */
  onSessionLost(): void;
}

function isUnauthenticated(error: CombinedError): boolean {
  return error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
}

const SIGN_IN_OPERATIONS = new Set(['Login', 'VerifySecondFactor', 'ChangePassword', 'ResetPassword', 'Me']);

function operationName(operation: Operation): string | undefined {
  for (const definition of operation.query.definitions) {
    if (definition.kind === 'OperationDefinition') return definition.name?.value;
  }
  return undefined;
}

/**
 * One urql client per session and active company: a switch of company or a sign-in creates a new one,
 * so nothing cached for one company is ever shown for another.
 */
export function createClient(hooks: ClientHooks): Client {
  return new Client({
    url: '/graphql',
    // Apollo's CSRF prevention refuses simple GET requests; everything goes as a JSON POST.
    preferGetMethod: false,
    fetchOptions: { credentials: 'same-origin', headers: { 'content-type': 'application/json' } },
    requestPolicy: 'cache-and-network',
    exchanges: [
      mapExchange({
        onError(error, operation) {
          const name = operationName(operation);
          if (isUnauthenticated(error) && !SIGN_IN_OPERATIONS.has(name ?? '')) hooks.onSessionLost();
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
  });
}
