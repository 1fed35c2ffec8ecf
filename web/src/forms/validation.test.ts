import { describe, expect, it } from 'vitest';
import { createCompanySchema, emailSchema, inviteUserSchema, passwordSchema, PASSWORD_MESSAGES, roleInputSchema, supportGrantSchema, totpCodeSchema } from '@agency/shared';
import type { ZodType } from 'zod';
import { validationKey } from './validation';

const messages = (schema: ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('shared validation messages in the UI language', () => {
  it('every password rule has its own text', () => {
    for (const [problem, message] of Object.entries(PASSWORD_MESSAGES)) expect(validationKey(message).key).toBe(`validation.password_${problem}`);
  });

  it("the shared schemas' messages are all known", () => {
    const all = [
      ...messages(emailSchema, 'nope'),
      ...messages(passwordSchema, 'aaaa'),
      ...messages(totpCodeSchema, '12'),
      ...messages(createCompanySchema, { code: '!', name: '', country: 'Italy', locale: 'xx', currency: 'E', adminEmail: 'x', adminName: '' }),
      ...messages(inviteUserSchema, { email: 'x', displayName: '', roleId: '' }),
      ...messages(roleInputSchema, { name: '', rights: ['nope:view'] }),
      ...messages(supportGrantSchema, { hours: 0, reason: '', totpCode: 'abc' }),
      ...messages(supportGrantSchema, { hours: 100, reason: 'ok!', totpCode: '123456' }),
    ];
    expect(all.length).toBeGreaterThan(10);
    for (const m of all) expect(validationKey(m).key, m).not.toBe('validation.invalid');
  });

  it('length limits keep their number', () => {
    expect(validationKey('String must contain at most 254 character(s)')).toEqual({ key: 'validation.tooLong', values: { max: 254 } });
  });
});
