import type { TFunction } from 'i18next';
import type { ZodType, ZodTypeDef } from 'zod';
import { zodResolver } from 'mantine-form-zod-resolver';
import { ONE_LINE_MESSAGE, PASSWORD_MESSAGES } from '@agency/shared';
import type { FormErrors } from '@mantine/form';

/**
 * The shared zod schemas (@agency/shared) carry English messages meant for the server's answers; the
 * form shows them in the user's language: each known message maps to a catalogue key.
 */
const MESSAGE_KEYS: Record<string, string> = {
  Required: 'validation.required',
  'Not a valid e-mail address': 'validation.email',
  '2–20 letters, digits, - or _': 'validation.companyCode',
  'ISO 3166 two-letter code': 'validation.country',
  'ISO 4217 three-letter code': 'validation.currency',
  'Six digits': 'validation.totpCode',
  'Unknown right': 'validation.unknownRight',
  'Not a valid id': 'validation.choose',
  'At least 1 hour': 'validation.hoursMin',
  'At most 72 hours': 'validation.hoursMax',
  'Say why': 'validation.reasonRequired',
  [ONE_LINE_MESSAGE]: 'validation.oneLine',
  ...Object.fromEntries(Object.entries(PASSWORD_MESSAGES).map(([problem, message]) => [message, `validation.password_${problem}`])),
};

export function validationKey(message: string): { key: string; values?: Record<string, number> } {
  const known = MESSAGE_KEYS[message];
  if (known) return { key: known };
  const most = /at most (\d+)/i.exec(message);
  if (most) return { key: 'validation.tooLong', values: { max: Number(most[1]) } };
  const least = /at least (\d+)/i.exec(message);
  if (least) return { key: 'validation.tooShort', values: { min: Number(least[1]) } };
  if (/expected number/i.test(message)) return { key: 'validation.number' };
  if (/^Invalid enum value/i.test(message)) return { key: 'validation.choose' };
  if (/^Required$|received undefined|received null/i.test(message)) return { key: 'validation.required' };
  return { key: 'validation.invalid' };
}

export function translateValidation(t: TFunction, message: string): string {
  const { key, values } = validationKey(message);
  return t(key, values);
}

/** mantine-form's zod resolver, with the messages in the user's language. */
export function sharedResolver(schema: ZodType<unknown, ZodTypeDef, unknown>, t: TFunction) {
  const resolve = zodResolver(schema, { errorPriority: 'first' });
  return <T,>(values: T): FormErrors => {
    const errors = resolve(values as Record<string, unknown>);
    return Object.fromEntries(Object.entries(errors).map(([field, message]) => [field, typeof message === 'string' ? translateValidation(t, message) : message]));
  };
}
