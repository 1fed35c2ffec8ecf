import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { EntityClass } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../core/context.js';
import { StoredDocument } from '../documents/document.entity.js';
import { viewableOwnerTypes } from '../documents/documents.service.js';
import { OutboxMessage } from '../mail/outbox-message.entity.js';
import { Client } from './client.entity.js';
import { AddressKind, ContactKind } from './client.enums.js';
import { ClientAddress } from './address.entity.js';
import { ClientContact } from './contact.entity.js';
import { ClientBankAccount } from './bank-account.entity.js';
import { IdentityDocument } from './identity-document.entity.js';
import { HouseholdMember } from './household-member.entity.js';
import { ServiceEntry } from './service-entry.entity.js';
import { ClientPanelTabInfo, LegalHoldInfo } from './client.types.js';
import { clientPanelTabs, clientTabCounts } from './client-extensions.js';
import { legalHolds, visibleHolds } from './client-lifecycle.service.js';
import { attached } from '../../core/list-rows.js';
import { fullNameOf } from '@agency/shared';
import { forbidden } from '../../core/errors.js';

/**
 * The card's personal areas need clients:view, field by field: a Client is also reached from other
 * types (Policy.client, Claim.client, Offer.client, Vehicle.client…) whose rules name only their own
 * module's right. There the id, kind, status and names stay readable (whose policy, whose claim).
 */
export function requireClientsView(ctx: RequestContext): void {
  if (!ctx.companyId || !ctx.can('clients:view')) throw forbidden('You need the right clients:view.');
}

type Child = ClientAddress | ClientContact | ClientBankAccount | IdentityDocument | HouseholdMember | ServiceEntry;

/** The rows of one child table for a batch of clients: one query per list, never one per client. */
function childrenOf<E extends Child>(ctx: RequestContext, entity: EntityClass<E>, clientId: string, orderBy: Record<string, 'asc' | 'desc'>): Promise<E[]> {
  return ctx.loaders
    .custom<E[]>(`client.children.${entity.name}`, async (ids) => {
      // read-only rows for display: not managed, so the request's final flush has nothing to compare
      const rows = (await ctx.em.find(entity as EntityClass<Child>, { client: { $in: [...ids] } }, { orderBy: orderBy as never, disableIdentityMap: true })) as E[];
      const by = new Map<string, E[]>(ids.map((id) => [id, []]));
      for (const r of rows) by.get(r.client.id)?.push(r);
      return ids.map((id) => by.get(id)!);
    })
    .load(clientId);
}

/** The preferred e-mail, PEC and phone of a page of clients: one query, plain rows. */
function preferredContacts(ctx: RequestContext, clientId: string): Promise<Map<string, string>> {
  return ctx.loaders
    .custom<Map<string, string>>('client.preferredContacts', async (ids) => {
      const rows = await ctx.em
        .createQueryBuilder(ClientContact, 'k')
        .select(['k.client', 'k.kind', 'k.value'])
        .where({ company: ctx.requireCompany(), client: { $in: [...ids] }, preferred: true })
        .execute<Array<{ client: string; kind: string; value: string }>>('all', true);
      const by = new Map<string, Map<string, string>>(ids.map((id) => [id, new Map()]));
      for (const r of rows) by.get(String(r.client))?.set(r.kind, r.value);
      return ids.map((id) => by.get(id)!);
    })
    .load(clientId);
}

/**
 * The data areas and panel of a card, each through a per-request DataLoader. Other modules add
 * their own fields to `Client` the same way, in their own folder (see client-extensions.ts).
 */
@Resolver(() => Client)
export class ClientFieldsResolver {
  @FieldResolver(() => String, { description: 'The name in natural order, as the card shows it: "Jan de Vries" (first name, name prefix, surname); entity: legal name.' })
  fullName(@Root() c: Client): string {
    // an erased card keeps only its placeholder display name
    return c.erasedAt ? c.displayName : fullNameOf(c) || c.displayName;
  }

