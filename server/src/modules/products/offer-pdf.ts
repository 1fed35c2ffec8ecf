import { createElement as h } from 'react';
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from '@react-pdf/renderer';
import { PDF_FONT } from '../../core/pdf-fonts.js';
import { LOCALES, type Locale } from '@agency/shared';
import type { RequestContext } from '../../core/context.js';
import { Company } from '../base/companies/company.entity.js';
import { Client } from '../clients/client.entity.js';
import { Insurer } from '../policies/insurer.entity.js';
import type { Answer, LocalizedText, ProductQuestion } from './product-design.types.js';
import { Product } from './product.entity.js';
import { QuestionType } from './product.enums.js';
import { getOffer } from './offer.service.js';
import { getVersion } from './product.service.js';
import { OFFER_PDF_TEXTS } from './offer-pdf.texts.js';
import { fillTemplate } from '../mail/templates.js';

/** The offer as a PDF in the client's language (else the company's): product, validity, answers, the breakdown. */

const styles = StyleSheet.create({
  page: { padding: 36, fontSize: 10, fontFamily: PDF_FONT.regular, color: '#222' },
  title: { fontSize: 18, marginBottom: 6, fontFamily: PDF_FONT.bold },
  test: { fontSize: 12, color: '#b00', marginBottom: 8, fontFamily: PDF_FONT.bold },
  heading: { fontSize: 12, fontFamily: PDF_FONT.bold, marginTop: 12, marginBottom: 4, borderBottom: '1pt solid #999' },
  row: { flexDirection: 'row', paddingVertical: 1 },
  key: { width: '60%', color: '#555' },
  value: { width: '40%', textAlign: 'right' },
  footer: { position: 'absolute', bottom: 24, left: 36, right: 36, fontSize: 8, color: '#777' },
});

export function pick(text: LocalizedText | null | undefined, locale: Locale): string {
  const t = (text ?? {}) as Record<string, string | null | undefined>;
  return t[locale] ?? t.en ?? LOCALES.map((l) => t[l]).find(Boolean) ?? '';
}

function answerText(q: ProductQuestion, a: Answer, locale: Locale, yes: string, no: string): string {
  if (q.type === QuestionType.YES_NO) return a.value === 'true' ? yes : no;
  const option = (v: string) => pick(q.options?.find((o) => o.value === v)?.label, locale) || v;
  if (q.type === QuestionType.SINGLE_CHOICE) return option(a.value ?? '');
  if (q.type === QuestionType.MULTIPLE_CHOICE) return (a.values ?? []).map(option).join(', ');
  if (q.type === QuestionType.ADDRESS && a.address) return `${a.address.street}, ${a.address.postalCode} ${a.address.city} (${a.address.country})`;
  if (a.display) return a.display;
  return `${a.value ?? ''}${q.unit ? ` ${q.unit}` : ''}`;
}

const row = (k: string, v: string, key: string) => h(View, { style: styles.row, key }, h(Text, { style: styles.key }, k), h(Text, { style: styles.value }, v));

export async function offerPdf(ctx: RequestContext, id: string): Promise<{ fileName: string; contentType: string; language: string; title: string; base64: string }> {
  const offer = await getOffer(ctx, id);
  const [client, company, version] = await Promise.all([
    ctx.em.findOneOrFail(Client, { id: offer.client.id }),
    ctx.em.findOneOrFail(Company, { id: ctx.requireCompany() }),
    getVersion(ctx, offer.version.id),
  ]);
  const product = await ctx.em.findOneOrFail(Product, { id: version.product.id });
  const insurer = await ctx.em.findOneOrFail(Insurer, { id: product.insurer.id });
  const wanted = client.preferredLocale || company.locale;
  const locale = ((LOCALES as readonly string[]).includes(wanted) ? wanted : 'en') as Locale;
  const T = OFFER_PDF_TEXTS[locale];
  const name = pick(version.names, locale);
  const title = `${T.title} — ${name}`;
  const b = offer.breakdown;
  const stepLabel = (s: (typeof b.steps)[number]) => (s.kind === 'minimum' ? T.minimum : pick(s.label, locale) || s.key);
  const doc = h(
    Document,
    { title, author: company.name, language: locale },
    h(
      Page,
      { size: 'A4', style: styles.page },
      h(Text, { style: styles.title }, title),
      offer.test ? h(Text, { style: styles.test }, T.test) : null,
      row(T.client, client.displayName, 'client'),
      row(T.product, `${name} (${product.code}, v${version.version})`, 'product'),
      row(T.insurer, insurer.name, 'insurer'),
      h(Text, { key: 'validity' }, fillTemplate(T.validity, { from: offer.validFrom, until: offer.validUntil })),
      h(Text, { style: styles.heading }, T.answers),
      ...version.questions
        .map((q) => ({ q, a: offer.answers.find((x) => x.question === q.key) }))
        .filter((x): x is { q: ProductQuestion; a: Answer } => !!x.a)
        .map(({ q, a }) => row(pick(q.label, locale), answerText(q, a, locale, T.yes, T.no), q.key)),
      h(Text, { style: styles.heading }, T.premium),
      row(T.base, b.base, 'base'),
      ...b.steps.map((s, i) => row(`${stepLabel(s)} (${s.detail})`, s.effect, `s${i}`)),
      row(T.net, b.net, 'net'),
      row(fillTemplate(T.taxes, { rate: b.taxRate }), b.taxes, 'taxes'),
      row(T.total, `${b.total} ${company.currency}`, 'total'),
      h(Text, { style: styles.footer, fixed: true }, T.footer),
    ),
  );
  const pdf = await renderToBuffer(doc as Parameters<typeof renderToBuffer>[0]);
  return { fileName: `offer-${product.code}-${offer.id.slice(0, 8)}.pdf`, contentType: 'application/pdf', language: locale, title, base64: pdf.toString('base64') };
}
