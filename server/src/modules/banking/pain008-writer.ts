import { once } from 'node:events';
import type { Writable } from 'node:stream';
import anyAscii from 'any-ascii';
import { createCB, fragment } from 'xmlbuilder2';

/**
 * Writes a pain.008.001.08 customer direct-debit initiation as a stream (xmlbuilder2's callback
 * builder): the group header and each payment-information block need their counts and sums first, so
 * the caller passes them (summed in SQL), then the transactions group by group from an async source —
 * memory stays flat however many collections a run holds. Structured postal addresses only (EPC153-22);
 * a missing BIC is written as "NOTPROVIDED".
 */
export const PAIN008_NS = 'urn:iso:std:iso:20022:tech:xsd:pain.008.001.08';

export interface Pain008Header {
  messageId: string;
  createdAt: Date;
  nbOfTxs: number;
  ctrlSum: string;
  creditorName: string;
  creditorId: string;
  creditorIban: string;
  creditorBic: string | null;
}

export interface Pain008Group {
  paymentInfoId: string;
  collectionDate: string;
  sequenceType: 'FRST' | 'RCUR' | 'OOFF' | 'FNAL';
  scheme: 'CORE' | 'B2B';
  nbOfTxs: number;
  ctrlSum: string;
}

export interface PostalAddress {
  street: string | null;
  postCode: string | null;
  town: string | null;
  subdivision: string | null;
  country: string | null;
}

export interface Pain008Tx {
  endToEndId: string;
  amount: string;
  mandateId: string;
  signatureDate: string;
  originalMandateId: string | null;
  smnda: boolean;
  debtorName: string;
  debtorIban: string;
  debtorBic: string | null;
  address: PostalAddress | null;
  remittance: string;
}

type Node = string | { [k: string]: Node } | Array<[string, Node]>;

/**
 * SEPA's Latin character set (EPC217-08: a-z A-Z 0-9 / - ? : ( ) . , ' + space): other letters are
 * transliterated by `any-ascii`, as the RiBa writer does (ä → a, ß → ss, Ø → O, Æ → AE, Đ → D, Greek and
 * Cyrillic → Latin: "Ελένη" → "Elene", "Иван" → "Ivan"), so a debtor's name is never reduced to
 * blanks or "-"; pictographs and anything else outside the set become a space.
 */
