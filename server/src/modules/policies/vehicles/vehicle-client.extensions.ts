import { Client } from '../../clients/client.entity.js';
import { registerClientExtension, registerClientPanelTab, registerSearchSource } from '../../clients/client-extensions.js';
import { Vehicle, VehiclePolicy } from './vehicle.entity.js';
import { eraseVehicles } from './vehicle-erasure.js';

/**
 * Vehicles on the client card (through client-extensions.ts):
 * - panel tab "vehicles" (right policies:view) with the count of owned vehicles;
 * - merge: the vehicles move to the card that stays (their search terms follow, by trigger);
 * - GDPR export: the client's vehicles with the numbers of the policies covering them;
 * - remove: a card deleted for good (no legal hold) takes its vehicles and their policy links with it.
 * - GDPR erasure: vehicles no policy covers are deleted (vehicle-erasure.ts).
 * No legal hold: a vehicle is not a record the law keeps (its policies are, and hold the card).
 */
registerClientPanelTab({ key: 'vehicles', title: 'Vehicles', right: 'policies:view', order: 130, countRows: { table: 'vehicle', where: 'sold_on is null' } });

/** A search hit found by a plate or a VIN (terms of source 'vehicle', migration 0014) shows the plate. */
registerSearchSource({ source: 'vehicle', right: 'policies:view', table: 'vehicle', text: `m.plate_display || ' · ' || m.make || ' ' || m.model` });

registerClientExtension({
  key: 'vehicles',
  async merge(ctx, fromId, toId) {
    for (const v of await ctx.em.find(Vehicle, { client: fromId })) v.client = ctx.em.getReference(Client, toId, { wrapped: true });
  },
  erase: eraseVehicles,
  async remove(ctx, clientId) {
    const vehicles = await ctx.em.find(Vehicle, { client: clientId });
    if (!vehicles.length) return;
    for (const link of await ctx.em.find(VehiclePolicy, { vehicle: { $in: vehicles.map((v) => v.id) } })) ctx.em.remove(link);
    for (const v of vehicles) ctx.em.remove(v);
  },
  async export(ctx, clientId) {
    const vehicles = await ctx.em.find(Vehicle, { client: clientId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    const links = vehicles.length ? await ctx.em.find(VehiclePolicy, { vehicle: { $in: vehicles.map((v) => v.id) } }, { populate: ['policy'] }) : [];
    return {
      vehicles: vehicles.map((v) => ({
        plate: v.plateDisplay,
        plateCountry: v.plateCountry,
        vin: v.vin,
        make: v.make,
        model: v.model,
        year: v.year,
        fuel: v.fuel,
        use: v.use,
        soldOn: v.soldOn,
        policies: links.filter((l) => l.vehicle.id === v.id).map((l) => l.policy.getEntity().number),
      })),
    };
  },
});
