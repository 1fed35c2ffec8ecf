import './claim-client.extensions.js';
import './claim-documents.js';
import { ClaimsResolver } from './claims.resolver.js';
import { ClaimFieldsResolver, ClaimStatusChangeFieldsResolver, ClientClaimsResolver, PolicyClaimsResolver } from './claim-fields.resolver.js';
import { Claim, ClaimMoney, ClaimParty, ClaimStatusChange } from './claim.entity.js';

export { claimsRules } from './claims.rules.js';

/** The claims module's resolvers (its client-card extension and document owner register on import). */
export const CLAIMS_RESOLVERS = [ClaimsResolver, ClaimFieldsResolver, ClaimStatusChangeFieldsResolver, ClientClaimsResolver, PolicyClaimsResolver] as const;

export const CLAIMS_ENTITIES = [Claim, ClaimParty, ClaimStatusChange, ClaimMoney] as const;