export function sepaText(value: string, max: number): string {
  const t = anyAscii(value.normalize('NFC').replace(/\p{Extended_Pictographic}/gu, ' '))
    .replace(/[^A-Za-z0-9/\-?:().,'+ ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return t.slice(0, max).trim() || '-';
}

export class Pain008Writer {
  private readonly xml;
  private open = 0;

  constructor(private readonly out: Writable) {
    this.xml = createCB({
      data: (chunk: string) => {
        out.write(chunk);
      },
      error: (err: Error) => out.destroy(err),
      end: () => undefined,
      prettyPrint: true,
    });
  }

  private node(name: string, value: Node): void {
    if (typeof value === 'string') {
      this.xml.ele(name).txt(value).up();
      return;
    }
    const entries = Array.isArray(value) ? value : Object.entries(value);
    const attrs = entries.filter(([k]) => k.startsWith('@'));
    this.xml.ele(name);
    for (const [k, v] of attrs) this.xml.att(k.slice(1), String(v));
    for (const [k, v] of entries) {
      if (k === '#') this.xml.txt(String(v));
      else if (!k.startsWith('@')) this.node(k, v);
    }
    this.xml.up();
  }

  private async drain(): Promise<void> {
    if (this.out.writableNeedDrain) await once(this.out, 'drain');
  }

  begin(h: Pain008Header): void {
    this.xml.dec({ version: '1.0', encoding: 'UTF-8' });
    this.xml.ele(PAIN008_NS, 'Document').ele('CstmrDrctDbtInitn');
    this.open = 2;
    this.node('GrpHdr', [
      ['MsgId', h.messageId],
      ['CreDtTm', h.createdAt.toISOString().slice(0, 19)],
      ['NbOfTxs', String(h.nbOfTxs)],
      ['CtrlSum', h.ctrlSum],
      ['InitgPty', [['Nm', sepaText(h.creditorName, 70)], ['Id', { PrvtId: { Othr: { Id: h.creditorId, SchmeNm: { Prtry: 'SEPA' } } } }]]],
    ]);
    this.header = h;
  }

  private header!: Pain008Header;

  beginGroup(g: Pain008Group): void {
    const h = this.header;
    this.xml.ele('PmtInf');
    this.open++;
    const entries: Array<[string, Node]> = [
      ['PmtInfId', g.paymentInfoId],
      ['PmtMtd', 'DD'],
      ['NbOfTxs', String(g.nbOfTxs)],
      ['CtrlSum', g.ctrlSum],
      ['PmtTpInf', [['SvcLvl', { Cd: 'SEPA' }], ['LclInstrm', { Cd: g.scheme }], ['SeqTp', g.sequenceType]]],
      ['ReqdColltnDt', g.collectionDate],
      ['Cdtr', { Nm: sepaText(h.creditorName, 70) }],
      ['CdtrAcct', { Id: { IBAN: h.creditorIban } }],
      ['CdtrAgt', { FinInstnId: h.creditorBic ? { BICFI: h.creditorBic } : { Othr: { Id: 'NOTPROVIDED' } } }],
      ['ChrgBr', 'SLEV'],
      ['CdtrSchmeId', { Id: { PrvtId: { Othr: { Id: h.creditorId, SchmeNm: { Prtry: 'SEPA' } } } } }],
    ];
    for (const [k, v] of entries) this.node(k, v);
  }

  async tx(t: Pain008Tx): Promise<void> {
    const mandate: Array<[string, Node]> = [
      ['MndtId', t.mandateId],
      ['DtOfSgntr', t.signatureDate],
    ];
    if (t.originalMandateId || t.smnda) {
      mandate.push(['AmdmntInd', 'true']);
      const details: Array<[string, Node]> = [];
      if (t.originalMandateId) details.push(['OrgnlMndtId', t.originalMandateId]);
      if (t.smnda) details.push(['OrgnlDbtrAcct', { Id: { Othr: { Id: 'SMNDA' } } }]);
      mandate.push(['AmdmntInfDtls', details]);
    }
    const a = t.address;
    const address: Array<[string, Node]> = [];
    if (a?.street) address.push(['StrtNm', sepaText(a.street, 70)]);
    if (a?.postCode) address.push(['PstCd', sepaText(a.postCode, 16)]);
    if (a?.town) address.push(['TwnNm', sepaText(a.town, 35)]);
    if (a?.subdivision) address.push(['CtrySubDvsn', sepaText(a.subdivision, 35)]);
    if (a?.country) address.push(['Ctry', a.country.toUpperCase()]);
    const debtor: Array<[string, Node]> = [['Nm', sepaText(t.debtorName, 70)]];
    if (address.length) debtor.push(['PstlAdr', address]);
    // each transaction is serialised on its own (xmlbuilder2's fragment builder: escaping, order) and
    // written between the callback builder's tags — faster than element-by-element callbacks
    const obj = (entries: Array<[string, Node]>): Record<string, unknown> => {
      const o: Record<string, unknown> = {};
      for (const [k, v] of entries) o[k] = typeof v === 'string' ? v : Array.isArray(v) ? obj(v) : Object.fromEntries(Object.entries(v).map(([a, b]) => [a, typeof b === 'string' ? b : Array.isArray(b) ? obj(b) : obj(Object.entries(b))]));
      return o;
    };
    const tx: Array<[string, Node]> = [
      ['PmtId', { EndToEndId: t.endToEndId }],
      ['InstdAmt', { '@Ccy': 'EUR', '#': t.amount }],
      ['DrctDbtTx', { MndtRltdInf: mandate }],
      ['DbtrAgt', { FinInstnId: t.debtorBic ? { BICFI: t.debtorBic } : { Othr: { Id: 'NOTPROVIDED' } } }],
      ['Dbtr', debtor],
      ['DbtrAcct', { Id: { IBAN: t.debtorIban } }],
      ['RmtInf', { Ustrd: sepaText(t.remittance, 140) }],
    ];
    this.out.write(`\n${fragment({ DrctDbtTxInf: obj(tx) }).end({ prettyPrint: true })}`);
    await this.drain();
  }

  endGroup(): void {
    this.xml.up();
    this.open--;
  }

  async finish(): Promise<void> {
    while (this.open-- > 0) this.xml.up();
    this.xml.end();
    await new Promise<void>((resolve, reject) => this.out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  }
}
