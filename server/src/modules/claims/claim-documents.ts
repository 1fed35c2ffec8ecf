import { registerDocumentOwner } from '../documents/documents.service.js';
import { Claim } from './claim.entity.js';

/**
 * Documents and photos of a claim (DR-1, both stores): `POST /files/documents?ownerType=claim&ownerId=…`
 * (right claims:edit; reading claims:view; `documents(ownerType: "claim", ownerId)`; deleteDocument
 * claims:delete). The document also names the claim's client, so the card's legal holds, merge and
 * export apply to it.
 */
registerDocumentOwner('claim', {
  module: 'claims',
  async clientIdOf(ctx, ownerId) {
    const claim = await ctx.em.findOne(Claim, { id: ownerId }, { fields: ['id', 'client'] });
    return claim ? claim.client.id : null;
  },
});
