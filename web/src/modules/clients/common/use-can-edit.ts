import { useSession } from '../../../session/session-context';

/** Whether the user may change this card: the edit right, and the card not anonymized (GDPR erasure). */
export function useCanEdit(client: { erasedAt?: string | null }): boolean {
  const session = useSession();
  return session.can('clients', 'edit') && !client.erasedAt;
}