  @FieldResolver(() => [ClientAddress])
  addresses(@Root() c: Client, @Ctx() ctx: RequestContext): Promise<ClientAddress[]> {
    requireClientsView(ctx);
    return childrenOf(ctx, ClientAddress, c.id, { position: 'asc' });
  }

  @FieldResolver(() => ClientAddress, { nullable: true, description: 'The residence (persons) or registered office (entities).' })
  residence(@Root() c: Client, @Ctx() ctx: RequestContext): ClientAddress | null | Promise<ClientAddress | null> {
    requireClientsView(ctx);
    const listed = attached<ClientAddress | null>(c, 'residence');
    if (listed.found) return listed.value;
    return ctx.loaders
      .custom<ClientAddress | null>('client.residence', async (ids) => {
        const rows = await ctx.em
          .createQueryBuilder(ClientAddress, 'a')
          .select(['a.id', 'a.client', 'a.kind', 'a.label', 'a.line1', 'a.line2', 'a.postalCode', 'a.city', 'a.province', 'a.country', 'a.position'])
          .where({ company: ctx.requireCompany(), client: { $in: [...ids] }, kind: AddressKind.RESIDENCE })
          .execute<Array<ClientAddress & { client: string }>>('all', true);
        const by = new Map(rows.map((r) => [String(r.client), r]));
        return ids.map((id) => by.get(id) ?? null);
      })
      .load(c.id);
  }

  @FieldResolver(() => [ClientContact])
  contacts(@Root() c: Client, @Ctx() ctx: RequestContext): Promise<ClientContact[]> {
    requireClientsView(ctx);
    return childrenOf(ctx, ClientContact, c.id, { position: 'asc' });
  }

  @FieldResolver(() => String, { nullable: true })
  preferredEmail(@Root() c: Client, @Ctx() ctx: RequestContext): string | null | Promise<string | null> {
    requireClientsView(ctx);
    const listed = attached<string | null>(c, 'preferredEmail');
    if (listed.found) return listed.value;
    return preferredContacts(ctx, c.id).then((m) => m.get(ContactKind.EMAIL) ?? null);
  }

  @FieldResolver(() => String, { nullable: true })
  preferredPhone(@Root() c: Client, @Ctx() ctx: RequestContext): string | null | Promise<string | null> {
    requireClientsView(ctx);
    const listed = attached<string | null>(c, 'preferredPhone');
    if (listed.found) return listed.value;
    return preferredContacts(ctx, c.id).then((m) => m.get(ContactKind.PHONE) ?? null);
  }

  @FieldResolver(() => [ClientBankAccount])
  bankAccounts(@Root() c: Client, @Ctx() ctx: RequestContext): Promise<ClientBankAccount[]> {
    requireClientsView(ctx);
    return childrenOf(ctx, ClientBankAccount, c.id, { position: 'asc' });
  }

  @FieldResolver(() => [IdentityDocument])
  identityDocuments(@Root() c: Client, @Ctx() ctx: RequestContext): Promise<IdentityDocument[]> {
    requireClientsView(ctx);
    return childrenOf(ctx, IdentityDocument, c.id, { issueDate: 'desc' });
  }

  @FieldResolver(() => [HouseholdMember])
  household(@Root() c: Client, @Ctx() ctx: RequestContext): Promise<HouseholdMember[]> {
    requireClientsView(ctx);
    return childrenOf(ctx, HouseholdMember, c.id, { id: 'asc' });
  }

  @FieldResolver(() => [ServiceEntry], { description: 'Notes, complaints, events, newest first.' })
  serviceEntries(@Root() c: Client, @Ctx() ctx: RequestContext): Promise<ServiceEntry[]> {
    requireClientsView(ctx);
    return childrenOf(ctx, ServiceEntry, c.id, { createdAt: 'desc' });
  }

