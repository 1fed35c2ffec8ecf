import './vehicle-client.extensions.js';
import { ClientVehiclesResolver, PolicyVehiclesResolver, VehicleFieldsResolver } from './vehicle-fields.resolver.js';
import { VehiclesResolver } from './vehicles.resolver.js';
import { Vehicle, VehiclePolicy } from './vehicle.entity.js';

export { vehiclesRules } from './vehicles.rules.js';

/** Vehicles (PL-2), part of the policies module: resolvers (the client-card extension registers on import) and entities. */
export const VEHICLES_RESOLVERS = [VehiclesResolver, VehicleFieldsResolver, PolicyVehiclesResolver, ClientVehiclesResolver] as const;
export const VEHICLES_ENTITIES = [Vehicle, VehiclePolicy] as const;
