import { fmt } from './lib.js';

/**
 * Every figure of the benchmark is measured three times (RUNS_OF_EACH, default 3) and reported as its
 * median and its worst, so that a figure quoted in the README survives a re-run on the same machine.
 * "Worst" follows the figure's direction: the highest latency or ratio, the lowest throughput.
 */
export const REPEATS = Math.max(1, Number(process.env.BENCH_REPEATS ?? 3));

export type Better = 'lower' | 'higher';

export interface Figure {
  name: string;
  better: Better;
  digits?: number;
  /** Appended to the name in the table (e.g. the target). */
  note?: string;
}

/** One run's values, by figure name. */
export type RunValues = Map<string, number>;

export class Figures {
  private readonly order: Figure[] = [];
  private readonly runs: RunValues[] = [];

  /** Declares a figure (its place in the table) and records its value in run `run`. */
  record(run: number, figure: Figure, value: number): void {
    if (!this.order.some((f) => f.name === figure.name)) this.order.push(figure);
    (this.runs[run] ??= new Map()).set(figure.name, value);
  }

  values(name: string): number[] {
    return this.runs.map((r) => r.get(name)).filter((v): v is number => v !== undefined);
  }

  median(name: string): number {
    return median(this.values(name));
  }

  worst(name: string): number {
    const figure = this.order.find((f) => f.name === name);
    const values = this.values(name).filter((v) => !Number.isNaN(v));
    if (!values.length) return NaN;
    return figure?.better === 'higher' ? Math.min(...values) : Math.max(...values);
  }

  /** A markdown table: one row per figure, a column per run, then the median and the worst. */
  table(title = 'figure'): string[] {
    const n = this.runs.length;
    const runCols = Array.from({ length: n }, (_, i) => `run ${i + 1}`);
    return [
      `| ${title} | ${runCols.join(' | ')} | **median** | worst |`,
      `|---|${runCols.map(() => '---|').join('')}---|---|`,
      ...this.order.map((f) => {
        const d = f.digits ?? 2;
        const cells = this.runs.map((r) => (r.has(f.name) ? fmt(r.get(f.name)!, d) : '—'));
        return `| ${f.name}${f.note ? ` ${f.note}` : ''} | ${cells.join(' | ')} | **${fmt(this.median(f.name), d)}** | ${fmt(this.worst(f.name), d)} |`;
      }),
    ];
  }
}

export function median(values: number[]): number {
  const s = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
