import type { RequestContext } from '../../core/context.js';

/**
 * A policy moved to another client (`updatePolicy` with a new `clientId`): what other modules keep
 * under a policy follows it, each module registering how (claims: `claims/index.ts`). The policies
 * module knows no module that builds on it; such a module says here what a move means for its rows.
 * Hooks run in the request's transaction, after the policy's own documents moved and before the flush.
 */
export type PolicyMovedHook = (ctx: RequestContext, policyId: string, toClientId: string) => Promise<void>;

const hooks: PolicyMovedHook[] = [];

export function onPolicyMoved(hook: PolicyMovedHook): void {
  hooks.push(hook);
}

export async function policyMoved(ctx: RequestContext, policyId: string, toClientId: string): Promise<void> {
  for (const hook of hooks) await hook(ctx, policyId, toClientId);
}
