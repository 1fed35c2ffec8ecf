import { useEffect, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { type Address, type AnswerValue, type FieldError, type PublicBreakdown, type PublicForm, type PublicQuestion, PublicError, publicApi } from './api';
import { type EmbedLanguage, type T, money, translator } from './texts';

type Given = { value?: string; values?: string[]; address?: Address };
const EMPTY_ADDRESS: Address = { street: '', postalCode: '', city: '', country: '' };

function shown(q: PublicQuestion, given: Record<string, Given>): boolean {
  if (!q.showWhen) return true;
  const a = given[q.showWhen.question];
  const values = a?.values ?? (a?.value ? [a.value] : []);
  return values.some((v) => q.showWhen!.anyOf.includes(v));
}

function answersOf(questions: PublicQuestion[], given: Record<string, Given>): AnswerValue[] {
  const out: AnswerValue[] = [];
  const visible: Record<string, Given> = {};
  for (const q of questions) {
    if (!shown(q, visible)) continue;
    const a = given[q.key];
    if (!a) continue;
    visible[q.key] = a;
    if (q.type === 'multiple_choice') out.push({ question: q.key, values: a.values ?? [] });
    else if (q.type === 'address') out.push({ question: q.key, address: a.address ?? EMPTY_ADDRESS });
    else if (a.value?.trim()) out.push({ question: q.key, value: a.value });
  }
  return out;
}

/** A refusal's text for the visitor: by the error's code, or by each field's reason. */
function problem(t: T, e: unknown): string {
  const code = e instanceof PublicError ? e.code : 'INTERNAL';
  if (code === 'RATE_LIMITED') return t('embed.error.rateLimited');
  if (code === 'BAD_USER_INPUT') return t('embed.error.check');
  if (code === 'NOT_FOUND' || code === 'FORBIDDEN') return t('embed.error.unavailable');
  // a page whose origin the website does not list gets no CORS permission: the browser reports a network failure
  if (code === 'NETWORK') return t('embed.error.unreachable');
  return t('embed.error.failed');
}

function reasonText(t: T, f: FieldError): string {
  const text = t(`embed.reason.${f.reason}`);
  return text.startsWith('embed.') ? f.message : text;
}

export function QuoteForm({ base, publicKey, lang, productCode }: { base: string; publicKey: string; lang: EmbedLanguage; productCode: string | null }) {
  const t = useMemo(() => translator(lang), [lang]);
  const api = useMemo(() => publicApi(base, publicKey), [base, publicKey]);
  const [form, setForm] = useState<PublicForm | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [productId, setProductId] = useState('');
  const [given, setGiven] = useState<Record<string, Given>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [premium, setPremium] = useState<{ currency: string; breakdown: PublicBreakdown } | null>(null);
  const [person, setPerson] = useState({ firstName: '', lastName: '', email: '' });
  const [consent, setConsent] = useState(false);
  const [sent, setSent] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api.form(lang).then(
      (f) => {
        setForm(f);
        const pinned = productCode ? f.products.find((p) => p.code === productCode) : null;
        setProductId((pinned ?? f.products[0])?.id ?? '');
      },
      (e: unknown) => setLoadError(problem(t, e)),
    );
  }, [api, lang, productCode, t]);

  if (loadError) return <p className="aq-error" role="alert">{loadError}</p>;
  if (!form) return <p className="aq-muted">{t('embed.loading')}</p>;
  if (!form.products.length) return <p className="aq-muted">{t('embed.noProducts')}</p>;
  const product = form.products.find((p) => p.id === productId) ?? form.products[0];

  const set = (key: string, a: Given) => {
    setGiven((g) => ({ ...g, [key]: a }));
    setPremium(null);
  };
  const fail = (e: unknown) => {
    const fields = e instanceof PublicError ? e.fields : [];
    setErrors(Object.fromEntries(fields.map((f) => [f.field, reasonText(t, f)])));
    setMessage(problem(t, e));
  };

  async function calculate(ev: FormEvent) {
    ev.preventDefault();
    setBusy(true);
    setErrors({});
    setMessage(null);
    try {
      setPremium(await api.rate(product.id, answersOf(product.questions, given), lang));
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  }

  async function send(ev: FormEvent) {
    ev.preventDefault();
    setBusy(true);
    setErrors({});
    setMessage(null);
    try {
      const r = await api.request({ productId: product.id, answers: answersOf(product.questions, given), lang, ...person, consent, consentVersion: form!.consent.version });
      setSent(r.requestId);
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  }

  if (sent) {
    return (
      <div className="aq-done" role="status" data-testid="embed-sent">
        <strong>{t('embed.sent.title')}</strong>
        <p>{t('embed.sent.text', { company: form.company })}</p>
      </div>
    );
  }

  const visible: Record<string, Given> = {};
  const questions = product.questions.filter((q) => {
    if (!shown(q, visible)) return false;
    if (given[q.key]) visible[q.key] = given[q.key];
    return true;
  });

  return (
    <div className="aq" lang={lang}>
      <h2 className="aq-title">{t('embed.title', { company: form.company })}</h2>
      {form.products.length > 1 && (
        <label className="aq-field">
          <span>{t('embed.product')}</span>
          <select value={product.id} onChange={(e) => { setProductId(e.target.value); setPremium(null); }} data-testid="embed-product">
            {form.products.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
        </label>
      )}
      <form onSubmit={calculate} noValidate data-testid="embed-questions">
        {questions.map((q) => (
          <Question key={q.key} q={q} t={t} given={given[q.key]} error={errors[`answers.${q.key}`]} onChange={(a) => set(q.key, a)} />
        ))}
        <button type="submit" disabled={busy} data-testid="embed-calculate">{t('embed.calculate')}</button>
      </form>
      {message && <p className="aq-error" role="alert" data-testid="embed-error">{message}</p>}
      {premium && (
        <>
          <Breakdown t={t} lang={lang} currency={premium.currency} b={premium.breakdown} />
          <form onSubmit={send} noValidate className="aq-request" data-testid="embed-request">
            <h3>{t('embed.request.title')}</h3>
            <Text label={t('embed.request.firstName')} value={person.firstName} error={errors.firstName} onChange={(v) => setPerson({ ...person, firstName: v })} testId="embed-first-name" />
            <Text label={t('embed.request.lastName')} value={person.lastName} error={errors.lastName} onChange={(v) => setPerson({ ...person, lastName: v })} testId="embed-last-name" />
            <Text label={t('embed.request.email')} type="email" value={person.email} error={errors.email} onChange={(v) => setPerson({ ...person, email: v })} testId="embed-email" />
            <label className="aq-check">
              <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} data-testid="embed-consent" />
              <span>
                {form.consent.text}{' '}
                <a href={form.consent.privacyNoticeUrl} target="_blank" rel="noopener noreferrer">{t('embed.request.privacyNotice')}</a>
              </span>
            </label>
            {errors.consent && <span className="aq-error">{errors.consent}</span>}
            <button type="submit" disabled={busy} data-testid="embed-send">{t('embed.request.send')}</button>
          </form>
        </>
      )}
    </div>
  );
}

function Text({ label, value, error, onChange, type = 'text', testId }: { label: string; value: string; error?: string; onChange: (v: string) => void; type?: string; testId?: string }) {
  return (
    <label className="aq-field">
      <span>{label}</span>
      <input type={type} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={!!error} data-testid={testId} />
      {error && <span className="aq-error">{error}</span>}
    </label>
  );
}

function Question({ q, t, given, error, onChange }: { q: PublicQuestion; t: T; given?: Given; error?: string; onChange: (a: Given) => void }) {
  const title = q.required ? `${q.label} *` : q.label;
  const hint = [q.help, q.min != null || q.max != null ? t('embed.range', { min: q.min ?? '…', max: q.max ?? '…' }) : null].filter(Boolean).join(' · ');
  const id = `aq-${q.key}`;
  let control: ReactNode;
  switch (q.type) {
    case 'yes_no':
      control = (
        <span className="aq-choices" role="radiogroup" aria-labelledby={`${id}-l`}>
          {(['true', 'false'] as const).map((v) => (
            <label key={v}>
              <input type="radio" name={id} checked={given?.value === v} onChange={() => onChange({ value: v })} data-testid={`${id}-${v}`} /> {v === 'true' ? t('embed.yes') : t('embed.no')}
            </label>
          ))}
        </span>
      );
      break;
    case 'single_choice':
      control = (
        <select id={id} value={given?.value ?? ''} onChange={(e) => onChange({ value: e.target.value })} data-testid={id}>
          <option value="">{t('embed.choose')}</option>
          {q.options?.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      );
      break;
    case 'multiple_choice':
      control = (
        <span className="aq-choices">
          {q.options?.map((o) => {
            const values = given?.values ?? [];
            return (
              <label key={o.value}>
                <input type="checkbox" checked={values.includes(o.value)} onChange={(e) => onChange({ values: e.target.checked ? [...values, o.value] : values.filter((v) => v !== o.value) })} /> {o.label}
              </label>
            );
          })}
        </span>
      );
      break;
    case 'address': {
      const a = given?.address ?? EMPTY_ADDRESS;
      const part = (k: keyof Address, label: string) => <input aria-label={label} placeholder={label} value={a[k]} onChange={(e) => onChange({ address: { ...a, [k]: e.target.value } })} />;
      control = (
        <span className="aq-address">
          {part('street', t('embed.address.street'))}
          {part('postalCode', t('embed.address.postalCode'))}
          {part('city', t('embed.address.city'))}
          {part('country', t('embed.address.country'))}
        </span>
      );
      break;
    }
    default:
      control = (
        <span className="aq-input">
          <input id={id} type={q.type === 'date' ? 'date' : 'text'} inputMode={q.type === 'number' ? 'decimal' : undefined} value={given?.value ?? ''} onChange={(e) => onChange({ value: e.target.value })} aria-invalid={!!error} data-testid={id} />
          {q.unit && <span className="aq-unit">{q.unit}</span>}
        </span>
      );
  }
  return (
    <div className="aq-field">
      <label id={`${id}-l`} htmlFor={id}>{title}</label>
      {control}
      {hint && <small className="aq-muted">{hint}</small>}
      {error && <span className="aq-error" data-testid={`${id}-error`}>{error}</span>}
    </div>
  );
}

function Breakdown({ t, lang, currency, b }: { t: T; lang: EmbedLanguage; currency: string; b: PublicBreakdown }) {
  const m = (v: string) => money(lang, v, currency);
  return (
    <table className="aq-breakdown" data-testid="embed-breakdown">
      <tbody>
        <tr><td>{t('embed.breakdown.base')}</td><td /><td>{m(b.base)}</td></tr>
        {b.steps.map((s) => (
          <tr key={s.key}>
            <td>{s.label ?? t(`embed.breakdown.${s.kind}`)}</td>
            <td>{s.detail}</td>
            <td>{m(s.effect)}</td>
          </tr>
        ))}
        <tr><td>{t('embed.breakdown.net')}</td><td /><td>{m(b.net)}</td></tr>
        <tr><td>{t('embed.breakdown.taxes')}</td><td>{`${b.taxRate} %`}</td><td>{m(b.taxes)}</td></tr>
        <tr className="aq-total"><td>{t('embed.breakdown.total')}</td><td /><td data-testid="embed-total">{m(b.total)}</td></tr>
      </tbody>
    </table>
  );
}
