import { graphql } from '../../gql';

export const PortalChangesQuery = graphql(`
  query PortalChanges {
    portalSyncMode
    portalChanges {
      id
      clientId
      clientName
      area
      enteredBy
      enteredAt
      diff {
        field
        before
        after
      }
    }
  }
`);

export const ApprovePortalChangeMutation = graphql(`
  mutation ApprovePortalChange($id: ID!) {
    approvePortalChange(id: $id)
  }
`);

export const RejectPortalChangeMutation = graphql(`
  mutation RejectPortalChange($id: ID!, $message: String!) {
    rejectPortalChange(id: $id, message: $message)
  }
`);

export const SetPortalSyncModeMutation = graphql(`
  mutation SetPortalSyncMode($mode: PortalSyncMode!) {
    setPortalSyncMode(mode: $mode)
  }
`);
