import { can, type RuleMap } from '../../../core/rules.js';

/** Vehicles belong to the policies rights module (deny by default for anything not listed). */
export const vehiclesRules: RuleMap = {
  Query: {
    vehicles: can('policies', 'view'),
    vehicle: can('policies', 'view'),
  },
  Mutation: {
    createVehicle: can('policies', 'create'),
    updateVehicle: can('policies', 'edit'),
    deleteVehicle: can('policies', 'delete'),
    linkVehiclePolicy: can('policies', 'edit'),
    unlinkVehiclePolicy: can('policies', 'edit'),
  },
};
