import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { Company } from '../modules/base/companies/company.entity.js';
import { seedBase } from './demo.seeder.js';
import { seedClients } from './clients.seeder.js';
import { seedPolicies } from './policies.seeder.js';
import { seedVehicles } from './vehicles.seeder.js';
import { seedClaims } from './claims.seeder.js';
import { seedConsents } from './consents.seeder.js';
import { seedProducts } from './products.seeder.js';
import { seedLedger } from './ledger.seeder.js';
import { seedBilling } from './billing.seeder.js';
import { seedPortal } from './portal.seeder.js';
import { seedPayments } from './payments.seeder.js';
import { seedBanking } from './banking.seeder.js';
import { seedRiba } from './riba.seeder.js';
import { seedBankStatement } from './bank-statement.seeder.js';

/** The database seeder: one seeder per module, in order, on an empty database only. */
export async function seedDemo(orm: MikroORM, config: Config): Promise<boolean> {
  const count = await orm.em.fork().count(Company, {});
  if (count > 0) return false;
  await seedBase(orm, config);
  await seedClients(orm, config);
  await seedPolicies(orm, config);
  await seedVehicles(orm, config);
  await seedClaims(orm, config);
  await seedConsents(orm, config);
  await seedProducts(orm, config);
  await seedLedger(orm, config);
  await seedBilling(orm, config);
  await seedPortal(orm, config);
  await seedPayments(orm, config);
  await seedBanking(orm, config);
  await seedRiba(orm, config);
  await seedBankStatement(orm, config);
  return true;
}
