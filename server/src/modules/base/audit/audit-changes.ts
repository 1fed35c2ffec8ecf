/** One field of an audited row: its value before and after (null when absent or empty). */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

const isEmpty = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
const same = (a: unknown, b: unknown) => (isEmpty(a) && isEmpty(b)) || JSON.stringify(a) === JSON.stringify(b);
const asRecord = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/**
 * The changes an audit row records, field by field: for an update the fields whose value changed,
 * for a creation the values set, for a deletion the values the row had. Which fields a person is
 * shown (not ids, not the company) is the reader's choice; this list is complete.
 */
export function changesOf(action: string, before: unknown, after: unknown): FieldChange[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  const out: FieldChange[] = [];
  for (const field of fields) {
    const was = isEmpty(b[field]) ? null : b[field];
    const now = isEmpty(a[field]) ? null : a[field];
    if (action === 'create' && now === null) continue;
    if (action === 'delete' && was === null) continue;
    if (action !== 'create' && action !== 'delete' && same(was, now)) continue;
    out.push({ field, before: action === 'create' ? null : was, after: action === 'delete' ? null : now });
  }
  return out;
}
