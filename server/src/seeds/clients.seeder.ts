import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import { ROOT_DIR, type Config } from '../config.js';
import { withSystemContext } from '../core/system-context.js';
import { Company } from '../modules/base/companies/company.entity.js';
import { Client } from '../modules/clients/client.entity.js';
import { ClientStatus } from '../modules/clients/client.enums.js';
import { createClient, setActivity, setFamily } from '../modules/clients/client-card.service.js';
import { setStatus } from '../modules/clients/client-lifecycle.service.js';
import { addServiceEntry } from '../modules/clients/service-entry.service.js';

interface SeedClient {
  key: string;
  createdMonthsAgo?: number;
  hide?: string | null;
  household?: Array<{ relation: string; memberKey?: string; name?: string; birthDate?: string; dependent?: boolean }>;
  activity?: { legalRepresentativeKey?: string; [k: string]: unknown };
  serviceEntries?: Array<Record<string, unknown>>;
  [field: string]: unknown;
}

/** `today+25` / `today-40` in the data file: dates that stay current whenever the demo is seeded. */
function resolveDates<T>(value: T): T {
  if (typeof value === 'string') {
    const m = /^today([+-]\d+)$/.exec(value);
    if (!m) return value;
    return new Date(Date.now() + Number(m[1]) * 86_400_000).toISOString().slice(0, 10) as T;
  }
  if (Array.isArray(value)) return value.map(resolveDates) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveDates(v)])) as T;
  return value;
}

export function loadClientSeeds(): Record<string, SeedClient[]> {
  return resolveDates(JSON.parse(readFileSync(path.join(ROOT_DIR, 'seeds', 'clients.json'), 'utf8')) as Record<string, SeedClient[]>);
}

/**
 * The clients module's demo data (seeds/clients.json): Italian clients of ROSSI (valid codici
 * fiscali, Italian IBANs, PEC), Dutch clients of VDBERG (valid BSNs, Dutch IBANs), persons and legal
 * entities, households, a foreigner without a local tax id, a prospect, a hidden card, a complaint.
 * Created through the module's own services, so every value passes the same validation as the API.
 */
export async function seedClients(orm: MikroORM, config: Config, data = loadClientSeeds()): Promise<void> {
  await withSystemContext(orm, config, async (ctx) => {
    for (const [code, clients] of Object.entries(data)) {
      const company = await ctx.em.findOne(Company, { code });
      if (!company) continue;
      await ctx.applyScope(company.id);
      const ids = new Map<string, string>();
      for (const seed of clients) {
        const { key, createdMonthsAgo, hide, household, activity, serviceEntries, ...input } = seed;
        const { legalRepresentativeKey: _rep, ...activityInput } = activity ?? {};
        const { maritalStatus, occupation, employer, ...registry } = input;
        const client = await createClient(
          ctx,
          { ...registry, activity: { ...activityInput, occupation, employer }, family: maritalStatus ? { maritalStatus, members: [] } : null },
          true,
        );
        ids.set(key, client.id);
        if (createdMonthsAgo) {
          const at = new Date();
          at.setUTCMonth(at.getUTCMonth() - createdMonthsAgo, 10);
          client.createdAt = at;
        }
      }
      for (const seed of clients) {
        const id = ids.get(seed.key)!;
        if (seed.household) {
          const members = seed.household.map(({ memberKey, ...m }) => ({ ...m, memberClientId: memberKey ? ids.get(memberKey) : null }));
          const client = await ctx.em.findOneOrFail(Client, { id });
          await setFamily(ctx, id, { maritalStatus: client.maritalStatus ?? null, members });
        }
        if (seed.activity?.legalRepresentativeKey) {
          const { legalRepresentativeKey, ...rest } = seed.activity;
          await setActivity(ctx, id, { ...rest, legalRepresentativeId: ids.get(legalRepresentativeKey) });
        }
        for (const entry of seed.serviceEntries ?? []) await addServiceEntry(ctx, id, entry);
        if (seed.hide) await setStatus(ctx, id, ClientStatus.HIDDEN, seed.hide);
      }
      await ctx.em.flush();
    }
    await ctx.applyScope(undefined);
  });
}
