import anyAscii from 'any-ascii';

/**
 * The CBI RiBa file ("standard CBI area incassi", `../shared/standards/riba/CBI-RIBA.md`): records of
 * exactly 120 characters followed by CR LF — IB, then per receipt 14 20 30 40 50 51 70 with the same
 * progressive number, then EF with the count, the total and the number of records (7 × receipts + 2).
 * Numeric fields right-aligned zero-filled, alphanumeric left-aligned blank-filled and cut; names and
 * addresses transliterated to ASCII by `any-ascii`, then only letters, digits, blanks, `,` and `.` kept
 * (as OCA's generator does). Positions below are the 1-based starts of the layout document.
 */
export const RECORD_LENGTH = 120;
export const EOL = '\r\n';

export interface RibaBankCodes {
  abi: string;
  cab: string;
  account: string;
}

/** ABI, CAB and account of an Italian IBAN (`IT kk X AAAAA CCCCC NNNNNNNNNNNN`); null when not Italian. */
export function italianBankCodes(iban: string): RibaBankCodes | null {
  const v = (iban ?? '').replace(/\s/g, '').toUpperCase();
  if (!/^IT[0-9]{2}[A-Z][0-9]{10}[A-Z0-9]{12}$/.test(v)) return null;
  return { abi: v.slice(5, 10), cab: v.slice(10, 15), account: v.slice(15, 27) };
}

/**
 * ASCII for a CBI text field: transliterated (à → a, ß → ss, Ł → L), then only letters, digits, blanks,
 * `,` and `.` (names and addresses); `references` also keeps `/` and `-` (receipt and policy numbers).
 */
