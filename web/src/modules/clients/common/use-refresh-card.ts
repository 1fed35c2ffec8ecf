import { useCallback } from 'react';
import { useClient } from 'urql';
import { ClientCardQuery } from '../queries';

/** Reads the card again (after an upload or a delete, which return no card): the panel shows the new data. */
export function useRefreshCard(clientId: string): () => Promise<void> {
  const client = useClient();
  return useCallback(async () => {
    await client.query(ClientCardQuery, { id: clientId }, { requestPolicy: 'network-only' }).toPromise();
  }, [client, clientId]);
}
