import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { isRight, type Right } from '@agency/shared';
import type { Config } from '../config.js';
import { User } from '../modules/base/users/user.entity.js';
import { UserSession } from '../modules/base/auth/session.entity.js';
import { TENANT_FILTER } from './tenant.js';
import { forbidden } from './errors.js';
import { Loaders } from './loaders.js';
import { OpenedEntity } from './opened-entity.js';
import { sha256 } from './crypto.js';

export type Channel = 'staff' | 'operator' | 'portal' | 'import' | 'system' | 'public';

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
  /** The session and user the request was opened with: rows until a service asks for the entities (core/opened-entity.ts). */
  private readonly openedSession: OpenedEntity<UserSession>;
  private readonly openedUser: OpenedEntity<User>;
  companyId?: string;
  roleName: string | null = null;
  rights = new Set<Right>();
  channel: Channel = 'staff';
  /** An administrator without a second factor: may only enrol one. */
  mfaEnrollmentRequired = false;
  /**
   * The request runs a GraphQL query: its transaction was made read-only after the opening statement
   * (core/request.ts), so nothing can have been written since, and its COMMIT is not waited for.
   */
  readOnlyTransaction = false;
  /** The token the request came with (to mark the current session in lists). */
  tokenHash?: string;
  /** The active company's language, when the request's opening statement read it (its sort collation). */
  companyLocale?: string;
  /** The active company's time zone (IANA), when the request's opening statement read it (core/company-calendar.ts). */
  companyTimeZone?: string;
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
    this.openedSession = new OpenedEntity(em, UserSession);
    this.openedUser = new OpenedEntity(em, User);
  }

  /** The request's session, as a managed entity (its changes are flushed with the request). */
  get session(): UserSession | undefined {
    return this.openedSession.get();
  }

  set session(session: UserSession | undefined) {
    this.openedSession.set(session);
  }

  /** The signed-in user, as a managed entity (its changes are flushed with the request). */
  get user(): User | undefined {
    return this.openedUser.get();
  }

  set user(user: User | undefined) {
    this.openedUser.set(user);
  }

  /** Sets the session the request was opened with, from its rows; mapped to entities when first asked. */
  openedWith(opened: OpenedRequest): void {
    this.openedSession.open(opened.session);
    this.openedUser.open(opened.user);
  }

  /** The signed-in user's id, without mapping the user. */
  get userId(): string | undefined {
    return this.openedUser.read('id', (u) => u.id);
  }

  /** Whether the user is the platform operator, without mapping the user. */
  get isOperator(): boolean {
    return !!this.openedUser.read('is_operator', (u) => u.isOperator);
  }

  /** Whether the user has a second factor, without mapping the user. */
  get secondFactorEnabled(): boolean {
    return !!this.openedUser.read('totp_enabled', (u) => u.totpEnabled);
  }

  /** The session's support grant (operator), without mapping the session. */
  get supportGrantId(): string | null {
    return this.openedSession.read<string | null>('support_grant_id', (s) => s.supportGrantId ?? null) ?? null;
  }

  /** The session named as evidence on what this request records (consent records), without mapping it. */
  evidenceSessionId(): string | null {
    return this.openedSession.read('id', (s) => s.id) ?? null;
  }

  get signedIn(): boolean {
    return this.openedSession.read('stage', (s) => s.stage) === 'active' && this.openedUser.present;
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

  /**
   * Like `outside`, but with the request's company scope entered in that transaction (through
   * app_enter_company, as the request did): for records of the company that must survive a refused
   * request, such as the audited attempt of a refused operation.
   */
  async outsideInScope<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.orm.em.fork().transactional(async (em) => {
      await em.execute(`select 1 from app_enter_company(?, ?, ?, ?)`, [this.companyId ?? null, this.userId ?? null, this.isOperator, this.supportGrantId]);
      return fn(em);
    });
  }

  /**
   * Writes what a read needs to exist (reference data made on first use, such as a company's chart of
   * accounts): in the request's transaction, or, when the request is a query (its transaction
   * read-only), in a transaction of its own in the request's scope, committed at once.
   */
  async writeForRead<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.readOnlyTransaction ? this.outsideInScope(fn) : fn(this.em);
  }

  actor(): Actor {
    return { userId: this.user?.id ?? null, email: this.user?.email ?? null, roleName: this.roleName, channel: this.channel };
  }

  /**
   * The one choke point of the company scope: sets the transaction-local settings read by the
   * row-level security policies, and the ORM's tenant filter. Privileged callers only (the operator
   * creating a company, system jobs, seeds); a signed-in user enters a company with `enterCompany`.
   */
  async applyScope(companyId: string | undefined): Promise<void> {
    await this.em.execute(
      `select set_config('app.company_id', ?, true), set_config('app.user_id', ?, true), set_config('app.is_operator', ?, true)`,
      [companyId ?? '', this.userId ?? '', this.isOperator ? 'on' : ''],
    );
    this.scopeSet(companyId);
  }

  /**
   * The signed-in user enters company `companyId`: the database (app_enter_company) sets the scope
   * only through an active membership, or for the operator the session's open support grant, and
   * returns the rights there. Otherwise the request has no company (fail closed). Returns whether
   * the company was entered.
   */
  async enterCompany(companyId: string | undefined): Promise<boolean> {
    const [scope] = await this.em.execute<ScopeRow[]>(`select rights, role_name, channel from app_enter_company(?, ?, ?, ?)`, [
      companyId ?? null,
      this.userId ?? null,
      this.isOperator,
      this.supportGrantId,
    ]);
    this.scopeEntered(scope ? companyId : undefined, scope);
    return !!scope;
  }

  /**
   * The request as its opening statement (`openingStatement`) found it: with a session token, the
   * session and user rows of app_open_request, the scope it set and the rights in the session's
   * company; null for no valid session or no token (the scope is then empty). The caller hands the
   * rows to `openedWith`.
   */
  opened(row: OpeningRow | undefined): OpenedRequest | null {
    // without a token the opening statement only empties the scope: its row has no `r`
    const opened = row?.r ?? null;
    if (!opened) {
      this.scopeEntered(undefined, undefined);
      return null;
    }
    this.scopeEntered(opened.company_id ?? undefined, opened.channel ? { rights: opened.rights ?? [], role_name: opened.role_name ?? null, channel: opened.channel } : undefined);
    this.companyLocale = (this.companyId && opened.company_locale) || undefined;
    this.companyTimeZone = (this.companyId && opened.company_time_zone) || undefined;
    return { session: opened.session, user: opened.user };
  }

  /**
   * The scope a database function of the request's opening statement has already set in the
   * transaction (e.g. `app_open_portal_request`, which sets `app.company_id` to its session's company
   * and clears the user and operator settings): the ORM's filter follows it without a second statement.
   */
  protected scopeSetByDatabase(companyId: string | undefined): void {
    this.scopeSet(companyId);
  }

  private scopeEntered(companyId: string | undefined, scope: ScopeRow | undefined): void {
    this.rights = new Set((scope?.rights ?? []).filter(isRight));
    this.roleName = scope?.role_name ?? null;
    this.channel = scope?.channel === 'operator' ? 'operator' : 'staff';
    this.scopeSet(companyId);
  }

  private scopeSet(companyId: string | undefined): void {
    if (companyId !== this.companyId) {
      this.companyLocale = undefined;
      this.companyTimeZone = undefined;
    }
    this.companyId = companyId;
    this.em.setFilterParams(TENANT_FILTER, { companyId });
    contextOf.set(this.em, this);
  }
}

