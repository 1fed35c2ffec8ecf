import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../../core/context.js';
import { Vehicle } from './vehicle.entity.js';
import { VehicleInput } from './vehicle.inputs.js';
import { createVehicle, deleteVehicle, getVehicle, linkVehiclePolicy, listVehicles, unlinkVehiclePolicy, updateVehicle } from './vehicle.service.js';

/** Vehicles (PL-2): list, one vehicle, create, change, delete, links to motor policies. */
@Resolver()
export class VehiclesResolver {
  @Query(() => [Vehicle], { description: 'Vehicles of a client, or by plate prefix (at most 200); owned only unless includeSold.' })
  vehicles(
    @Ctx() ctx: RequestContext,
    @Arg('clientId', () => ID, { nullable: true }) clientId: string | null,
    @Arg('plate', () => String, { nullable: true }) plate: string | null,
    @Arg('includeSold', () => Boolean, { defaultValue: false }) includeSold: boolean,
  ): Promise<Vehicle[]> {
    return listVehicles(ctx, clientId, plate, includeSold);
  }

  @Query(() => Vehicle)
  vehicle(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Vehicle> {
    return getVehicle(ctx, id);
  }

  @Mutation(() => Vehicle)
  createVehicle(@Ctx() ctx: RequestContext, @Arg('input', () => VehicleInput) input: VehicleInput): Promise<Vehicle> {
    return createVehicle(ctx, input);
  }

  @Mutation(() => Vehicle, { description: 'Changes a vehicle; soldOn marks it sold (null: owned again).' })
  updateVehicle(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => VehicleInput) input: VehicleInput): Promise<Vehicle> {
    return updateVehicle(ctx, id, input);
  }

  @Mutation(() => Boolean, { description: 'Deletes a vehicle entered by mistake (its policy links go with it; the policies stay).' })
  deleteVehicle(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return deleteVehicle(ctx, id);
  }

  @Mutation(() => Vehicle, { description: 'Links a vehicle to a motor policy (motor liability or own damage).' })
  linkVehiclePolicy(@Ctx() ctx: RequestContext, @Arg('vehicleId', () => ID) vehicleId: string, @Arg('policyId', () => ID) policyId: string): Promise<Vehicle> {
    return linkVehiclePolicy(ctx, vehicleId, policyId);
  }

  @Mutation(() => Vehicle)
  unlinkVehiclePolicy(@Ctx() ctx: RequestContext, @Arg('vehicleId', () => ID) vehicleId: string, @Arg('policyId', () => ID) policyId: string): Promise<Vehicle> {
    return unlinkVehiclePolicy(ctx, vehicleId, policyId);
  }
}
