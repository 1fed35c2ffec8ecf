import { Ctx, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { RequestContext } from '../../../core/context.js';
import { AuditEvent } from './audit-event.entity.js';
import { changesOf } from './audit-changes.js';
import { asRecord, auditSubjectKinds } from './audit-subjects.js';

@ObjectType({ description: 'The record an audit row concerns, as people know it (e.g. the client of an address).' })
export class AuditSubject {
  @Field(() => String, { description: 'Kind of record: `client`.' }) type!: string;
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true, description: 'Its current name; for a deleted record the last name the trail knows, or null.' })
  displayName!: string | null;
  @Field(() => Boolean, { description: 'The record no longer exists.' }) deleted!: boolean;
}

@ObjectType({ description: 'One field of an audited row with its value before and after (null: empty).' })
export class AuditChange {
  @Field(() => String, { description: 'The field (property) name, e.g. `value`, `firstName`.' }) field!: string;
  @Field(() => GraphQLJSON, { nullable: true }) before!: unknown;
  @Field(() => GraphQLJSON, { nullable: true }) after!: unknown;
}

/** The audit row as a person reads it: whose record it concerns, what changed field by field. */
@Resolver(() => AuditEvent)
export class AuditEventFieldsResolver {
  @FieldResolver(() => AuditSubject, { nullable: true, description: 'The client (or other record) the row concerns, with its name; null when none or not visible to the user.' })
  async subject(@Root() e: AuditEvent, @Ctx() ctx: RequestContext): Promise<AuditSubject | null> {
    for (const kind of auditSubjectKinds()) {
      const id = kind.idOf(e);
      if (!id) continue;
      if (!ctx.can(kind.right)) return null;
      const names = ctx.loaders.custom<string | null>(`audit.subject.${kind.type}`, async (ids) => {
        const found = await kind.names(ctx, ids);
        return ids.map((i) => found.get(i) ?? null);
      });
      const current = await names.load(id);
      // a deleted record: the name its own row last carried, when this row is that record's
      const own = e.entityId === id ? ((asRecord(e.before).displayName ?? asRecord(e.after).displayName) as string | undefined) : undefined;
      return { type: kind.type, id, displayName: current ?? own ?? null, deleted: current === null };
    }
    return null;
  }

  @FieldResolver(() => [AuditChange], { description: 'The changed fields (update), the values set (create) or held (delete); secrets stay redacted.' })
  changes(@Root() e: AuditEvent): AuditChange[] {
    return changesOf(e.action, e.before, e.after);
  }
}
