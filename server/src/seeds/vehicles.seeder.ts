import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { withSystemContext } from '../core/system-context.js';
import { companyToday } from '../core/company-calendar.js';
import type { RequestContext } from '../core/context.js';
import { Company } from '../modules/base/companies/company.entity.js';
import { Client } from '../modules/clients/client.entity.js';
import { Policy } from '../modules/policies/policy.entity.js';
import { Fuel, VehicleUse } from '../modules/policies/vehicles/vehicle.enums.js';
import { Vehicle, VehiclePolicy } from '../modules/policies/vehicles/vehicle.entity.js';
import { MOTOR_LINES } from '../modules/policies/vehicles/vehicle.service.js';
import { normalizePlate, plateIssue, vinIssue } from '../modules/policies/vehicles/vehicle-identifiers.js';
import { addDays } from '../modules/policies/installments.js';

/**
 * The vehicles' demo data: every client with a motor policy owns a car linked to all of his motor
 * policies; every fifth of them also has an older car already sold; every seventh client without a
 * motor policy has a car insured elsewhere. Plates follow the company country's shape, VINs ISO 3779
 * (both checked with the module's own rules before anything is written); one flush per company (the
 * search trigger writes the plate terms). Deterministic.
 */
const CARS: Array<[string, string, Fuel, string]> = [
  ['Fiat', 'Panda', Fuel.PETROL, 'ZFA'],
  ['Volkswagen', 'Golf', Fuel.DIESEL, 'WVW'],
  ['Renault', 'Clio', Fuel.PETROL, 'VF1'],
  ['Toyota', 'Yaris Hybrid', Fuel.HYBRID, 'SB1'],
  ['Peugeot', '208', Fuel.PETROL, 'VF3'],
  ['Tesla', 'Model 3', Fuel.ELECTRIC, 'LRW'],
  ['Opel', 'Corsa', Fuel.LPG, 'W0L'],
  ['BMW', '320d', Fuel.DIESEL, 'WBA'],
  ['Kia', 'Niro', Fuel.PLUG_IN_HYBRID, 'KNA'],
  ['Ford', 'Transit', Fuel.DIESEL, 'WF0'],
];
const USES = [VehicleUse.PRIVATE, VehicleUse.PRIVATE, VehicleUse.PRIVATE, VehicleUse.BUSINESS, VehicleUse.PRIVATE, VehicleUse.GOODS];
const IT_LETTERS = 'ABCDEFGHJKLMNPRSTVWXYZ';
const NL_LETTERS = 'BDFGHJKLNPRSTVXZ';
const VIN_CHARS = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';

/** The n-th plate of a country, written as its owners write it. */
export function demoPlate(country: string, n: number): string {
  const L = (alphabet: string, k: number) => alphabet[k % alphabet.length];
  const d = (k: number, width: number) => String(k).padStart(width, '0').slice(-width);
  switch (country) {
    case 'IT':
    case 'FR':
      return `${L(IT_LETTERS, 5 + Math.floor(n / 22))}${L(IT_LETTERS, n)} ${d(100 + n * 7, 3)} ${L(IT_LETTERS, n * 3)}${L(IT_LETTERS, Math.floor(n / 7))}`;
    case 'NL':
      return `${d(10 + (n % 90), 2)}-${L(NL_LETTERS, n)}${L(NL_LETTERS, Math.floor(n / 16))}${L(NL_LETTERS, n * 5)}-${(n % 9) + 1}`;
    case 'DE':
    case 'AT':
      return `B-${L(IT_LETTERS, n)}${L(IT_LETTERS, Math.floor(n / 22))} ${(n % 9000) + 100}`;
    case 'PL':
      return `WA ${d(10_000 + n * 13, 5)}`;
    case 'ES':
      return `${d(1000 + n, 4)} ${L('BCDFGHJKLMNPRSTVWXYZ', n)}${L('BCDFGHJKLMNPRSTVWXYZ', Math.floor(n / 20))}${L('BCDFGHJKLMNPRSTVWXYZ', n * 3)}`;
    case 'BE':
      return `1-${L(IT_LETTERS, n)}${L(IT_LETTERS, Math.floor(n / 22))}${L(IT_LETTERS, n * 3)}-${d(n, 3)}`;
    case 'CH':
      return `ZH ${100_000 + n}`;
    default:
      return `${L(IT_LETTERS, n)}${L(IT_LETTERS, Math.floor(n / 22))}${d(1000 + n, 4)}`;
  }
}

function demoVin(wmi: string, n: number, year: number): string {
  let serial = '';
  for (let k = n * 7919 + 13, i = 0; i < 6; i++, k = Math.floor(k / 10)) serial = String(k % 10) + serial;
  const yearChar = 'ABCDEFGHJKLMNPRSTVWXY123456789'[(year - 2010 + 30) % 30];
  return `${wmi}ZZZ${VIN_CHARS[n % VIN_CHARS.length]}${VIN_CHARS[(n * 7) % VIN_CHARS.length]}Z${yearChar}${VIN_CHARS[(n * 3) % 26]}${serial}`;
}

export async function seedVehicles(orm: MikroORM, config: Config): Promise<void> {
  await withSystemContext(orm, config, async (ctx) => {
    for (const company of await ctx.em.find(Company, {}, { orderBy: { code: 'asc' } })) {
      await ctx.applyScope(company.id);
      await seedCompany(ctx, company);
    }
    await ctx.applyScope(undefined);
  });
}

async function seedCompany(ctx: RequestContext, company: Company): Promise<void> {
  const clients = await ctx.em.find(Client, { erasedAt: null }, { orderBy: { displayName: 'asc', id: 'asc' } });
  if (!clients.length) return;
  const motor = await ctx.em.find(Policy, { line: { code: { $in: [...MOTOR_LINES] } } }, { orderBy: { coverStart: 'asc', id: 'asc' } });
  const today = await companyToday(ctx);
  const thisYear = Number(today.slice(0, 4));
  let n = 0;
  const add = (client: Client, soldOn: string | null): Vehicle => {
    const [make, model, fuel, wmi] = CARS[n % CARS.length];
    const year = thisYear - 1 - (n % 12) - (soldOn ? 4 : 0);
    const plateDisplay = demoPlate(company.country, n);
    const plate = normalizePlate(plateDisplay);
    const vin = demoVin(wmi, n, year);
    if (plateIssue(plate, company.country) || vinIssue(vin, company.country)) throw new Error(`demo vehicle ${plateDisplay} / ${vin} does not pass the checks`);
    n++;
    return ctx.em.create(Vehicle, {
      company,
      client,
      plate,
      plateDisplay,
      plateCountry: company.country,
      vin,
      make,
      model,
      year,
      fuel,
      use: USES[n % USES.length],
      soldOn,
      createdAt: new Date(),
      updatedAt: new Date(),
    });
  };
  let withMotor = 0;
  let without = 0;
  for (const client of clients) {
    const policies = motor.filter((p) => p.client.id === client.id);
    if (policies.length) {
      const car = add(client, null);
      for (const policy of policies) ctx.em.create(VehiclePolicy, { company, vehicle: car, policy, createdAt: new Date() });
      if (withMotor++ % 5 === 0) add(client, addDays(today, -200 - (n % 300)));
    } else if (without++ % 7 === 0) {
      add(client, null);
    }
  }
  await ctx.em.flush();
}
