import { registerDocumentOwner } from '../documents/documents.service.js';
import { Policy } from './policy.entity.js';

/**
 * Documents on a policy (DR-1, both stores): `POST /files/documents?ownerType=policy&ownerId=…`
 * (right policies:edit; reading policies:view; deleteDocument policies:delete). The document also
 * names the policy's client, so the clients module's legal holds, merge and erasure apply to it as to
 * the card's own documents.
 */
registerDocumentOwner('policy', {
  module: 'policies',
  async clientIdOf(ctx, ownerId) {
    const policy = await ctx.em.findOne(Policy, { id: ownerId }, { fields: ['id', 'client'] });
    return policy ? policy.client.id : null;
  },
});
