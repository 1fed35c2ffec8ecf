import type { FieldError } from '@agency/shared';
import type { RequestContext } from '../../core/context.js';
import { badInput, notFound } from '../../core/errors.js';
import { Client } from '../clients/client.entity.js';
import type { PortalRequestContext } from './portal-context.js';
import { coversClient, myClientIds, portalClaim } from './portal-home.service.js';
import { PortalMessage, PortalThread } from './portal-message.entity.js';
import type { PortalStartThreadInput, PortalThreadView } from './portal-messages.types.js';

function textProblems(value: string | null | undefined, field: string, max: number): FieldError[] {
  const v = (value ?? '').trim();
  if (!v) return [{ field, reason: 'required', message: 'Required.' }];
  if (v.length > max) return [{ field, reason: 'too_long', message: `At most ${max} characters.` }];
  return [];
}

export async function threadViews(ctx: RequestContext, threads: PortalThread[]): Promise<PortalThreadView[]> {
  if (!threads.length) return [];
  const messages = await ctx.em.find(PortalMessage, { company: ctx.requireCompany(), threadId: { $in: threads.map((t) => t.id) } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  return threads.map((t) => ({
    id: t.id,
    clientId: t.clientId,
    subject: t.subject,
    claimId: t.claimId ?? null,
    lastMessageAt: t.lastMessageAt,
    messages: messages.filter((m) => m.threadId === t.id).map((m) => ({ id: m.id, author: m.author, authorName: m.authorName, body: m.body, createdAt: m.createdAt })),
  }));
}

/** The threads of the clients the user's grants cover, newest first. */
export async function portalThreads(ctx: PortalRequestContext): Promise<PortalThreadView[]> {
  const ids = await myClientIds(ctx);
  if (!ids.length) return [];
  return threadViews(ctx, await ctx.em.find(PortalThread, { company: ctx.requireCompany(), clientId: { $in: ids } }, { orderBy: { lastMessageAt: 'desc' }, limit: 100 }));
}

/** The client starts a thread about a case of a client its grants cover (NOT_FOUND otherwise). */
export async function startThread(ctx: PortalRequestContext, input: PortalStartThreadInput): Promise<PortalThreadView> {
  ctx.requireWritable();
  const user = ctx.requirePortalUser();
  const problems = [...textProblems(input.subject, 'subject', 200), ...textProblems(input.body, 'body', 5000)];
  if (problems.length) throw badInput(problems);
  if (!(await coversClient(ctx, input.clientId))) throw notFound('Client');
  if (input.claimId) {
    const claim = await portalClaim(ctx, input.claimId);
    if (claim.clientId !== input.clientId) throw notFound('Claim');
  }
  const company = ctx.requireCompany();
  const thread = ctx.em.create(PortalThread, { company, clientId: input.clientId, subject: input.subject.trim(), claimId: input.claimId ?? null, startedByPortalUser: user.id });
  await ctx.em.flush();
  ctx.em.create(PortalMessage, { company, threadId: thread.id, author: 'client', portalUserId: user.id, authorName: user.displayName, body: input.body.trim() });
  await ctx.em.flush();
  return (await threadViews(ctx, [thread]))[0];
}

async function coveredThread(ctx: PortalRequestContext, threadId: string): Promise<PortalThread> {
  const thread = await ctx.em.findOne(PortalThread, { id: threadId, company: ctx.requireCompany() });
  if (!thread || !(await coversClient(ctx, thread.clientId))) throw notFound('Thread');
  return thread;
}

export async function postMessage(ctx: PortalRequestContext, threadId: string, body: string): Promise<PortalThreadView> {
  ctx.requireWritable();
  const user = ctx.requirePortalUser();
  const problems = textProblems(body, 'body', 5000);
  if (problems.length) throw badInput(problems);
  const thread = await coveredThread(ctx, threadId);
  ctx.em.create(PortalMessage, { company: ctx.requireCompany(), threadId: thread.id, author: 'client', portalUserId: user.id, authorName: user.displayName, body: body.trim() });
  thread.lastMessageAt = new Date();
  await ctx.em.flush();
  return (await threadViews(ctx, [thread]))[0];
}

/** Staff: the portal threads of a client (from the client card). */
export async function clientThreads(ctx: RequestContext, clientId: string): Promise<PortalThreadView[]> {
  const client = await ctx.em.findOne(Client, { id: clientId, company: ctx.requireCompany() });
  if (!client) throw notFound('Client');
  return threadViews(ctx, await ctx.em.find(PortalThread, { company: ctx.requireCompany(), clientId }, { orderBy: { lastMessageAt: 'desc' } }));
}

/**
 * Staff start a thread with a client from the client card (portal:edit): subject and first message are
 * checked before anything is written; a client outside the company (row-level security) or erased is
 * NOT_FOUND. Every portal account whose grants cover the client reads it on the portal's messages page.
 */
export async function startClientThread(ctx: RequestContext, clientId: string, subject: string, body: string): Promise<PortalThreadView> {
  const problems = [...textProblems(subject, 'subject', 200), ...textProblems(body, 'body', 5000)];
  if (problems.length) throw badInput(problems);
  const company = ctx.requireCompany();
  const client = await ctx.em.findOne(Client, { id: clientId, company, erasedAt: null });
  if (!client) throw notFound('Client');
  const user = ctx.requireUser();
  const thread = ctx.em.create(PortalThread, { company, clientId: client.id, subject: subject.trim(), startedByStaff: user.id });
  await ctx.em.flush();
  ctx.em.create(PortalMessage, { company, threadId: thread.id, author: 'staff', staffUserId: user.id, authorName: user.displayName, body: body.trim() });
  await ctx.em.flush();
  return (await threadViews(ctx, [thread]))[0];
}

/** Staff answer in a thread. */
export async function replyThread(ctx: RequestContext, threadId: string, body: string): Promise<PortalThreadView> {
  const problems = textProblems(body, 'body', 5000);
  if (problems.length) throw badInput(problems);
  const thread = await ctx.em.findOne(PortalThread, { id: threadId, company: ctx.requireCompany() });
  if (!thread) throw notFound('Thread');
  const user = ctx.requireUser();
  ctx.em.create(PortalMessage, { company: ctx.requireCompany(), threadId: thread.id, author: 'staff', staffUserId: user.id, authorName: user.displayName, body: body.trim() });
  thread.lastMessageAt = new Date();
  await ctx.em.flush();
  return (await threadViews(ctx, [thread]))[0];
}
