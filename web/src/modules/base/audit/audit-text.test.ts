import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n';
import { makeFormatters } from '../../../i18n/format';
import { auditText } from './audit-text';

/** The audit viewer reads a row's codes in the reader's language, never as stored. */
describe('audit rows as a person reads them', () => {
  const text = (lng: string) => auditText(i18n.getFixedT(lng), (key) => i18n.exists(key, { lng }), makeFormatters(lng), 'EUR');
  // a "view as" session ended by a change of its grounds (migration 0052): written by the database
  const until = '2026-03-14T09:26:53.123456+00:00';
  const viewAsEnd = (reason: string) => ({
    entityType: 'PortalUser',
    action: 'view_as_end',
    before: null,
    after: { email: 'anna@example.com', user: 'marco@example.com', reason, until },
    changes: [
      { field: 'email', before: null, after: 'anna@example.com' },
      { field: 'user', before: null, after: 'marco@example.com' },
      { field: 'reason', before: null, after: reason },
      { field: 'until', before: null, after: until },
    ],
  });
  const after = (lng: string, row: ReturnType<typeof viewAsEnd>) => Object.fromEntries(text(lng).changes(row).map((c) => [c.field, [c.label, c.after]]));

  it('names the reason a "view as" session ended, in every language, and its end as a date and time', () => {
    const reasons = ['user', 'membership', 'role', 'staff_session', 'support_grant'];
    for (const lng of ['en', 'it', 'de', 'nl', 'pl']) {
      const named = new Set<string>();
      for (const reason of reasons) {
        const shown = after(lng, viewAsEnd(reason));
        expect(shown.reason[1], `${lng} ${reason}`).toBe(i18n.getFixedT(lng)(`base.audit.viewAsEndReason.${reason}`));
        expect(shown.reason[1], `${lng} ${reason}`).not.toBe(reason);
        named.add(shown.reason[1]);
        expect(shown.until).toEqual([i18n.getFixedT(lng)('audit.field.until'), makeFormatters(lng).dateTime(until)]);
        expect(shown.until[1]).not.toContain('2026-03-14');
      }
      expect(named.size, lng).toBe(reasons.length);
    }
    expect(after('en', viewAsEnd('staff_session')).reason).toEqual(['Reason', 'The staff session that opened it ended']);
    expect(after('it', viewAsEnd('support_grant')).until[0]).toBe('Fino al');
  });

  it('shows a reason it does not know as written', () => {
    expect(after('en', viewAsEnd('something_new')).reason[1]).toBe('something_new');
  });

  it('names why a support grant ended before its time', () => {
    const row = {
      entityType: 'SupportGrant',
      action: 'update',
      before: { revokedReason: null },
      after: { revokedReason: 'grantor_lost_authority' },
      changes: [{ field: 'revokedReason', before: null, after: 'grantor_lost_authority' }],
    };
    expect(text('en').changes(row)).toEqual([
      { field: 'revokedReason', label: 'Reason for the end', before: '—', after: 'The administrator who granted it may no longer grant' },
    ]);
    expect(text('de').changes(row)[0].after).toBe('Der Administrator, der ihn gewährt hat, darf ihn nicht mehr gewähren');
  });

  it('leaves a field named "reason" of other rows alone (free text)', () => {
    const row = { entityType: 'PortalUser', action: 'update', changes: [{ field: 'reason', before: null, after: 'user' }] };
    expect(text('en').changes(row)[0].after).toBe('user');
  });
});
