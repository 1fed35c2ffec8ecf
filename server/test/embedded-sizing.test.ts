import { afterEach, describe, expect, it } from 'vitest';
import { embeddedSettings } from '../src/db/embedded.js';

/**
 * How the embedded PostgreSQL is sized: the test suite keeps PostgreSQL's modest defaults (many
 * databases beside parallel test files); the platform and the benchmarks get a server's settings.
 */
const GB = 1024 ** 3;
afterEach(() => {
  delete process.env.PG_SHARED_BUFFERS_MB;
});

describe('embedded PostgreSQL sizing', () => {
  it("keeps the test suite's 128 MB of shared buffers whatever the machine", () => {
    expect(embeddedSettings('test', 64 * GB)).toEqual(['shared_buffers=128MB']);
  });

  it('gives the platform a quarter of the memory as shared buffers, between 128 MB and 4 GB, and 8 GB of WAL between checkpoints', () => {
    expect(embeddedSettings('server', 2 * GB)).toEqual(['shared_buffers=512MB', 'max_wal_size=8GB']);
    expect(embeddedSettings('server', 23 * GB)).toEqual(['shared_buffers=4096MB', 'max_wal_size=8GB']);
    expect(embeddedSettings('server', GB / 4)).toEqual(['shared_buffers=128MB', 'max_wal_size=8GB']);
  });

  it('takes PG_SHARED_BUFFERS_MB when the operator sets it', () => {
    process.env.PG_SHARED_BUFFERS_MB = '768';
    expect(embeddedSettings('server', 23 * GB)[0]).toBe('shared_buffers=768MB');
  });
});
