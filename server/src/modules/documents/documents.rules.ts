import { isSignedIn, type RuleMap } from '../../core/rules.js';

/**
 * A document's right depends on its owner (clients:view / clients:edit for a client's documents,
 * policies:… later), known only once the document is read: the rule requires a signed-in session
 * and the service checks the owner module's right before anything is returned or changed
 * (documents.service.ts requireRight), denying by default for an unknown owner type.
 */
export const documentsRules: RuleMap = {
  Query: { documents: isSignedIn, document: isSignedIn },
  Mutation: { deleteDocument: isSignedIn },
};
