/** The public endpoint of the quote form (server: modules/products/public-quote.routes.ts). */

export interface PublicQuestion {
  key: string;
  type: 'text' | 'number' | 'date' | 'yes_no' | 'single_choice' | 'multiple_choice' | 'address';
  required: boolean;
  label: string;
  help: string | null;
  unit: string | null;
  min: string | null;
  max: string | null;
  options: Array<{ value: string; label: string }> | null;
  showWhen: { question: string; anyOf: string[] } | null;
}

export interface PublicForm {
  locale: string;
  company: string;
  website: string;
  currency: string;
  products: Array<{ id: string; code: string; name: string; questions: PublicQuestion[] }>;
  consent: { version: string; text: string; privacyNoticeUrl: string };
}

export interface PublicBreakdown {
  base: string;
  steps: Array<{ kind: 'factor' | 'loading' | 'discount' | 'minimum'; key: string; label: string | null; detail: string; effect: string; after: string }>;
  net: string;
  taxRate: string;
  taxes: string;
  total: string;
}

export interface Address {
  street: string;
  postalCode: string;
  city: string;
  country: string;
}

export interface AnswerValue {
  question: string;
  value?: string | null;
  values?: string[] | null;
  address?: Address | null;
}

export interface FieldError {
  field: string;
  reason: string;
  message: string;
}

/** A refusal of the endpoint: its code (NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, RATE_LIMITED, NETWORK…) and named fields. */
export class PublicError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
  }
}

export function publicApi(base: string, key: string) {
  const url = (op: string) => `${base}/public/quote/${encodeURIComponent(key)}/${op}`;
  async function call<R>(op: string, body?: unknown): Promise<R> {
    let res: Response;
    try {
      res = await fetch(url(op), body === undefined ? { credentials: 'omit' } : { method: 'POST', credentials: 'omit', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    } catch {
      throw new PublicError('NETWORK', 'The form could not reach the server.');
    }
    const json = (await res.json().catch(() => null)) as { errors?: Array<{ message: string; extensions?: { code?: string; fields?: FieldError[] } }> } | null;
    if (!res.ok) {
      const e = json?.errors?.[0];
      throw new PublicError(e?.extensions?.code ?? (res.status === 429 ? 'RATE_LIMITED' : 'INTERNAL'), e?.message ?? res.statusText, e?.extensions?.fields ?? []);
    }
    return json as R;
  }
  return {
    form: (lang: string) => call<PublicForm>(`form?lang=${encodeURIComponent(lang)}`),
    rate: (productId: string, answers: AnswerValue[], lang: string) => call<{ currency: string; breakdown: PublicBreakdown }>('rate', { productId, answers, lang }),
    request: (input: { productId: string; answers: AnswerValue[]; lang: string; firstName: string; lastName: string; email: string; consent: boolean; consentVersion: string }) =>
      call<{ requestId: string; currency: string; breakdown: PublicBreakdown }>('request', input),
  };
}
