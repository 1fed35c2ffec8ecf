import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Right } from '@agency/shared';
import type { Config } from '../config.js';
import type { User } from '../modules/base/users/user.entity.js';
import type { UserSession } from '../modules/base/auth/session.entity.js';
import { TENANT_FILTER } from './tenant.js';
import { forbidden } from './errors.js';
import { Loaders } from './loaders.js';

export type Channel = 'staff' | 'operator' | 'portal' | 'import' | 'system';

/** What a service may do with HTTP without knowing about it: set or clear the session cookie. */
export interface SessionTransport {
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
}

/** Who is acting, for the audit trail. */
export interface Actor {
  userId: string | null;
  email: string | null;
  roleName: string | null;
  channel: Channel;
}

/**
 * Everything a service receives: the per-request entity manager (in the request's transaction), the
 * session, the active company and the rights there. Built once per request by `createRequestContext`.
 */
export class RequestContext {
  session?: UserSession;
  user?: User;
  companyId?: string;
  roleName: string | null = null;
  rights = new Set<Right>();
  channel: Channel = 'staff';
  /** An administrator without a second factor: may only enrol one. */
  mfaEnrollmentRequired = false;
  /** The token the request came with (to mark the current session in lists). */
  tokenHash?: string;
  readonly loaders: Loaders;

  constructor(
    readonly orm: MikroORM,
    readonly em: EntityManager,
    readonly config: Config,
    readonly transport: SessionTransport,
    readonly ip: string | null,
    readonly userAgent: string | null,
  ) {
    this.loaders = new Loaders(em);
  }

  get signedIn(): boolean {
    return this.session?.stage === 'active' && !!this.user;
  }

  can(right: Right): boolean {
    return this.rights.has(right);
  }

  /** The active company's id; fails closed when there is none. */
  requireCompany(): string {
    if (!this.companyId) throw forbidden('No active company.');
    return this.companyId;
  }

  requireUser(): User {
    if (!this.user) throw forbidden('You must sign in.');
    return this.user;
  }

  /**
   * Runs `fn` in its own transaction, committed whatever happens to the request's: for security
   * records that must survive a refused request (failed sign-ins, lockouts).
   */
  async outside<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.orm.em.fork().transactional(fn);
  }

  actor(): Actor {
    return { userId: this.user?.id ?? null, email: this.user?.email ?? null, roleName: this.roleName, channel: this.channel };
  }

  /**
   * The one choke point of the company scope: sets the transaction-local settings read by the
   * row-level security policies, and the ORM's tenant filter. Called when the request starts and when
   * the session switches company.
   */
  async applyScope(companyId: string | undefined): Promise<void> {
    this.companyId = companyId;
    await this.em.execute(
      `select set_config('app.company_id', ?, true), set_config('app.user_id', ?, true), set_config('app.is_operator', ?, true)`,
      [companyId ?? '', this.user?.id ?? '', this.user?.isOperator ? 'on' : ''],
    );
    this.em.setFilterParams(TENANT_FILTER, { companyId });
    contextOf.set(this.em, this);
  }
}

/** The subscribers (tenant guard, audit) find the request context of the entity manager they flush. */
export const contextOf = new WeakMap<object, RequestContext>();

export function contextFor(em: object): RequestContext | undefined {
  return contextOf.get(em);
}
