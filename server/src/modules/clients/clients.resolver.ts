import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import { requestedFields } from '../../core/list-rows.js';
import { checkEmail, checkVat } from '@agency/shared';
import type { RequestContext } from '../../core/context.js';
import { Client } from './client.entity.js';
import { ClientFilterInput, DuplicateCheckInput } from './client.inputs.js';
import { ClientPage, ClientSearchHit, ClientsDashboard, DuplicateCandidate } from './client.types.js';
import { getClient, validationOptions } from './client.service.js';
import { listClients } from './client-list.service.js';
import { searchClients } from './client-search.service.js';
import { findDuplicates } from './client-duplicates.service.js';
import { clientsDashboard } from './client-dashboard.service.js';
import { locateClient } from './client-location.service.js';
import { Company } from '../base/companies/company.entity.js';

/** Reading clients: the list page, one card, the global search, duplicates, the dashboard. */
@Resolver()
export class ClientsResolver {
  @Query(() => ClientPage, { description: 'The client list, by name; hidden cards only when asked.' })
  clients(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ClientFilterInput, { nullable: true }) filter: ClientFilterInput | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ClientPage> {
    return listClients(ctx, filter ?? {}, first, offset, requestedFields(info, ['items']));
  }

  @Query(() => Client)
  client(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Client> {
    return getClient(ctx, id);
  }

  @Query(() => [ClientSearchHit], {
    description: 'Global search (CL-6): name, tax id, VAT, e-mail, phone, city, IBAN; typo- and accent-tolerant, ranked; paged by offset (0–1000) and first (1–100).',
  })
  searchClients(
    @Ctx() ctx: RequestContext,
    @Arg('query', () => String) query: string,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('includeHidden', () => Boolean, { defaultValue: false }) includeHidden: boolean,
    @Arg('offset', () => Int, { defaultValue: 0, description: 'Hits to skip (the "see all results" pages).' }) offset: number,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ClientSearchHit[]> {
    return searchClients(ctx, query, first, includeHidden, offset, requestedFields(info, ['client']));
  }

  @Query(() => [DuplicateCandidate], { description: 'Cards sharing a tax id, VAT number or e-mail (CL-7), to warn while typing.' })
  async clientDuplicates(@Ctx() ctx: RequestContext, @Arg('input', () => DuplicateCheckInput) input: DuplicateCheckInput): Promise<DuplicateCandidate[]> {
    const { country } = await validationOptions(ctx);
    const vat = input.vatNumber ? checkVat(input.vatNumber, country) : null;
    return findDuplicates(ctx, {
      taxCode: input.taxCode?.replace(/[\s.\-/]/g, '').toUpperCase() || null,
      vatNumber: vat?.ok ? vat.value : null,
      emails: (input.emails ?? []).map((e) => checkEmail(e)).flatMap((r) => (r.ok ? [r.value] : [])),
    });
  }

  @Query(() => Company, {
    nullable: true,
    description: 'Which of the companies you may enter (and view clients in) holds this card; null when none does, whether or not it exists elsewhere.',
  })
  clientLocation(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Company | null> {
    return locateClient(ctx, id);
  }

  @Query(() => ClientsDashboard, { description: 'Key figures of the clients module (BASE-8).' })
  clientsDashboard(@Ctx() ctx: RequestContext): Promise<ClientsDashboard> {
    return clientsDashboard(ctx);
  }
}
