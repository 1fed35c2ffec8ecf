import './payments-client.extensions.js';
import { PaymentsResolver } from './payments.resolver.js';
import { RemittancesResolver } from './remittances.resolver.js';

export { paymentsRules } from './payments.rules.js';

/** Payments, matching and remittances (its client-card tab registers on import). */
export const PAYMENTS_RESOLVERS = [PaymentsResolver, RemittancesResolver] as const;
