import { Arg, Ctx, ID, Mutation, Resolver, registerEnumType } from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import { Client } from './client.entity.js';
import { ClientStatus } from './client.enums.js';
import { ServiceEntry } from './service-entry.entity.js';
import { ServiceEntryInput } from './client.inputs.js';
import { ClientExport } from './client.types.js';
import { deleteClient, setStatus } from './client-lifecycle.service.js';
import { eraseClient } from './client-erasure.service.js';
import { exportClientData } from './client-export.service.js';
import { mergeClients } from './client-merge.service.js';
import { addServiceEntry } from './service-entry.service.js';

export enum ExportFormatEnum {
  JSON = 'json',
  PDF = 'pdf',
}
registerEnumType(ExportFormatEnum, { name: 'ExportFormat' });

/** Status, delete, GDPR erasure and export, merge, service entries (CL-4, CL-5, CL-7, CL-8). */
@Resolver()
export class ClientLifecycleResolver {
  @Mutation(() => Client, { description: 'Prospect, active or hidden (hidden needs a reason).' })
  setClientStatus(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('status', () => ClientStatus) status: ClientStatus,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
  ): Promise<Client> {
    return setStatus(ctx, id, status, reason);
  }

  @Mutation(() => Boolean, { description: 'Permanent delete of a card added by mistake; CONFLICT (extensions.holds) when the law keeps something referring to it.' })
  deleteClient(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return deleteClient(ctx, id);
  }

  @Mutation(() => Client, { description: 'GDPR erasure: anonymizes personal data, keeps what the law keeps; audited.' })
  eraseClient(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string): Promise<Client> {
    return eraseClient(ctx, id, reason);
  }

  @Mutation(() => ClientExport, { description: 'GDPR export of everything held on the client (JSON or PDF, base64); audited.' })
  exportClientData(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('format', () => ExportFormatEnum, { defaultValue: ExportFormatEnum.JSON }) format: ExportFormatEnum,
  ): Promise<ClientExport> {
    return exportClientData(ctx, id, format);
  }

  @Mutation(() => Client, { description: 'Merges a duplicate (source) into the card that stays (target); everything attached moves; audited.' })
  mergeClients(@Ctx() ctx: RequestContext, @Arg('sourceId', () => ID) sourceId: string, @Arg('targetId', () => ID) targetId: string): Promise<Client> {
    return mergeClients(ctx, sourceId, targetId);
  }

  @Mutation(() => ServiceEntry)
  addServiceEntry(@Ctx() ctx: RequestContext, @Arg('clientId', () => ID) clientId: string, @Arg('input', () => ServiceEntryInput) input: ServiceEntryInput): Promise<ServiceEntry> {
    return addServiceEntry(ctx, clientId, { ...input });
  }
}
