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

export const ClientPortalThreadsQuery = graphql(`
  query ClientPortalThreads($clientId: ID!) {
    clientPortalThreads(clientId: $clientId) {
      id
      subject
      lastMessageAt
      messages {
        id
        author
        authorName
        body
        createdAt
      }
    }
  }
`);

export const ReplyPortalThreadMutation = graphql(`
  mutation ReplyPortalThread($threadId: ID!, $body: String!) {
    replyPortalThread(threadId: $threadId, body: $body) {
      id
      lastMessageAt
      messages {
        id
        author
        authorName
        body
        createdAt
      }
    }
  }
`);

export const StartClientPortalThreadMutation = graphql(`
  mutation StartClientPortalThread($clientId: ID!, $subject: String!, $body: String!) {
    startClientPortalThread(clientId: $clientId, subject: $subject, body: $body) {
      id
      subject
      lastMessageAt
    }
  }
`);
