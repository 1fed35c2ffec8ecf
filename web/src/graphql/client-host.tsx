import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { Provider } from 'urql';
import { createClient } from './client';

interface ClientControl {
  /** Drops every cached answer: a new client, and every query below runs again. */
  resetClient(): void;
  /** Bumped each time the client is replaced. */
  generation: number;
}

const ClientControlContext = createContext<ClientControl | null>(null);

export function useClientControl(): ClientControl {
  const control = useContext(ClientControlContext);
  if (!control) throw new Error('useClientControl outside ClientHost');
  return control;
}

/** Holds the current urql client; the subtree is re-mounted when it is replaced. */
export function ClientHost({ children }: { children: ReactNode }) {
  const [generation, setGeneration] = useState(0);
  const resetClient = useCallback(() => setGeneration((g) => g + 1), []);
  const client = useMemo(() => {
    // A new client per generation; several requests failing at once replace it once.
    let fired = false;
    void generation;
    return createClient({
      onSessionLost() {
        if (fired) return;
        fired = true;
        setTimeout(resetClient, 0);
      },
    });
  }, [generation, resetClient]);
  const control = useMemo(() => ({ resetClient, generation }), [resetClient, generation]);
  return (
    <ClientControlContext.Provider value={control}>
      <Provider value={client} key={generation}>
        {children}
      </Provider>
    </ClientControlContext.Provider>
  );
}
