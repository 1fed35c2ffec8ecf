import type pg from 'pg';

type Callback = (err: Error | null, result?: unknown) => void;

/**
 * Sends one connection's queries one at a time, in the order they are asked for.
 *
 * A request runs in one transaction on one connection, and GraphQL resolves sibling fields (and
 * services their `Promise.all`) at the same moment: several queries reach the driver at once. pg 8
 * still queues them but deprecates it ("Calling client.query() when the client is already executing
 * a query", pg 9 refuses it). Here, for every pooled connection (the pool's `afterCreate`), a query
 * asked for while another is under way waits for its answer first; the driver never holds a queue.
 * Only the callback form is chained — the one knex uses for every statement; any other form (a
 * promise, a stream) passes through as before.
 */
export function chainQueries(client: pg.Client): void {
  const original = client.query.bind(client) as (...args: unknown[]) => unknown;
  const waiting: Array<() => void> = [];
  let busy = false;
  const next = () => {
    const run = waiting.shift();
    if (run) run();
    else busy = false;
  };
  const chained = (...args: unknown[]): unknown => {
    const callback = args[1];
    if (args.length !== 2 || typeof callback !== 'function') return original(...args);
    const run = () => {
      try {
        original(args[0], (err: Error | null, result?: unknown) => {
          next();
          (callback as Callback)(err, result);
        });
      } catch (err) {
        next();
        (callback as Callback)(err as Error);
      }
    };
    if (busy) waiting.push(run);
    else {
      busy = true;
      run();
    }
    return undefined;
  };
  (client as unknown as { query: typeof chained }).query = chained;
}
