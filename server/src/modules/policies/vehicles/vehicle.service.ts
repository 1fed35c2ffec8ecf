import type { FieldIssue } from '@agency/shared';
import type { RequestContext } from '../../../core/context.js';
import { AppError, badField, badInput, conflict, notFound } from '../../../core/errors.js';
import { Company } from '../../base/companies/company.entity.js';
import { Client } from '../../clients/client.entity.js';
import { isUuid } from '../../clients/client.service.js';
import { Policy } from '../policy.entity.js';
import { LineCode } from '../policy.enums.js';
import { Fuel, VehicleUse } from './vehicle.enums.js';
import type { VehicleInput } from './vehicle.inputs.js';
import { Vehicle, VehiclePolicy } from './vehicle.entity.js';
import { normalizePlate, normalizeVin, plateIssue, vinIssue } from './vehicle-identifiers.js';
import { companyToday } from '../../../core/company-calendar.js';
import { checkRecordDate, isRealDate } from '../../../core/dates.js';

/** Vehicles (PL-2): lookup, list, create, change, delete, links to motor policies. */

/** The lines a vehicle may be linked to. */
export const MOTOR_LINES: readonly LineCode[] = [LineCode.MOTOR_LIABILITY, LineCode.MOTOR_OWN_DAMAGE];

/** The longest plate kept as written (vehicle.plate_display holds 2–20 characters); a longer one is kept normalised. */
const MAX_PLATE_DISPLAY = 20;

/** A vehicle of the active company, or NOT_FOUND (another company's id included). */
export async function getVehicle(ctx: RequestContext, id: string): Promise<Vehicle> {
  ctx.requireCompany();
  const vehicle = isUuid(id) ? await ctx.em.findOne(Vehicle, { id }) : null;
  if (!vehicle) throw notFound('Vehicle');
  return vehicle;
}

/** Vehicles of a client (owned first, then sold), or found by plate prefix. */
export async function listVehicles(ctx: RequestContext, clientId: string | null, plate: string | null, includeSold: boolean): Promise<Vehicle[]> {
  ctx.requireCompany();
  const where: Record<string, unknown> = {};
  if (clientId) where.client = isUuid(clientId) ? clientId : '00000000-0000-0000-0000-000000000000';
  if (plate?.trim()) where.plate = { $like: `${normalizePlate(plate).replace(/[\\%_]/g, '')}%` };
  if (!includeSold) where.soldOn = null;
  return ctx.em.find(Vehicle, where, { orderBy: { soldOn: 'desc nulls first', plate: 'asc', id: 'asc' }, limit: 200 });
}

interface CheckedVehicle {
  clientId: string;
  plate: string;
  plateDisplay: string;
  plateCountry: string;
  vin: string | null;
  make: string;
  model: string;
  year: number | null;
  fuel: Fuel | null;
  use: VehicleUse | null;
  soldOn: string | null;
}

/** The input checked as a whole: the owner must exist in the company (NOT_FOUND), every other issue names its field. */
async function checkVehicle(ctx: RequestContext, input: VehicleInput, self?: string): Promise<CheckedVehicle> {
  const client = isUuid(input.clientId) ? await ctx.em.findOne(Client, { id: input.clientId }, { fields: ['id', 'erasedAt'] }) : null;
  if (!client || client.erasedAt) throw new AppError('NOT_FOUND', 'Not found — clientId', { fields: [{ field: 'clientId', reason: 'not_found', message: 'No such client.' }] });
  const issues: FieldIssue[] = [];
  const add = (field: string, reason: string, message: string) => issues.push({ field, reason, message });
  const company = await ctx.em.findOneOrFail(Company, { id: ctx.requireCompany() }, { fields: ['id', 'country'] });

  const plateCountry = (input.plateCountry?.trim() || company.country || '').toUpperCase();
  if (!/^[A-Z]{2}$/.test(plateCountry)) add('plateCountry', 'invalid', 'A country code of two letters (ISO 3166-1), e.g. IT.');
  const plate = normalizePlate(input.plate ?? '');
  const written = (input.plate ?? '').trim().toUpperCase().replace(/\s+/g, ' ');
  const plateDisplay = written.length > MAX_PLATE_DISPLAY ? plate : written;
  const pi = plateIssue(plate, plateCountry);
  if (pi) add('plate', pi.reason, pi.message);
  const vin = input.vin?.trim() ? normalizeVin(input.vin) : null;
  if (vin) {
    const vi = vinIssue(vin, plateCountry);
    if (vi) add('vin', vi.reason, vi.message);
  }
  const make = input.make?.trim() ?? '';
  if (!make) add('make', 'required', 'The make is required.');
  else if (make.length > 80) add('make', 'too_long', 'At most 80 characters.');
  const model = input.model?.trim() ?? '';
  if (!model) add('model', 'required', 'The model is required.');
  else if (model.length > 80) add('model', 'too_long', 'At most 80 characters.');
  const thisYear = new Date().getUTCFullYear();
  if (input.year != null && (input.year < 1886 || input.year > thisYear + 1)) add('year', 'out_of_range', `A year between 1886 and ${thisYear + 1}.`);
  if (input.fuel != null && !Object.values(Fuel).includes(input.fuel)) add('fuel', 'unknown', 'Unknown fuel.');
  if (input.use != null && !Object.values(VehicleUse).includes(input.use)) add('use', 'unknown', 'Unknown use.');
  const soldOn = input.soldOn?.trim() || null;
  if (soldOn) {
    // after today: in_future (as before); otherwise a record date (invalid_date, out_of_range before 1900)
    const inFuture = isRealDate(soldOn) && soldOn > (await companyToday(ctx));
    const soldIssue = inFuture ? null : checkRecordDate('soldOn', soldOn);
    if (soldIssue) add(soldIssue.field, soldIssue.reason, soldIssue.message);
    else if (inFuture) add('soldOn', 'in_future', 'A sale date cannot be in the future.');
    else if (input.year != null && Number(soldOn.slice(0, 4)) < input.year - 1) add('soldOn', 'before_year', 'Sold before it was built.');
  }
  if (!pi && !soldOn && /^[A-Z]{2}$/.test(plateCountry)) {
    const same = await ctx.em.findOne(Vehicle, { plate, plateCountry, soldOn: null }, { fields: ['id'] });
    if (same && same.id !== self) add('plate', 'duplicate', 'Another owned vehicle of this company has this plate.');
  }
  if (issues.length) throw badInput(issues);
  return { clientId: client.id, plate, plateDisplay, plateCountry, vin, make, model, year: input.year ?? null, fuel: input.fuel ?? null, use: input.use ?? null, soldOn };
}