  @FieldResolver(() => Client, { nullable: true })
  async legalRepresentative(@Root() c: Client, @Ctx() ctx: RequestContext): Promise<Client | null> {
    requireClientsView(ctx);
    return c.legalRepresentativeId ? ctx.loaders.byId(Client).load(c.legalRepresentativeId) : null;
  }

  @FieldResolver(() => [StoredDocument], { description: 'Documents concerning the client (the card, and later its policies and claims).' })
  documents(@Root() c: Client, @Ctx() ctx: RequestContext): Promise<StoredDocument[]> {
    requireClientsView(ctx);
    return ctx.loaders
      .custom<StoredDocument[]>('client.documents', async (ids) => {
        // the documents module's rule: a document is read with its owner module's view right
        const ownerTypes = viewableOwnerTypes(ctx);
        if (!ownerTypes.length) return ids.map(() => []);
        const rows = await ctx.em.find(StoredDocument, { clientId: { $in: [...ids] }, ownerType: { $in: ownerTypes } }, { orderBy: { createdAt: 'desc' }, disableIdentityMap: true });
        return ids.map((id) => rows.filter((r) => r.clientId === id));
      })
      .load(c.id);
  }

  @FieldResolver(() => [OutboxMessage], { description: 'Contact history: every e-mail the platform sent (or is sending) to the client.' })
  sentEmails(@Root() c: Client, @Ctx() ctx: RequestContext): Promise<OutboxMessage[]> {
    requireClientsView(ctx);
    return ctx.loaders
      .custom<OutboxMessage[]>('client.sentEmails', async (ids) => {
        const rows = await ctx.em.find(OutboxMessage, { companyId: ctx.requireCompany(), clientId: { $in: [...ids] } }, { orderBy: { createdAt: 'desc' }, disableIdentityMap: true });
        return ids.map((id) => rows.filter((r) => r.clientId === id));
      })
      .load(c.id);
  }

  @FieldResolver(() => [LegalHoldInfo], { description: 'What keeps the card from a permanent delete (empty: it can be deleted). For the card view: a few queries per client.' })
  async legalHolds(@Root() c: Client, @Ctx() ctx: RequestContext): Promise<LegalHoldInfo[]> {
    requireClientsView(ctx);
    return visibleHolds(ctx, await legalHolds(ctx, c.id));
  }

  @FieldResolver(() => [ClientPanelTabInfo], { description: 'The panel tabs the user may see, from every module, with counts.' })
  async panelTabs(@Root() c: Client, @Ctx() ctx: RequestContext): Promise<ClientPanelTabInfo[]> {
    const visible = clientPanelTabs().filter((t) => ctx.can(t.right));
    // the table counts of every visible tab in one statement, the others by their own function
    const tableCounts = ctx.loaders.custom<Record<string, number>>('client.tabCounts', (ids) => clientTabCounts(ctx, visible, ids)).load(c.id);
    return Promise.all(
      visible.map(async (t) => ({
        key: t.key,
        title: t.title,
        count: t.countRows
          ? (await tableCounts)[t.key]
          : t.count
            ? await ctx.loaders.custom<number>(`client.tab.${t.key}`, (ids) => t.count!(ctx, ids)).load(c.id)
            : null,
      })),
    );
  }
}

@Resolver(() => HouseholdMember)
export class HouseholdMemberFieldsResolver {
  @FieldResolver(() => Client, { nullable: true, description: 'The member when also a client of the company.' })
  async memberClient(@Root() m: HouseholdMember, @Ctx() ctx: RequestContext): Promise<Client | null> {
    return m.memberClient ? ctx.loaders.byId(Client).load(m.memberClient.id) : null;
  }
}

@Resolver(() => IdentityDocument)
export class IdentityDocumentFieldsResolver {
  @FieldResolver(() => StoredDocument, { nullable: true })
  async scan(@Root() d: IdentityDocument, @Ctx() ctx: RequestContext): Promise<StoredDocument | null> {
    return d.scanDocumentId ? ctx.loaders.byId(StoredDocument).load(d.scanDocumentId) : null;
  }
}