interface ScopeRow {
  rights: string[];
  role_name: string | null;
  channel: string;
}

interface OpenedRequestRow {
  session: Record<string, unknown>;
  user: Record<string, unknown>;
  company_id?: string | null;
  rights?: string[];
  role_name?: string | null;
  channel?: string;
  company_locale?: string | null;
  company_time_zone?: string | null;
}

/** The opening statement's row: app_open_request's answer as `r` (none without a token). */
export interface OpeningRow {
  r?: OpenedRequestRow | null;
}

const HASH = /^[0-9a-f]{64}$/;

/**
 * A request's opening statement, sent with its BEGIN in one round trip (db/begin-with.ts), so its
 * values are literals in the text: for a session token's hash, `opener` — app_open_request for staff,
 * app_open_portal_request for the portal — which reads the session and its user, sets the scope and
 * (staff) reads the rights, touching the session when older than `touchAfterSeconds`; without a
 * token, the empty scope. The hash must be SHA-256 hex and the seconds whole — anything else is
 * refused, never inlined.
 */
export function openingStatement(tokenHash: string | undefined, touchAfterSeconds: number, opener: 'app_open_request' | 'app_open_portal_request' = 'app_open_request'): string {
  if (tokenHash === undefined) return `select set_config('app.company_id', '', true), set_config('app.user_id', '', true), set_config('app.is_operator', '', true)`;
  if (!HASH.test(tokenHash) || !Number.isSafeInteger(touchAfterSeconds)) throw new Error('The opening statement takes a SHA-256 hex hash and whole seconds.');
  return `select ${opener}('${tokenHash}', make_interval(secs => ${touchAfterSeconds})) as r`;
}

/** A request's token (cookie or bearer): its hash, and the statement that opens the request for it. */
export interface Opening {
  tokenHash?: string;
  statement: string;
}

/** The opening for a request's token: the token's hash and `openingStatement` for it (staff or portal `opener`). */
export function openingFor(token: string | undefined, touchAfterSeconds: number, opener: Parameters<typeof openingStatement>[2] = 'app_open_request'): Opening {
  const tokenHash = token ? sha256(token) : undefined;
  return { tokenHash, statement: openingStatement(tokenHash, touchAfterSeconds, opener) };
}

/** The raw rows of a session and its user, as read by app_open_request. */
export interface OpenedRequest {
  session: Record<string, unknown>;
  user: Record<string, unknown>;
}

/** The subscribers (tenant guard, audit) find the request context of the entity manager they flush. */
export const contextOf = new WeakMap<object, RequestContext>();

export function contextFor(em: object): RequestContext | undefined {
  return contextOf.get(em);
}
