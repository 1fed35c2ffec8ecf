import type { RequestContext } from '../../core/context.js';
import { Client } from '../clients/client.entity.js';
import { PortalGrant, PortalGrantClient, PortalGrantPolicy, PortalGrantUser } from './portal-grant.entity.js';
import { PortalShareMode, type PortalGrantView } from './portal-staff.types.js';

/** Grants as staff see them: options, clients, picked contracts and users (four look-ups for any number of grants). */
export async function grantViews(ctx: RequestContext, grants: PortalGrant[]): Promise<PortalGrantView[]> {
  if (!grants.length) return [];
  const company = ctx.requireCompany();
  const ids = grants.map((g) => g.id);
  const [links, picks, members] = await Promise.all([
    ctx.em.find(PortalGrantClient, { company, grantId: { $in: ids } }),
    ctx.em.find(PortalGrantPolicy, { company, grantId: { $in: ids } }),
    ctx.em.find(PortalGrantUser, { company, grantId: { $in: ids } }, { orderBy: { email: 'asc' } }),
  ]);
  const clients = await ctx.em.find(Client, { company, id: { $in: [...new Set(links.map((l) => l.clientId))] } });
  const nameOf = new Map(clients.map((c) => [c.id, c.displayName]));
  return grants.map((g) => ({
    id: g.id,
    name: g.name,
    includeClaims: g.includeClaims,
    shareMode: g.shareMode === 'picked' ? PortalShareMode.PICKED : PortalShareMode.BY_STATUS,
    shareStatuses: g.shareStatuses,
    shareLines: g.shareLines ?? null,
    policyIds: picks.filter((p) => p.grantId === g.id).map((p) => p.policyId),
    commercialView: g.commercialView,
    clients: links.filter((l) => l.grantId === g.id).map((l) => ({ id: l.clientId, displayName: nameOf.get(l.clientId) ?? '' })),
    users: members
      .filter((m) => m.grantId === g.id)
      .map((m) => ({ id: m.id, email: m.email, linked: !!m.portalUserId, invitedAt: m.invitedAt ?? null, linkedAt: m.linkedAt ?? null })),
    createdAt: g.createdAt,
  }));
}
