import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import { Client } from './client.entity.js';
import { ActivityInput, AddressInput, BankAccountInput, ClientRegistryInput, ContactInput, CreateClientInput, FamilyInput, IdentityDocumentInput } from './client.inputs.js';
import * as card from './client-card.service.js';

/** Creating a card and updating it area by area; each area validated on its own (CL-1…CL-3). */
@Resolver()
export class ClientCardResolver {
  @Mutation(() => Client, { description: 'Creates a card. CONFLICT with extensions.duplicates when the tax id, VAT or an e-mail is already used, unless confirmDuplicate.' })
  createClient(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateClientInput) input: CreateClientInput,
    @Arg('confirmDuplicate', () => Boolean, { defaultValue: false }) confirmDuplicate: boolean,
  ): Promise<Client> {
    return card.createClient(ctx, { ...input }, confirmDuplicate);
  }

  @Mutation(() => Client, { description: 'Registry data (anagrafica); the kind cannot change.' })
  updateClientRegistry(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ClientRegistryInput) input: ClientRegistryInput,
    @Arg('confirmDuplicate', () => Boolean, { defaultValue: false }) confirmDuplicate: boolean,
  ): Promise<Client> {
    return card.updateRegistry(ctx, id, { ...input }, confirmDuplicate);
  }

  @Mutation(() => Client, { description: 'The whole address list: items with id are updated, without id created, missing ones removed.' })
  setClientAddresses(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('addresses', () => [AddressInput]) addresses: AddressInput[]): Promise<Client> {
    return card.setAddresses(ctx, id, addresses);
  }

  @Mutation(() => Client, { description: 'E-mails, PEC and phones; one preferred per kind.' })
  setClientContacts(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('contacts', () => [ContactInput]) contacts: ContactInput[]): Promise<Client> {
    return card.setContacts(ctx, id, contacts);
  }

  @Mutation(() => Client)
  setClientBankAccounts(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('bankAccounts', () => [BankAccountInput]) bankAccounts: BankAccountInput[]): Promise<Client> {
    return card.setBankAccounts(ctx, id, bankAccounts);
  }

  @Mutation(() => Client)
  setClientIdentityDocuments(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('identityDocuments', () => [IdentityDocumentInput]) identityDocuments: IdentityDocumentInput[],
  ): Promise<Client> {
    return card.setIdentityDocuments(ctx, id, identityDocuments);
  }

  @Mutation(() => Client, { description: 'Marital status and household members (who may be clients too).' })
  setClientFamily(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('family', () => FamilyInput) family: FamilyInput): Promise<Client> {
    return card.setFamily(ctx, id, family);
  }

  @Mutation(() => Client, { description: 'Occupation (persons) or activity (entities: registry number, ATECO/NACE code, legal representative).' })
  setClientActivity(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('activity', () => ActivityInput) activity: ActivityInput): Promise<Client> {
    return card.setActivity(ctx, id, activity);
  }
}
