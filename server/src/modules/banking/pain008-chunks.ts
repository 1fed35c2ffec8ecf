import { Decimal } from 'decimal.js';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { PAIN008_NS } from './pain008-writer.js';

/**
 * Reads a pain.008.001.08 file as a stream (saxes, a well-formedness-checking streaming XML parser) and cuts
 * it into chunks that are each a well-formed pain.008 document made of the file's own bytes: the opening up to
 * the first `<PmtInf>` (declaration, `<Document>`, `<CstmrDrctDbtInitn>`, the `GrpHdr`), then payment
 * information blocks — each with its own header — holding up to `maxTxs` `DrctDbtTxInf` in all, closed.
 * The pain.008.001.08 schema has no identity constraints (no xs:unique / xs:key / xs:keyref), so validating
 * every chunk against it checks the whole file's content model; what a chunk cannot show is checked here
 * while streaming: well-formedness of the whole file (saxes), the order of the top elements (Document →
 * CstmrDrctDbtInitn → GrpHdr, PmtInf+; in a PmtInf nothing after its transactions) and NbOfTxs / CtrlSum of
 * the group header and of each PmtInf against the transactions (exact decimals). SplmtryData, which the writer
 * never writes, is refused. Memory holds one chunk, not the file.
 */

export interface Pain008Chunk {
  xml: string;
  /** chunk line → file line: each entry maps `at` (1-based chunk line) and the lines after it */
  lines: Array<{ at: number; fileLine: number }>;
}

/** The file line of a chunk's line. */
export function fileLineOf(chunk: Pain008Chunk, line: number): number {
  let m = chunk.lines[0];
  for (const l of chunk.lines) if (l.at <= line) m = l;
  return m.fileLine + (line - m.at);
}

const newlines = (s: string) => {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
};

const CLOSE_INITN = '\n</CstmrDrctDbtInitn>\n</Document>\n';

interface Piece {
  text: string;
  fileLine: number;
}

export class Pain008Chunker {
  /** structure and sum errors, each naming its line and element */
  readonly errors: string[] = [];
  private readonly parser = new SaxesParser({ xmlns: true, position: true });
  private readonly ready: Pain008Chunk[] = [];
  private readonly stack: string[] = [];
  // the text not yet consumed, from file position `base` (at file line `baseLine`)
  private buf = '';
  private base = 0;
  private baseLine = 1;
  private prefix: Piece | null = null;
  private pieces: Piece[] = [];
  private chunkTxs = 0;
  // the current PmtInf
  private pmtIndex = -1;
  private pmtStart = 0;
  private pmtHeader: Piece | null = null;
  private needHeader = false;
  private segStart = 0;
  private txsSinceFlush = 0;
  private pmtTxs = 0;
  private pmtSum: Decimal | null = new Decimal(0);
  private pmtDeclared: { nb?: [string, number]; sum?: [string, number] } = {};
  // the group
  private seenGrpHdr = false;
  private totalTxs = 0;
  private totalSum: Decimal | null = new Decimal(0);
  private grpDeclared: { nb?: [string, number]; sum?: [string, number] } = {};
  private capture: { value: string; line: number } | null = null;

  constructor(private readonly maxTxs: number) {
    this.parser.on('opentag', (t) => this.open(t));
    this.parser.on('closetag', (t) => this.close(t));
    this.parser.on('text', (t) => {
      if (this.capture) this.capture.value += t;
      else if (this.stack.length <= 2 && t.trim()) this.error(`text "${t.trim().slice(0, 20)}" outside the elements of ${this.stack.join('.') || 'the document'}`);
    });
  }

  private error(message: string, line = this.parser.line): void {
    if (this.errors.length < 20) this.errors.push(`line ${line}: ${message}`);
  }

  private text(from: number, to: number): string {
    return this.buf.slice(from - this.base, to - this.base);
  }

  private lineAt(pos: number): number {
    return this.baseLine + newlines(this.buf.slice(0, pos - this.base));
  }

