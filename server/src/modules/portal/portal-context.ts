import type { Request, Response } from 'express';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import { RequestContext, openingFor, type Actor, type Opening, type OpeningRow, type SessionTransport } from '../../core/context.js';
import { beginWith } from '../../db/begin-with.js';
import { endsWithResponse, runsQuery } from '../../core/request.js';
import { OpenedEntity } from '../../core/opened-entity.js';
import { forbidden, unauthenticated } from '../../core/errors.js';
import { PortalSession, PortalUser } from './portal-account.entity.js';

/** The portal's own session cookie: another name and path than the staff app's `sid`. */
export const PORTAL_COOKIE = 'portal_sid';
const TOUCH_EVERY_SECONDS = 60;

/** What `app_open_portal_request` answers: the session's and its user's rows. */
interface OpenedPortalRequest {
  session: Record<string, unknown>;
  user: Record<string, unknown>;
}

/**
 * A request to the portal endpoint: no staff user, no rights, channel `portal`; the company is the
 * one of the portal session (set through the same choke point, `applyScope`, and row-level security).
 */
export class PortalRequestContext extends RequestContext {
  /** The portal session and user the request was opened with: rows until a service asks for the entities (core/opened-entity.ts). */
  private readonly openedPortalSession = new OpenedEntity(this.em, PortalSession);
  private readonly openedPortalUser = new OpenedEntity(this.em, PortalUser);
  /** Staff looking at the portal as a grant's user (read-only). */
  readOnly = false;

  get portalSession(): PortalSession | undefined {
    return this.openedPortalSession.get();
  }

  set portalSession(entity: PortalSession | undefined) {
    this.openedPortalSession.set(entity);
  }

  get portalUser(): PortalUser | undefined {
    return this.openedPortalUser.get();
  }

  set portalUser(entity: PortalUser | undefined) {
    this.openedPortalUser.set(entity);
  }

  /** The request opened with a session's and its user's rows (mapped when first asked for). */
  openedWithRows(opened: OpenedPortalRequest): void {
    this.openedPortalSession.open(opened.session);
    this.openedPortalUser.open(opened.user);
    this.readOnly = !!opened.session.view_as_by;
  }

  /** Work in the portal session's company outside the request's transaction (the portal has no staff membership to enter it by). */
  override async outsideInScope<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return inCompany(this, this.requireCompany(), fn);
  }

  get portalSignedIn(): boolean {
    return this.openedPortalSession.read('stage', (s) => s.stage) === 'active' && this.openedPortalUser.present;
  }

  override evidenceSessionId(): string | null {
    return this.openedPortalSession.read('id', (s) => s.id) ?? null;
  }

  /** The scope `app_open_portal_request` set in the transaction (its session's company, or none). */
  openedScope(companyId: string | undefined): void {
    this.scopeSetByDatabase(companyId);
  }

  requirePortalUser(): PortalUser {
    if (!this.portalSignedIn || !this.portalUser) throw unauthenticated();
    return this.portalUser;
  }

  /** The signed-in user's id and language, for reads: taken from the opening rows without mapping the user (UNAUTHENTICATED otherwise). */
  requirePortalUserRef(): { id: string; locale: string } {
    if (!this.portalSignedIn) throw unauthenticated();
    return { id: String(this.openedPortalUser.read('id', (u) => u.id)), locale: String(this.openedPortalUser.read('locale', (u) => u.locale) ?? 'en') };
  }

  requireWritable(): void {
    if (this.readOnly) throw forbidden('This is a read-only view.');
  }

  override actor(): Actor {
    if (this.portalSession?.viewAsBy) return { userId: this.portalSession.viewAsBy, email: null, roleName: 'view_as', channel: 'staff' };
    return { userId: null, email: this.portalUser?.email ?? null, roleName: 'portal', channel: 'portal' };
  }
}

function portalCookieTransport(config: Config, res: Response): SessionTransport {
  const secure = config.env === 'production' || config.publicUrl.startsWith('https://');
  const options = { httpOnly: true, sameSite: 'strict' as const, secure, path: '/portal' };
  return {
    setSessionCookie(token, expiresAt) {
      res.cookie(PORTAL_COOKIE, token, { ...options, expires: expiresAt });
    },
    clearSessionCookie() {
      res.clearCookie(PORTAL_COOKIE, options);
    },
  };
}

export function portalTokenOf(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || undefined;
  return (req.cookies as Record<string, string> | undefined)?.[PORTAL_COOKIE] || undefined;
}

/**
 * The portal session as the opening statement read it (app_open_portal_request, migration 0021):
 * only a portal session's token opens it — a staff token finds nothing here, as a portal token finds
 * nothing on the staff endpoint. The statement has set the scope already (the session's company, or
 * none without a session): the ORM's filter follows, without a second statement.
 */
export function applyPortalOpening(ctx: PortalRequestContext, opening: Opening, row: OpeningRow | undefined): void {
  ctx.channel = 'portal';
  // without a token the opening statement only empties the scope: its row has no `r`
  const opened = row?.r as { session: Record<string, unknown>; user: Record<string, unknown> } | null | undefined;
  if (!opened) return ctx.openedScope(undefined);
  ctx.openedScope(String(opened.session.company_id));
  ctx.openedWithRows(opened);
  ctx.tokenHash = opening.tokenHash;
}

/** One request = one transaction, begun with its opening statement (read-only after it for a query), as on the staff endpoint (closed by the same transaction plugin). */
export async function createPortalRequestContext(orm: MikroORM, config: Config, req: Request, res: Response): Promise<PortalRequestContext> {
  const em = orm.em.fork();
  const opening = openingFor(portalTokenOf(req), TOUCH_EVERY_SECONDS, 'app_open_portal_request');
  const readOnly = runsQuery(req);
  const [row] = await beginWith(em, opening.statement, { readOnly });
  const ctx = new PortalRequestContext(orm, em, config, portalCookieTransport(config, res), req.ip ?? null, req.get('user-agent') ?? null);
  ctx.readOnlyTransaction = readOnly;
  endsWithResponse(em, res);
  try {
    applyPortalOpening(ctx, opening, row);
  } catch (error) {
    await em.rollback();
    throw error;
  }
  return ctx;
}

/**
 * Work in a company outside the request's transaction (committed whatever happens to the request):
 * failed sign-ins and lockouts must survive the refused request.
 */
export async function inCompany<T>(ctx: RequestContext, companyId: string, fn: (em: EntityManager) => Promise<T>): Promise<T> {
  return ctx.orm.em.fork().transactional(async (em) => {
    const scoped = new PortalRequestContext(ctx.orm, em, ctx.config, { setSessionCookie: () => undefined, clearSessionCookie: () => undefined }, ctx.ip, ctx.userAgent);
    scoped.channel = 'portal';
    await scoped.applyScope(companyId);
    return fn(em);
  });
}
