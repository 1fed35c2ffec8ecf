import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { RequestContext } from './context.js';

/**
 * A context for work started by the platform itself (seeds, jobs): channel "system", in its own
 * transaction, scoped like any request. `fn` runs, then the transaction commits.
 */
export async function withSystemContext<T>(orm: MikroORM, config: Config, fn: (ctx: RequestContext) => Promise<T>): Promise<T> {
  const em = orm.em.fork();
  return em.transactional(async (tem) => {
    const ctx = new RequestContext(orm, tem, config, { setSessionCookie: () => undefined, clearSessionCookie: () => undefined }, null, 'system');
    ctx.channel = 'system';
    await ctx.applyScope(undefined);
    const result = await fn(ctx);
    await tem.flush();
    return result;
  });
}