  /** Drops the text before file position `pos` (it is in a piece or checked blank). */
  private drop(pos: number): void {
    const cut = pos - this.base;
    if (cut <= 0) return;
    this.baseLine += newlines(this.buf.slice(0, cut));
    this.buf = this.buf.slice(cut);
    this.base = pos;
  }

  private piece(from: number, to: number): Piece {
    return { text: this.text(from, to), fileLine: this.lineAt(from) };
  }

  private emit(closePmtInf: boolean): void {
    if (!this.pieces.length || !this.prefix) return;
    const lines: Pain008Chunk['lines'] = [{ at: 1, fileLine: this.prefix.fileLine }];
    let at = 1 + newlines(this.prefix.text);
    const parts = [this.prefix.text];
    for (const p of this.pieces) {
      lines.push({ at, fileLine: p.fileLine });
      at += newlines(p.text);
      parts.push(p.text);
    }
    parts.push(closePmtInf ? `\n</PmtInf>${CLOSE_INITN}` : CLOSE_INITN);
    this.ready.push({ xml: parts.join(''), lines });
    this.pieces = [];
    this.chunkTxs = 0;
  }

  private tagStart(): number {
    return this.base + this.buf.lastIndexOf('<', this.parser.position - 1 - this.base);
  }

  private open(t: SaxesTagNS): void {
    const depth = this.stack.length;
    const parent = this.stack[depth - 1];
    this.stack.push(t.local);
    const where = () => this.stack.join('.');
    if (depth === 0) {
      if (t.local !== 'Document' || t.uri !== PAIN008_NS) this.error(`the root element is ${t.name} (${t.uri || 'no namespace'}), not Document of ${PAIN008_NS}`);
    } else if (depth === 1) {
      if (t.local !== 'CstmrDrctDbtInitn') this.error(`unexpected element ${where()}`);
    } else if (depth === 2) {
      if (!this.seenGrpHdr) {
        if (t.local !== 'GrpHdr') this.error(`${where()} where GrpHdr is expected first`);
        this.seenGrpHdr = true;
      } else if (t.local === 'PmtInf') {
        const start = this.tagStart();
        if (this.pmtIndex < 0) this.prefix = this.piece(this.base, start);
        this.pmtIndex++;
        // from the end of the text before (blank: checked), so that a chunk keeps the file's lines
        this.pmtStart = this.pmtIndex === 0 ? start : this.base;
        this.pmtHeader = null;
        this.needHeader = false;
        this.txsSinceFlush = 0;
        this.pmtTxs = 0;
        this.pmtSum = new Decimal(0);
        this.pmtDeclared = {};
        this.drop(this.pmtStart);
      } else this.error(`unexpected element ${where()} (only GrpHdr and PmtInf are written)`);
    } else if (depth === 3 && parent === 'PmtInf') {
      if (t.local === 'DrctDbtTxInf') {
        if (!this.pmtHeader) {
          const start = this.tagStart();
          this.pmtHeader = this.piece(this.pmtStart, start);
          this.pieces.push(this.pmtHeader);
          this.segStart = start;
          this.drop(start);
        }
      } else if (this.pmtHeader) this.error(`PmtInf[${this.pmtIndex}].${t.local} after its DrctDbtTxInf`);
      else if (t.local === 'NbOfTxs' || t.local === 'CtrlSum') this.capture = { value: '', line: this.parser.line };
    } else if (depth === 3 && parent === 'GrpHdr') {
      if (t.local === 'NbOfTxs' || t.local === 'CtrlSum') this.capture = { value: '', line: this.parser.line };
    } else if (depth === 4 && parent === 'DrctDbtTxInf' && t.local === 'InstdAmt') {
      this.capture = { value: '', line: this.parser.line };
    }
  }

