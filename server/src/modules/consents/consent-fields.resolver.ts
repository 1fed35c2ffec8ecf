import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import { downloadUrlOf } from '../documents/documents.service.js';
import { ConsentForm, ConsentFormVersion, ConsentRecord, ConsentRecordDocument, ConsentTimelineStart, type Texts } from './consent.entity.js';
import { recordsBefore } from './consent-timeline.service.js';
import { ConsentVersionStatus } from './consent.enums.js';
import { ConsentAnswer, ConsentClause, LocalizedText } from './consent.types.js';
import { validationString, verificationCode } from './consent.texts.js';

const localized = (t: Texts): LocalizedText[] => Object.entries(t).map(([lang, text]) => ({ lang, text: text ?? '' }));

/** The versions of a page of forms, in one query. */
function versionsOf(ctx: RequestContext, formId: string): Promise<ConsentFormVersion[]> {
  return ctx.loaders
    .custom<ConsentFormVersion[]>('consentForm.versions', async (ids) => {
      const rows = await ctx.em.find(ConsentFormVersion, { formId: { $in: [...ids] } }, { orderBy: { version: 'desc' } });
      return ids.map((id) => rows.filter((r) => r.formId === id));
    })
    .load(formId);
}

@Resolver(() => ConsentForm)
export class ConsentFormFieldsResolver {
  @FieldResolver(() => [ConsentFormVersion], { description: 'Published versions, newest first.' })
  async versions(@Root() f: ConsentForm, @Ctx() ctx: RequestContext): Promise<ConsentFormVersion[]> {
    return (await versionsOf(ctx, f.id)).filter((v) => v.status === ConsentVersionStatus.PUBLISHED);
  }

  @FieldResolver(() => ConsentFormVersion, { nullable: true, description: 'The current (latest published) version.' })
  async current(@Root() f: ConsentForm, @Ctx() ctx: RequestContext): Promise<ConsentFormVersion | null> {
    return (await versionsOf(ctx, f.id)).find((v) => v.status === ConsentVersionStatus.PUBLISHED) ?? null;
  }

  @FieldResolver(() => ConsentFormVersion, { nullable: true, description: 'The draft being edited, if any.' })
  async draft(@Root() f: ConsentForm, @Ctx() ctx: RequestContext): Promise<ConsentFormVersion | null> {
    return (await versionsOf(ctx, f.id)).find((v) => v.status === ConsentVersionStatus.DRAFT) ?? null;
  }
}

@Resolver(() => ConsentFormVersion)
export class ConsentFormVersionFieldsResolver {
  @FieldResolver(() => [LocalizedText])
  title(@Root() v: ConsentFormVersion): LocalizedText[] {
    return localized(v.title);
  }

  @FieldResolver(() => [LocalizedText])
  body(@Root() v: ConsentFormVersion): LocalizedText[] {
    return localized(v.body);
  }

  @FieldResolver(() => [ConsentClause])
  clauses(@Root() v: ConsentFormVersion): ConsentClause[] {
    return v.clauses.map((c) => ({ key: c.key, required: c.required, text: localized(c.text) }));
  }

  @FieldResolver(() => ConsentForm)
  async form(@Root() v: ConsentFormVersion, @Ctx() ctx: RequestContext): Promise<ConsentForm> {
    return (await ctx.loaders.byId(ConsentForm).load(v.formId))!;
  }
}

@Resolver(() => ConsentRecord)
export class ConsentRecordFieldsResolver {
  @FieldResolver(() => ConsentForm)
  async form(@Root() r: ConsentRecord, @Ctx() ctx: RequestContext): Promise<ConsentForm> {
    return (await ctx.loaders.byId(ConsentForm).load(r.formId))!;
  }

  @FieldResolver(() => ConsentFormVersion, { description: 'The version answered, exactly as shown.' })
  async formVersion(@Root() r: ConsentRecord, @Ctx() ctx: RequestContext): Promise<ConsentFormVersion> {
    return (await ctx.loaders.byId(ConsentFormVersion).load(r.formVersionId))!;
  }

  @FieldResolver(() => [ConsentAnswer], { description: 'The clause answers.' })
  answers(@Root() r: ConsentRecord): ConsentAnswer[] {
    return Object.entries(r.answers).map(([key, accepted]) => ({ key, accepted }));
  }

  @FieldResolver(() => String, { description: 'The first 12 hex digits of the hash in groups of 4, printed on the PDF.' })
  verificationCode(@Root() r: ConsentRecord): string {
    return verificationCode(r.hash);
  }

  @FieldResolver(() => String, { description: 'The stamp plus the e-mail address(es) the record went to.' })
  validationString(@Root() r: ConsentRecord): string {
    return validationString(r.stamp, r.sentTo);
  }

  @FieldResolver(() => String, { nullable: true, description: "The record's PDF (a client document), or null." })
  pdfUrl(@Root() r: ConsentRecord, @Ctx() ctx: RequestContext): Promise<string | null> {
    return ctx.loaders
      .custom<string | null>('consentRecord.pdf', async (ids) => {
        const rows = await ctx.em.find(ConsentRecordDocument, { recordId: { $in: [...ids] } }, { orderBy: { createdAt: 'asc' } });
        return ids.map((id) => {
          const row = rows.find((x) => x.recordId === id);
          return row ? downloadUrlOf(row.documentId) : null;
        });
      })
      .load(r.id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The signed scan (channel PAPER).' })
  paperDocumentUrl(@Root() r: ConsentRecord): string | null {
    return r.paperDocumentId ? downloadUrlOf(r.paperDocumentId) : null;
  }
}

@Resolver(() => ConsentTimelineStart)
export class ConsentTimelineStartFieldsResolver {
  @FieldResolver(() => Int, { description: 'Records of the chain before the agreed date: not listed from it, still verified.' })
  earlierRecords(@Root() s: ConsentTimelineStart, @Ctx() ctx: RequestContext): Promise<number> {
    return recordsBefore(ctx, s.clientId, s.agreedFrom);
  }
}
