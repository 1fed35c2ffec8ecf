import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../../core/context.js';
import { forbidden } from '../../../core/errors.js';
import { Client } from '../../clients/client.entity.js';
import { Policy } from '../policy.entity.js';
import { Vehicle, VehiclePolicy } from './vehicle.entity.js';

/** The owner and the policies of a vehicle, batched per request. */
@Resolver(() => Vehicle)
export class VehicleFieldsResolver {
  @FieldResolver(() => Client, { description: 'The owner.' })
  async client(@Root() v: Vehicle, @Ctx() ctx: RequestContext): Promise<Client> {
    return (await ctx.loaders.byId(Client).load(v.client.id))!;
  }

  @FieldResolver(() => Boolean)
  sold(@Root() v: Vehicle): boolean {
    return !!v.soldOn;
  }

  /**
   * A vehicle is also returned by the mutations, whose rules name policies:create or policies:edit
   * only: the policies themselves need policies:view, as everywhere (FORBIDDEN without it, as the
   * card's personal areas without clients:view).
   */
  @FieldResolver(() => [Policy], { description: 'The motor policies covering the vehicle.' })
  policies(@Root() v: Vehicle, @Ctx() ctx: RequestContext): Promise<Policy[]> {
    if (!ctx.companyId || !ctx.can('policies:view')) throw forbidden('You need the right policies:view.');
    return ctx.loaders
      .custom<Policy[]>('vehicle.policies', async (ids) => {
        const links = await ctx.em.find(VehiclePolicy, { vehicle: { $in: [...ids] } }, { populate: ['policy'], orderBy: { createdAt: 'asc', id: 'asc' }, disableIdentityMap: true });
        return ids.map((id) => links.filter((l) => l.vehicle.id === id).map((l) => l.policy.getEntity()));
      })
      .load(v.id);
  }
}

/** Policy.vehicles: the vehicles a motor policy covers (right policies:view, as the policy itself). */
@Resolver(() => Policy)
export class PolicyVehiclesResolver {
  @FieldResolver(() => [Vehicle], { description: 'Vehicles covered by this policy.' })
  vehicles(@Root() p: Policy, @Ctx() ctx: RequestContext): Promise<Vehicle[]> {
    return ctx.loaders
      .custom<Vehicle[]>('policy.vehicles', async (ids) => {
        const links = await ctx.em.find(VehiclePolicy, { policy: { $in: [...ids] } }, { populate: ['vehicle'], orderBy: { createdAt: 'asc', id: 'asc' } });
        return ids.map((id) => links.filter((l) => l.policy.id === id).map((l) => l.vehicle.getEntity()));
      })
      .load(p.id);
  }
}

/** Client.vehicles: the client panel tab "vehicles" (CL-4); empty without policies:view. */
@Resolver(() => Client)
export class ClientVehiclesResolver {
  @FieldResolver(() => [Vehicle], { description: 'The vehicles of the client, owned first, then sold (right policies:view; empty without it).' })
  vehicles(@Root() c: Client, @Ctx() ctx: RequestContext): Promise<Vehicle[]> {
    if (!ctx.can('policies:view')) return Promise.resolve([]);
    return ctx.loaders
      .custom<Vehicle[]>('client.vehicles', async (ids) => {
        const rows = await ctx.em.find(Vehicle, { client: { $in: [...ids] } }, { orderBy: { soldOn: 'desc nulls first', plate: 'asc', id: 'asc' }, disableIdentityMap: true });
        return ids.map((id) => rows.filter((r) => r.client.id === id));
      })
      .load(c.id);
  }
}
