import { createContext, useContext } from 'react';
import type { Action, ModuleName, Right } from '@agency/shared';
import type { MeQuery } from '../gql/graphql';

export type Me = NonNullable<MeQuery['me']>;

export interface Session {
  me: Me;
  rights: ReadonlySet<string>;
  can(module: ModuleName, action: Action): boolean;
  hasRight(right: Right): boolean;
  isOperator: boolean;
  /** Switches the active company, keeps a sensible page, and refetches everything. */
  switchCompany(companyId: string): Promise<boolean>;
  signOut(): Promise<void>;
  /** Re-reads `me` (e.g. after enrolling the second factor). */
  refresh(): void;
}

export const SessionContext = createContext<Session | null>(null);

/** The signed-in session; only inside the signed-in part of the app. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in page');
  return session;
}

export function useOptionalSession(): Session | null {
  return useContext(SessionContext);
}
