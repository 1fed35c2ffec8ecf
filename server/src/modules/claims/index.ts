import './claim-client.extensions.js';
import './claim-documents.js';
import { ClaimsResolver } from './claims.resolver.js';
import { ClaimFieldsResolver, ClaimStatusChangeFieldsResolver, ClientClaimsResolver, PolicyClaimsResolver } from './claim-fields.resolver.js';
import { Claim, ClaimMoney, ClaimParty, ClaimStatusChange } from './claim.entity.js';
import { onPolicyMoved } from '../policies/policy-moves.js';
import { moveClaimsOfPolicy } from './claim-write.service.js';

// a policy moved to another client takes the claims made under it along
onPolicyMoved(moveClaimsOfPolicy);

export { claimsRules } from './claims.rules.js';

/** The claims module's resolvers (its client-card extension and document owner register on import). */
export const CLAIMS_RESOLVERS = [ClaimsResolver, ClaimFieldsResolver, ClaimStatusChangeFieldsResolver, ClientClaimsResolver, PolicyClaimsResolver] as const;

export const CLAIMS_ENTITIES = [Claim, ClaimParty, ClaimStatusChange, ClaimMoney] as const;
