import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import { StoredDocument } from './document.entity.js';
import { deleteDocument, downloadUrlOf, getDocument, listDocuments } from './documents.service.js';

/**
 * Stored documents (DR-1). Upload and download are HTTP routes (documents.routes.ts); the rights are
 * those of the module owning the document (clients:view / clients:edit / clients:delete for a client's
 * documents; policies:… and claims:… for a policy's and a claim's).
 */
@Resolver(() => StoredDocument)
export class DocumentsResolver {
  @Query(() => [StoredDocument], { description: 'Documents of one owner (ownerType: client; later policy, claim).' })
  documents(@Ctx() ctx: RequestContext, @Arg('ownerType', () => String) ownerType: string, @Arg('ownerId', () => ID) ownerId: string): Promise<StoredDocument[]> {
    return listDocuments(ctx, ownerType, ownerId);
  }

  @Query(() => StoredDocument)
  document(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<StoredDocument> {
    return getDocument(ctx, id, 'view');
  }

  @FieldResolver(() => String, { description: 'Authenticated download URL (same session: cookie or bearer).' })
  downloadUrl(@Root() doc: StoredDocument): string {
    return downloadUrlOf(doc.id);
  }

  @Mutation(() => Boolean, { description: 'Deletes a document (audited); its files are collected by docs:verify.' })
  deleteDocument(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return deleteDocument(ctx, id);
  }
}
