import { graphql } from '../../../gql';

export const VehicleRowFragment = graphql(`
  fragment VehicleRow on Vehicle {
    id
    plate
    plateDisplay
    plateCountry
    vin
    make
    model
    year
    fuel
    use
    sold
    soldOn
    policies {
      id
      number
    }
  }
`);

export const ClientVehiclesQuery = graphql(`
  query ClientVehicles($clientId: ID!) {
    vehicles(clientId: $clientId, includeSold: true) {
      ...VehicleRow
    }
    client(id: $clientId) {
      id
      policies(scope: ACTIVE, first: 200, offset: 0) {
        items {
          id
          number
          line {
            id
            code
            name
          }
        }
      }
    }
  }
`);

export const CreateVehicleMutation = graphql(`
  mutation CreateVehicle($input: VehicleInput!) {
    createVehicle(input: $input) {
      ...VehicleRow
    }
  }
`);

export const LinkVehiclePolicyMutation = graphql(`
  mutation LinkVehiclePolicy($vehicleId: ID!, $policyId: ID!) {
    linkVehiclePolicy(vehicleId: $vehicleId, policyId: $policyId) {
      ...VehicleRow
    }
  }
`);

export const UpdateVehicleMutation = graphql(`
  mutation UpdateVehicle($id: ID!, $input: VehicleInput!) {
    updateVehicle(id: $id, input: $input) {
      ...VehicleRow
    }
  }
`);