  private close(t: SaxesTagNS): void {
    this.stack.pop();
    const depth = this.stack.length; // of the parent
    const parent = this.stack[depth - 1];
    if (this.capture) {
      const c = this.capture;
      this.capture = null;
      const value = c.value.trim();
      if (parent === 'DrctDbtTxInf' && t.local === 'InstdAmt') {
        let amount: Decimal | null = null;
        try {
          amount = new Decimal(value);
        } catch {
          amount = null; // the schema names it
        }
        this.pmtSum = amount && this.pmtSum ? this.pmtSum.plus(amount) : null;
        this.totalSum = amount && this.totalSum ? this.totalSum.plus(amount) : null;
      } else if (parent === 'GrpHdr') {
        if (t.local === 'NbOfTxs') this.grpDeclared.nb = [value, c.line];
        else this.grpDeclared.sum = [value, c.line];
      } else if (parent === 'PmtInf') {
        if (t.local === 'NbOfTxs') this.pmtDeclared.nb = [value, c.line];
        else this.pmtDeclared.sum = [value, c.line];
      }
    }
    if (depth === 3 && parent === 'PmtInf' && t.local === 'DrctDbtTxInf') {
      this.pmtTxs++;
      this.totalTxs++;
      this.txsSinceFlush++;
      this.chunkTxs++;
      if (this.chunkTxs >= this.maxTxs) {
        const end = this.parser.position;
        if (this.needHeader) this.pieces.push(this.pmtHeader!);
        this.pieces.push(this.piece(this.segStart, end));
        this.emit(true);
        this.segStart = end;
        this.needHeader = true;
        this.txsSinceFlush = 0;
        this.drop(end);
      }
    } else if (depth === 2 && t.local === 'PmtInf') {
      const end = this.parser.position;
      const p = `PmtInf[${this.pmtIndex}]`;
      if (!this.pmtHeader) {
        // no transaction: the whole block goes to the schema, which names what is missing
        this.pieces.push(this.piece(this.pmtStart, end));
        this.chunkTxs++;
      } else if (this.txsSinceFlush > 0 || this.text(this.segStart, this.base + this.buf.lastIndexOf('</', end - 1 - this.base)).trim()) {
        if (this.needHeader) this.pieces.push(this.pmtHeader);
        this.pieces.push(this.piece(this.segStart, end));
      }
      this.checkCounts(p, this.pmtDeclared, this.pmtTxs, this.pmtSum);
      this.drop(end);
      this.needHeader = false;
      if (this.chunkTxs >= this.maxTxs) this.emit(false);
    } else if (depth === 1 && t.local === 'CstmrDrctDbtInitn') {
      if (this.pmtIndex < 0) this.error('CstmrDrctDbtInitn holds no PmtInf');
      this.checkCounts('GrpHdr', this.grpDeclared, this.totalTxs, this.totalSum);
      this.emit(false);
    }
  }

  private checkCounts(where: string, declared: { nb?: [string, number]; sum?: [string, number] }, n: number, sum: Decimal | null): void {
    if (declared.nb && declared.nb[0] !== String(n)) this.error(`${where}.NbOfTxs is ${declared.nb[0]} but it holds ${n} DrctDbtTxInf`, declared.nb[1]);
    if (declared.sum && sum) {
      let ok = false;
      try {
        ok = new Decimal(declared.sum[0]).equals(sum);
      } catch {
        ok = true; // not a number: the schema names it
      }
      if (!ok) this.error(`${where}.CtrlSum is ${declared.sum[0]} but its InstdAmt add up to ${sum.toFixed()}`, declared.sum[1]);
    }
  }

  /** Feeds the next text of the file; returns the chunks completed by it. Throws when the file is not well-formed. */
  write(text: string): Pain008Chunk[] {
    this.buf += text;
    this.parser.write(text);
    return this.ready.splice(0);
  }

  /** The end of the file: throws when it is not well-formed (an element left open). */
  end(): Pain008Chunk[] {
    this.parser.close();
    if (!this.seenGrpHdr && !this.errors.length) this.error('not a pain.008 CstmrDrctDbtInitn (no GrpHdr)');
    return this.ready.splice(0);
  }
}
