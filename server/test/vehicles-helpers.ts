import type { TestPlatform } from './harness.js';

/** Shared pieces of the vehicles tests. */
export const VEHICLE = `id plate plateDisplay plateCountry vin make model year fuel use soldOn sold client { id } policies { id number }`;
export const CREATE_VEHICLE = `mutation($input: VehicleInput!) { createVehicle(input: $input) { ${VEHICLE} } }`;
export const UPDATE_VEHICLE = `mutation($id: ID!, $input: VehicleInput!) { updateVehicle(id: $id, input: $input) { ${VEHICLE} } }`;
export const LINK = `mutation($v: ID!, $p: ID!) { linkVehiclePolicy(vehicleId: $v, policyId: $p) { id policies { id number } } }`;
export const UNLINK = `mutation($v: ID!, $p: ID!) { unlinkVehiclePolicy(vehicleId: $v, policyId: $p) { id policies { id } } }`;
export const SEARCH = `query($q: String!) { searchClients(query: $q) { client { id } } }`;

export function vehicleInput(clientId: string, overrides: Record<string, unknown> = {}) {
  return { clientId, plate: 'AB 123 CD', make: 'Fiat', model: 'Panda', year: 2021, fuel: 'PETROL', use: 'PRIVATE', ...overrides };
}

/** A hash of a company's vehicle rows (superuser, outside the app): "nothing changed" checks. */
export async function vehiclesSnapshot(t: TestPlatform, companyCode: string): Promise<string> {
  const su = await t.superuser();
  try {
    const parts: string[] = [];
    for (const table of ['vehicle', 'vehicle_policy']) {
      const r = await su.query(`select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h, count(*) as n from ${table} x where company_id = (select id from company where code = $1)`, [companyCode]);
      parts.push(`${table}:${r.rows[0].n}:${r.rows[0].h}`);
    }
    return parts.join('\n');
  } finally {
    await su.end();
  }
}
