import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { useClient, useQuery } from 'urql';
import { useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { notifications } from '@mantine/notifications';
import type { Action, ModuleName, Right } from '@agency/shared';
import { MeQuery } from '../modules/base/queries';
import { LogoutMutation, SwitchCompanyMutation } from '../modules/base/mutations';
import { useClientControl } from '../graphql/client-host';
import { errorText } from '../graphql/error-text';
import { isLanguage, rememberLanguage, storedLanguage } from '../i18n/languages';
import { EXTRA_SECTIONS, MODULE_DEFINITIONS } from '../modules/registry';
import { landingAfterSwitch, rightsHolder } from '../routing/navigation';
import { SessionContext, type Me, type Session } from './session-context';

export type SessionStatus = 'loading' | 'signed-out' | 'signed-in' | 'error';

interface SessionState {
  status: SessionStatus;
  retry(): void;
}

const SessionStateContext = createContext<SessionState>({ status: 'loading', retry: () => undefined });

export function useSessionState(): SessionState {
  return useContext(SessionStateContext);
}

/** Reads `me` once per client (sign-in, company switch) and provides the session to the pages. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MeQuery, requestPolicy: 'network-only' });
  const client = useClient();
  const { resetClient } = useClientControl();
  const navigate = useNavigate();
  const location = useLocation();
  const { t, i18n } = useTranslation();
  const me: Me | null = data?.me ?? null;

  // The user's language: their choice on this device, else their profile's locale.
  useEffect(() => {
    if (!me) return;
    const preferred = storedLanguage(me.user.id) ?? (isLanguage(me.user.locale) ? me.user.locale : null);
    if (preferred && preferred !== i18n.language) {
      void i18n.changeLanguage(preferred);
      rememberLanguage(preferred);
    }
  }, [me, i18n]);

  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  const switchCompany = useCallback(
    async (companyId: string) => {
      if (!me) return false;
      const result = await client.mutation(SwitchCompanyMutation, { companyId }).toPromise();
      if (result.error || !result.data) {
        notifications.show({ color: 'red', title: t('switcher.failed'), message: errorText(t, result.error) });
        return false;
      }
      const { rights, company } = result.data.switchCompany;
      const holder = rightsHolder(rights, me.user.isOperator);
      navigate(landingAfterSwitch(location.pathname, MODULE_DEFINITIONS, EXTRA_SECTIONS, holder));
      resetClient();
      notifications.show({ color: 'teal', message: t('switcher.switched', { code: company?.code ?? '' }) });
      return true;
    },
    [client, me, navigate, location.pathname, resetClient, t],
  );

  const signOut = useCallback(async () => {
    await client.mutation(LogoutMutation, {}).toPromise();
    navigate('/sign-in', { replace: true });
    resetClient();
  }, [client, navigate, resetClient]);

  const session = useMemo<Session | null>(() => {
    if (!me) return null;
    const rights = new Set(me.rights);
    return {
      me,
      rights,
      can: (module: ModuleName, action: Action) => rights.has(`${module}:${action}`),
      hasRight: (right: Right) => rights.has(right),
      isOperator: me.user.isOperator,
      switchCompany,
      signOut,
      refresh,
    };
  }, [me, switchCompany, signOut, refresh]);

  const status: SessionStatus = data ? (me ? 'signed-in' : 'signed-out') : error ? 'error' : fetching ? 'loading' : 'loading';
  const state = useMemo(() => ({ status, retry: refresh }), [status, refresh]);

  return (
    <SessionStateContext.Provider value={state}>
      <SessionContext.Provider value={session}>{children}</SessionContext.Provider>
    </SessionStateContext.Provider>
  );
}