export function cbiText(value: string | null | undefined, references = false): string {
  return anyAscii(value ?? '')
    .replace(references ? /[^A-Za-z0-9 ,./-]/g : /[^A-Za-z0-9 ,.]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/**
 * A tax id as the CBI records take it (record 30 the debtor's, 20 and 50 the creditor's): a codice fiscale
 * (16 characters) or a partita IVA of 11 digits — an Italian VAT number kept with its country prefix
 * ("IT01234567890", as a client card stores it) loses the "IT"; no blanks, upper case.
 */
export function cbiTaxId(value: string | null | undefined): string {
  const v = cbiText(value).replace(/ /g, '').toUpperCase();
  return /^IT\d{11}$/.test(v) ? v.slice(2) : v;
}

const alpha = (value: string, len: number) => value.slice(0, len).padEnd(len, ' ');
function numeric(value: bigint | number | string, len: number): string {
  const s = String(value);
  if (!/^[0-9]+$/.test(s) || s.length > len) throw new Error(`CBI: ${s} does not fit a numeric field of ${len}`);
  return s.padStart(len, '0');
}

/** One record: `fields` are [1-based start, text] in order on blanks; an overlapping field or one past 120 is a bug. */
function record(type: string, fields: Array<[number, string]>): string {
  let out = ` ${type}`;
  for (const [start, text] of fields) {
    if (start - 1 < out.length || start - 1 + text.length > RECORD_LENGTH) throw new Error(`CBI: a field at ${start} of ${text.length} overlaps or leaves the record`);
    out += ' '.repeat(start - 1 - out.length) + text;
  }
  return out.padEnd(RECORD_LENGTH, ' ');
}

/** GGMMAA of an ISO date. */
export const ddmmyy = (iso: string) => `${iso.slice(8, 10)}${iso.slice(5, 7)}${iso.slice(2, 4)}`;

export interface RibaHeader {
  siaCode: string;
  creditor: RibaBankCodes;
  /** ISO date of creation. */
  creationDate: string;
  /** nome supporto: unique per creation date, sender and receiving bank (20 characters at most). */
  supportName: string;
  creditorName: string;
  creditorStreet?: string | null;
  creditorTown?: string | null;
  creditorTaxId?: string | null;
}

export interface RibaReceipt {
  /** ISO due date. */
  dueDate: string;
  amountCents: bigint;
  debtor: { abi: string; cab: string };
  debtorCode: string;
  debtorName: string;
  debtorTaxId: string | null;
  street: string | null;
  postCode: string | null;
  town: string | null;
  province: string | null;
  reference1: string;
  reference2: string;
  receiptNumber: number;
}

/** IB 4–45: SIA, ABI, creation date, nome supporto, campo a disposizione (repeated in EF). */
function headKey(h: RibaHeader): Array<[number, string]> {
  return [
    [4, alpha(h.siaCode.padStart(5, '0'), 5)],
    [9, numeric(h.creditor.abi, 5)],
    [14, ddmmyy(h.creationDate)],
    [20, alpha(cbiKey(h.supportName), 20)],
  ];
}
const cbiKey = (v: string) => anyAscii(v).replace(/[^A-Za-z0-9 .,\-/]/g, ' ');

/**
 * Writes the file record by record: `begin()` gives IB, `receipt()` the seven records of the next
 * receipt, `finish()` EF. Counts and totals are kept as it goes, so a large run is written in pages.
 */
export class RibaCbiWriter {
  private n = 0;
  private total = 0n;
  constructor(private readonly h: RibaHeader) {
    if (!/^[A-Z0-9]{5}$/.test(h.siaCode)) throw new Error('CBI: the SIA code is 5 letters or digits');
  }

  begin(): string {
    return record('IB', [...headKey(this.h), [114, 'E']]) + EOL;
  }

  receipt(r: RibaReceipt): string {
    this.n += 1;
    this.total += r.amountCents;
    const p = numeric(this.n, 7);
    const h = this.h;
    const name = cbiText(r.debtorName);
    const lines = [
      record('14', [
        [4, p],
        [23, ddmmyy(r.dueDate)],
        [29, '30000'],
        [34, numeric(r.amountCents, 13)],
        [47, '-'],
        [48, numeric(h.creditor.abi, 5)],
        [53, numeric(h.creditor.cab, 5)],
        [58, alpha(h.creditor.account, 12)],
        [70, numeric(r.debtor.abi, 5)],
        [75, numeric(r.debtor.cab, 5)],
        [92, alpha(h.siaCode, 5)],
        [97, '4'],
        [98, alpha(cbiText(r.debtorCode), 16)],
        [120, 'E'],
      ]),
      record('20', [
        [4, p],
        [11, alpha(cbiText(h.creditorName), 24)],
        [35, alpha(cbiText(h.creditorStreet), 24)],
        [59, alpha(cbiText(h.creditorTown), 24)],
        [83, alpha(cbiTaxId(h.creditorTaxId), 24)],
      ]),
      record('30', [
        [4, p],
        [11, alpha(name, 30)],
        [41, alpha(name.slice(30), 30)],
        [71, alpha(cbiTaxId(r.debtorTaxId), 16)],
      ]),
      record('40', [
        [4, p],
        [11, alpha(cbiText(r.street), 30)],
        [41, alpha(cbiText(r.postCode), 5)],
        [46, alpha(cbiText(r.town), 23)],
        [69, alpha(cbiText(r.province).toUpperCase(), 2)],
      ]),
      record('50', [
        [4, p],
        [11, alpha(cbiText(r.reference1, true), 40)],
        [51, alpha(cbiText(r.reference2, true), 40)],
        [101, alpha(cbiTaxId(h.creditorTaxId), 16)],
      ]),
      record('51', [
        [4, p],
        [11, numeric(r.receiptNumber, 10)],
        [21, alpha(cbiText(h.creditorName), 20)],
      ]),
      record('70', [[4, p]]),
    ];
    return lines.join(EOL) + EOL;
  }

  finish(): string {
    return (
      record('EF', [...headKey(this.h), [46, numeric(this.n, 7)], [53, numeric(this.total, 15)], [68, numeric(0, 15)], [83, numeric(this.n * 7 + 2, 7)], [114, 'E']]) + EOL
    );
  }

  get count(): number {
    return this.n;
  }
  get totalCents(): bigint {
    return this.total;
  }
}
