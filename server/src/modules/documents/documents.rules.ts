import { isSignedIn, type RuleMap } from '../../core/rules.js';

/**
 * A document's right depends on its owner (clients:view / clients:edit / clients:delete for a client's
 * documents, policies:… for a policy's, claims:… for a claim's), known only once the document is read:
 * the rule requires a signed-in session and the service checks the owner module's right before
 * anything is returned or changed (documents.service.ts requireRight), denying by default for an
 * unknown owner type. `deleteDocument` needs the owner module's `delete` right (FORBIDDEN without it).
 */
export const documentsRules: RuleMap = {
  Query: { documents: isSignedIn, document: isSignedIn },
  Mutation: { deleteDocument: isSignedIn },
};
