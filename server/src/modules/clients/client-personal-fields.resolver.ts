import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import { Client } from './client.entity.js';
import type { Gender, MaritalStatus } from './client.enums.js';
import { requireClientsView } from './client-fields.resolver.js';

/**
 * The card's personal columns (birth, tax id, family and working life, the legal representative, why
 * a card is hidden) need clients:view, as its personal areas do (`client-fields.resolver.ts`): a
 * Client reached through Policy.client, Claim.client, Vehicle.client… shows only whose it is (id, kind,
 * status, names, tax country, dates). Each field keeps the type and description of `Client`'s own.
 */
@Resolver(() => Client)
export class ClientPersonalFieldsResolver {
  @FieldResolver()
  gender(@Root() c: Client, @Ctx() ctx: RequestContext): Gender | null {
    requireClientsView(ctx);
    return c.gender ?? null;
  }

  @FieldResolver()
  birthDate(@Root() c: Client, @Ctx() ctx: RequestContext): string | null {
    requireClientsView(ctx);
    return c.birthDate ?? null;
  }

  @FieldResolver()
  birthPlace(@Root() c: Client, @Ctx() ctx: RequestContext): string | null {
    requireClientsView(ctx);
    return c.birthPlace ?? null;
  }

  @FieldResolver()
  birthProvince(@Root() c: Client, @Ctx() ctx: RequestContext): string | null {
    requireClientsView(ctx);
    return c.birthProvince ?? null;
  }

  @FieldResolver()
  birthCountry(@Root() c: Client, @Ctx() ctx: RequestContext): string | null {
    requireClientsView(ctx);
    return c.birthCountry ?? null;
  }

  @FieldResolver()
  citizenship(@Root() c: Client, @Ctx() ctx: RequestContext): string | null {
    requireClientsView(ctx);
    return c.citizenship ?? null;
  }

  @FieldResolver()
  taxCode(@Root() c: Client, @Ctx() ctx: RequestContext): string | null {
    requireClientsView(ctx);
    return c.taxCode ?? null;
  }

  @FieldResolver()
  noLocalTaxIdReason(@Root() c: Client, @Ctx() ctx: RequestContext): string | null {
    requireClientsView(ctx);
    return c.noLocalTaxIdReason ?? null;
  }

  @FieldResolver()
  maritalStatus(@Root() c: Client, @Ctx() ctx: RequestContext): MaritalStatus | null {
    requireClientsView(ctx);
    return c.maritalStatus ?? null;
  }

  @FieldResolver()
  occupation(@Root() c: Client, @Ctx() ctx: RequestContext): string | null {
    requireClientsView(ctx);
    return c.occupation ?? null;
  }

  @FieldResolver()
  employer(@Root() c: Client, @Ctx() ctx: RequestContext): string | null {
    requireClientsView(ctx);
    return c.employer ?? null;
  }

  @FieldResolver()
  legalRepresentativeName(@Root() c: Client, @Ctx() ctx: RequestContext): string | null {
    requireClientsView(ctx);
    return c.legalRepresentativeName ?? null;
  }

  @FieldResolver()
  hiddenReason(@Root() c: Client, @Ctx() ctx: RequestContext): string | null {
    requireClientsView(ctx);
    return c.hiddenReason ?? null;
  }
}
