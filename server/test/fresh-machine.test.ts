import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Issue #8 item 1: on a new machine npx has never fetched pnpm, and in CI standard input is not a
 * terminal, so an `npx` without `--yes` stops at "npx canceled due to missing packages and no YES option".
 * Every command a person or CI copies from the README or runs from .ci/run must go through unattended.
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

/** Every `npx …` invocation in a text, as written (up to the end of the command). */
function npxCalls(text: string): string[] {
  return [...text.matchAll(/\bnpx\s+[^\n`&|;]*/g)].map((m) => m[0].trim()).filter((c) => c !== 'npx');
}

describe('a fresh machine runs the README commands without a prompt', () => {
  for (const file of ['README.md', '.ci/run', 'web/README.md']) {
    it(`every npx in ${file} passes --yes`, () => {
      for (const call of npxCalls(read(file))) expect(call, call).toMatch(/^npx\s+(?:\S+\s+)*?--yes\b/);
    });
  }

  it('finds the README commands it checks (the check can fail)', () => {
    expect(npxCalls(read('README.md')).length).toBeGreaterThanOrEqual(4);
    expect(npxCalls('run npx pnpm@1 install')).toEqual(['npx pnpm@1 install']);
    expect('npx pnpm@1 install').not.toMatch(/^npx\s+(?:\S+\s+)*?--yes\b/);
  });

  it('.ci/run runs exactly the README test command', () => {
    const readme = read('README.md');
    const testCommand = readme.match(/```sh\n(npx[^\n]*pnpm@[^\n]* test)\n```/)?.[1];
    expect(testCommand).toBeTruthy();
    expect(read('.ci/run').split('\n')).toContain(testCommand);
  });
});
