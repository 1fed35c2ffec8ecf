import { registerEnumType } from 'type-graphql';

/** GraphQL enums of vehicles; the database stores the lower-case values. */
export enum Fuel {
  PETROL = 'petrol',
  DIESEL = 'diesel',
  LPG = 'lpg',
  CNG = 'cng',
  HYBRID = 'hybrid',
  PLUG_IN_HYBRID = 'plug_in_hybrid',
  ELECTRIC = 'electric',
  HYDROGEN = 'hydrogen',
  OTHER = 'other',
}

export enum VehicleUse {
  PRIVATE = 'private',
  BUSINESS = 'business',
  RENTAL = 'rental',
  TAXI = 'taxi',
  GOODS = 'goods',
  AGRICULTURAL = 'agricultural',
  OTHER = 'other',
}

registerEnumType(Fuel, { name: 'Fuel' });
registerEnumType(VehicleUse, { name: 'VehicleUse' });
