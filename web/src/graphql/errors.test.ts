import { describe, expect, it } from 'vitest';
import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { i18n } from '../i18n';
import { translatedFieldErrors } from './errors';
import { errorText } from './error-text';

function badInput(fields: { field: string; reason: string; message: string }[]): CombinedError {
  return new CombinedError({ graphQLErrors: [new GraphQLError('Bad input', { extensions: { code: 'BAD_USER_INPUT', fields } })] });
}

describe('translatedFieldErrors: the server field errors of a form in the user language', () => {
  const en = i18n.getFixedT('en');
  const it_ = i18n.getFixedT('it');

  it('names each field without the input. prefix and reads the reason from the module namespace, in each language', () => {
    const error = badInput([
      { field: 'input.lines', reason: 'unbalanced', message: 'debits 10.00 differ from credits 9.00' },
      { field: 'creditorId', reason: 'creditor_id_check', message: 'mod 97 check failed' },
    ]);
    expect(translatedFieldErrors(en, error, 'ledger.reason')).toEqual({ lines: 'Debits and credits differ', creditorId: 'Not valid' });
    expect(translatedFieldErrors(it_, error, 'ledger.reason')).toEqual({ lines: 'Dare e avere non coincidono', creditorId: 'Non valido' });
    expect(translatedFieldErrors(it_, error, 'banking.fieldReason')).toEqual({
      lines: 'Non valido',
      creditorId: 'Le cifre di controllo non corrispondono (ISO 7064 mod 97-10).',
    });
  });

  it('a reason the module has no text for reads as the general validation text, never the server message', () => {
    const error = badInput([
      { field: 'input.code', reason: 'invalid_code', message: 'totp mismatch at step 123' },
      { field: 'input.amount', reason: 'no_such_reason_anywhere', message: 'numeric overflow in column amount' },
    ]);
    const out = translatedFieldErrors(en, error, 'claims.reason');
    expect(out).toEqual({ code: 'The code is not valid. Check your authenticator app.', amount: 'Not valid' });
    expect(Object.values(out).join(' ')).not.toMatch(/totp|overflow/);
  });

  it('the first error of a field wins; no error or no field errors give no texts', () => {
    const error = badInput([
      { field: 'input.lines', reason: 'unbalanced', message: '' },
      { field: 'lines', reason: 'period_closed', message: '' },
    ]);
    expect(translatedFieldErrors(en, error, 'ledger.reason')).toEqual({ lines: 'Debits and credits differ' });
    expect(translatedFieldErrors(en, undefined, 'ledger.reason')).toEqual({});
    expect(translatedFieldErrors(en, new CombinedError({ graphQLErrors: [new GraphQLError('Forbidden', { extensions: { code: 'FORBIDDEN' } })] }), 'ledger.reason')).toEqual({});
  });

  it('tries the namespaces in order (payments, then the ledger) and strips what the form does not name (design.)', () => {
    const error = badInput([
      { field: 'input.allocations.0.amount', reason: 'exceeds_open_amount', message: '' },
      { field: 'input.date', reason: 'period_closed', message: '' },
      { field: 'input.memo', reason: 'no_such_reason_anywhere', message: 'raw' },
    ]);
    expect(translatedFieldErrors(en, error, ['payments.reason', 'ledger.reason'])).toEqual({
      'allocations.0.amount': 'More than the receipt has open',
      date: 'This month is closed',
      memo: 'Not valid',
    });
    const design = badInput([{ field: 'design.questions.0.rule', reason: 'unknown_question', message: '' }]);
    expect(translatedFieldErrors(en, design, 'products.reason', /^(input|design)\./)).toEqual({ 'questions.0.rule': 'Refers to an unknown question' });
    expect(translatedFieldErrors(en, design, 'products.reason')).toEqual({ 'design.questions.0.rule': 'Refers to an unknown question' });
  });
});

describe('errorText: a refusal that says why', () => {
  const forbidden = (reason?: string) =>
    new CombinedError({ graphQLErrors: [new GraphQLError('Forbidden', { extensions: { code: 'FORBIDDEN', ...(reason ? { reason } : {}) } })] });

  it("tells an administrator why a change of rights is refused, in the user's language; other refusals read the code's text", () => {
    const en = i18n.getFixedT('en');
    const pl = i18n.getFixedT('pl');
    expect(errorText(en, forbidden('HOLDS_RIGHTS_NOT_YOURS'))).toBe('This person or role holds rights you do not hold: only an administrator who holds them can change it.');
    expect(errorText(en, forbidden('LAST_HOLDER'))).toMatch(/^After this change no active user would hold some of the rights/);
    expect(errorText(pl, forbidden('LAST_HOLDER'))).toMatch(/^Po tej zmianie żaden aktywny użytkownik/);
    expect(errorText(en, forbidden('constructor'))).toBe(errorText(en, forbidden()));
    expect(errorText(en, forbidden())).toBe(en('errors.code.FORBIDDEN'));
  });
});
