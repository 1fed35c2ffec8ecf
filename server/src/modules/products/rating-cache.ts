import type { ProductQuestion, RatingRules } from './product-design.types.js';
import { type CompiledRules, compileRules } from './rating.js';

/**
 * Published versions compiled once per process (issue #10, "Speed"). A published version's design
 * never changes in place (only a draft does; a change is a new version), so its questions and its
 * compiled rules can be kept by version id and reused by every quote on it. The cache never decides
 * *whether* a version may be rated: every quote still reads the version's status, its company and the
 * line's tax rate from the database first (rating-facts.ts), and only then takes the design from here.
 * Versions in test or in draft are compiled per quote (a test version may go back to draft and change).
 * Publishing (and any other move) evicts the versions it touches; the oldest entries go beyond MAX.
 */
export interface CompiledVersion {
  id: string;
  questions: ProductQuestion[];
  rules: CompiledRules;
}

const MAX = 500;

export class CompiledVersionCache {
  private readonly entries = new Map<string, CompiledVersion>();
  /** Compilations done (for tests and the benchmark: a cached version is compiled once). */
  compilations = 0;

  compile(id: string, questions: ProductQuestion[], rules: RatingRules): CompiledVersion {
    this.compilations++;
    return { id, questions, rules: compileRules(rules) };
  }

  /** The published version `id`, compiled: from the cache, or loaded with `load` and compiled once. */
  async published(id: string, load: () => Promise<{ questions: ProductQuestion[]; rating: RatingRules }>): Promise<CompiledVersion> {
    const hit = this.entries.get(id);
    if (hit) return hit;
    const d = await load();
    const compiled = this.compile(id, d.questions, d.rating);
    this.entries.set(id, compiled);
    if (this.entries.size > MAX) this.entries.delete(this.entries.keys().next().value!);
    return compiled;
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  evict(ids: Iterable<string>): void {
    for (const id of ids) this.entries.delete(id);
  }
}

/** The process's cache (one platform per process; tests read `compilations` through it). */
export const compiledVersions = new CompiledVersionCache();