function apply(ctx: RequestContext, v: Vehicle, c: CheckedVehicle): void {
  v.client = ctx.em.getReference(Client, c.clientId, { wrapped: true });
  v.plate = c.plate;
  v.plateDisplay = c.plateDisplay;
  v.plateCountry = c.plateCountry;
  v.vin = c.vin;
  v.make = c.make;
  v.model = c.model;
  v.year = c.year;
  v.fuel = c.fuel;
  v.use = c.use;
  v.soldOn = c.soldOn;
}

export async function createVehicle(ctx: RequestContext, input: VehicleInput): Promise<Vehicle> {
  const checked = await checkVehicle(ctx, input);
  const vehicle = new Vehicle();
  vehicle.company = ctx.em.getReference(Company, ctx.requireCompany(), { wrapped: true });
  apply(ctx, vehicle, checked);
  ctx.em.persist(vehicle);
  await ctx.em.flush();
  return vehicle;
}

export async function updateVehicle(ctx: RequestContext, id: string, input: VehicleInput): Promise<Vehicle> {
  const vehicle = await getVehicle(ctx, id);
  apply(ctx, vehicle, await checkVehicle(ctx, input, vehicle.id));
  await ctx.em.flush();
  return vehicle;
}

/** Deletes a vehicle entered by mistake, with its policy links (the policies stay). */
export async function deleteVehicle(ctx: RequestContext, id: string): Promise<boolean> {
  const vehicle = await getVehicle(ctx, id);
  for (const link of await ctx.em.find(VehiclePolicy, { vehicle: vehicle.id })) ctx.em.remove(link);
  ctx.em.remove(vehicle);
  await ctx.em.flush();
  return true;
}

async function motorPolicy(ctx: RequestContext, policyId: string): Promise<Policy> {
  const policy = isUuid(policyId) ? await ctx.em.findOne(Policy, { id: policyId }, { populate: ['line'] }) : null;
  if (!policy) throw new AppError('NOT_FOUND', 'Not found — policyId', { entity: 'Policy', fields: [{ field: 'policyId', reason: 'not_found', message: 'No such policy.' }] });
  return policy;
}

/** Links a vehicle to a motor policy (motor liability or own damage); another line is BAD_USER_INPUT on policyId. */
export async function linkVehiclePolicy(ctx: RequestContext, vehicleId: string, policyId: string): Promise<Vehicle> {
  const vehicle = await getVehicle(ctx, vehicleId);
  const policy = await motorPolicy(ctx, policyId);
  if (!MOTOR_LINES.includes(policy.line.getEntity().code)) throw badField('policyId', 'not_motor', 'Only motor policies (motor liability, motor own damage) cover vehicles.');
  if (await ctx.em.count(VehiclePolicy, { vehicle: vehicle.id, policy: policy.id })) return vehicle;
  ctx.em.create(VehiclePolicy, { company: vehicle.company, vehicle, policy, createdAt: new Date() });
  await ctx.em.flush();
  return vehicle;
}

export async function unlinkVehiclePolicy(ctx: RequestContext, vehicleId: string, policyId: string): Promise<Vehicle> {
  const vehicle = await getVehicle(ctx, vehicleId);
  const policy = await motorPolicy(ctx, policyId);
  const link = await ctx.em.findOne(VehiclePolicy, { vehicle: vehicle.id, policy: policy.id });
  if (!link) throw conflict('This vehicle is not linked to this policy.');
  ctx.em.remove(link);
  await ctx.em.flush();
  return vehicle;
}

