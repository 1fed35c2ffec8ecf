import { Field, ID, InputType, Int } from 'type-graphql';
import { Fuel, VehicleUse } from './vehicle.enums.js';

@InputType({ description: 'A vehicle. The plate is checked against the shape of its country (the company\'s by default); the VIN against ISO 3779.' })
export class VehicleInput {
  @Field(() => ID, { description: 'The owner.' }) clientId!: string;
  @Field(() => String) plate!: string;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2; default: the company\'s country.' }) plateCountry?: string | null;
  @Field(() => String, { nullable: true }) vin?: string | null;
  @Field(() => String) make!: string;
  @Field(() => String) model!: string;
  @Field(() => Int, { nullable: true }) year?: number | null;
  @Field(() => Fuel, { nullable: true }) fuel?: Fuel | null;
  @Field(() => VehicleUse, { nullable: true }) use?: VehicleUse | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the vehicle was sold on this day (null: owned).' }) soldOn?: string | null;
}
