import { RECORD_LENGTH } from './riba-cbi.js';

/**
 * The layout rules of a CBI RiBa file, checked before a file is stored (and by the tests): every
 * record 120 characters of plain ASCII ended by CR LF, blank at 1; IB first, EF last, between them
 * groups of 14 20 30 40 50 51 70 with progressives 1..n (the same within a group); IB and EF equal in
 * 4–45; 14 48–52 = IB 9–13; EF: n receipts, negative total = Σ of the 14 amounts, positive total zero,
 * records = 7n + 2; numeric fields digits. Returns the faults, each naming its line (1-based).
 */
export interface RibaFileCheck {
  valid: boolean;
  errors: string[];
  receipts: number;
  totalCents: bigint;
}

const ORDER = ['14', '20', '30', '40', '50', '51', '70'];
const at = (r: string, start: number, len: number) => r.slice(start - 1, start - 1 + len);
const digits = (s: string) => /^[0-9]+$/.test(s);

export function validateRibaFile(content: string | Buffer): RibaFileCheck {
  const text = typeof content === 'string' ? content : content.toString('latin1');
  const errors: string[] = [];
  const fail = (line: number, msg: string) => {
    if (errors.length < 50) errors.push(`line ${line}: ${msg}`);
  };
  if (!text.endsWith('\r\n')) errors.push('the file does not end with CR LF');
  const records = text.split('\r\n');
  if (records[records.length - 1] === '') records.pop();
  let total = 0n;
  let receipts = 0;
  records.forEach((r, i) => {
    const line = i + 1;
    if (r.length !== RECORD_LENGTH) fail(line, `${r.length} characters, not ${RECORD_LENGTH}`);
    if (/[^\x20-\x7e]/.test(r)) fail(line, 'characters outside plain ASCII');
    if (r[0] !== ' ') fail(line, 'position 1 is not blank');
  });
  if (records.length < 2) {
    errors.push('an IB and an EF record at least');
    return { valid: false, errors, receipts: 0, totalCents: 0n };
  }
  const ib = records[0];
  const ef = records[records.length - 1];
  if (at(ib, 2, 2) !== 'IB') fail(1, `the first record is ${at(ib, 2, 2)}, not IB`);
  if (at(ef, 2, 2) !== 'EF') fail(records.length, `the last record is ${at(ef, 2, 2)}, not EF`);
  if (at(ib, 4, 42) !== at(ef, 4, 42)) fail(records.length, 'EF 4–45 differ from IB 4–45');
  if (!digits(at(ib, 9, 5))) fail(1, 'ABI (9–13) not numeric');
  const body = records.slice(1, -1);
  if (body.length % 7 !== 0) fail(records.length, `${body.length} records between IB and EF: not 7 per receipt`);
  for (let g = 0; g * 7 < body.length; g++) {
    const expected = String(g + 1).padStart(7, '0');
    for (let k = 0; k < 7 && g * 7 + k < body.length; k++) {
      const r = body[g * 7 + k];
      const line = g * 7 + k + 2;
      if (at(r, 2, 2) !== ORDER[k]) fail(line, `record type ${at(r, 2, 2)}, expected ${ORDER[k]}`);
      if (at(r, 4, 7) !== expected) fail(line, `progressive ${at(r, 4, 7)}, expected ${expected}`);
      if (ORDER[k] === '14' && at(r, 2, 2) === '14') {
        const amount = at(r, 34, 13);
        if (!digits(amount)) fail(line, 'amount (34–46) not numeric');
        else total += BigInt(amount);
        if (at(r, 47, 1) !== '-') fail(line, 'sign (47) is not -');
        if (at(r, 48, 5) !== at(ib, 9, 5)) fail(line, 'ABI (48–52) differs from IB 9–13');
        for (const [s, l, what] of [[53, 5, 'CAB'], [70, 5, 'debtor ABI'], [75, 5, 'debtor CAB']] as const) if (!digits(at(r, s, l))) fail(line, `${what} (${s}–${s + l - 1}) not numeric`);
        if (!/^[0-9]{6}$/.test(at(r, 23, 6))) fail(line, 'due date (23–28) not GGMMAA');
        receipts += 1;
      }
    }
  }
  const n = at(ef, 46, 7);
  const neg = at(ef, 53, 15);
  const pos = at(ef, 68, 15);
  const count = at(ef, 83, 7);
  const last = records.length;
  if (!digits(n) || Number(n) !== receipts) fail(last, `EF receipts (46–52) ${n}, counted ${receipts}`);
  if (!digits(neg) || BigInt(neg) !== total) fail(last, `EF total (53–67) ${neg}, sum of the receipts ${total}`);
  if (pos !== '0'.repeat(15)) fail(last, 'EF positive total (68–82) is not zero');
  if (!digits(count) || Number(count) !== records.length || Number(count) !== receipts * 7 + 2) fail(last, `EF records (83–89) ${count}, the file has ${records.length}`);
  return { valid: errors.length === 0, errors, receipts, totalCents: total };
}
