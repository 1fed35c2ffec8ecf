import {
  IconChartBar,
  IconCoins,
  IconFileX,
  IconUserStar,
} from '@tabler/icons-react';
import { MODULES } from '@agency/shared';
import type { ExtraSection, ModuleDefinition } from './types';
import { baseModule, accountSection, platformSection } from './base/module';
import { placeholderModule } from './placeholder/placeholder-module';
import { clientsModule } from './clients/module';
import { policiesModule } from './policies/module';
import { claimsModule } from './claims/module';
import { consentsModule } from './consents/module';
import { productsModule } from './products/module';
import { billingModule } from './billing/module';
import { ledgerModule } from './ledger/module';
import { portalModule } from './portal/module';
import { collectionsModule } from './payments/module';
import { withBanking } from './banking/module';
import { withRiba } from './banking/riba-module';
import { withBankStatements } from './banking/statement-module';

/**
 * The one place where modules register their pages and navigation. A module that gets pages adds
 * `modules/<module>/module.ts` (routes + nav, like `base/module.ts`) and replaces its placeholder here.
 */
export const MODULE_DEFINITIONS: ModuleDefinition[] = [
  baseModule,
  clientsModule,
  consentsModule,
  policiesModule,
  productsModule,
  claimsModule,
  placeholderModule('producers', IconUserStar),
  placeholderModule('commissions', IconCoins),
  withBankStatements(withRiba(withBanking(billingModule))),
  ledgerModule,
  collectionsModule,
  placeholderModule('cancellations', IconFileX),
  placeholderModule('statistics', IconChartBar),
  portalModule,
];

/** Pages that belong to no company module. */
export const EXTRA_SECTIONS: ExtraSection[] = [platformSection, accountSection];

// Every module of the rights catalogue has exactly one definition.
if (MODULE_DEFINITIONS.map((m) => m.name).join() !== MODULES.join()) {
  throw new Error('MODULE_DEFINITIONS must list the modules of the rights catalogue, in order');
}
