import http from 'node:http';

/** A connection per request: no idle keep-alive socket for a server to close under a later request. */
const agent = new http.Agent({ keepAlive: false });

/**
 * POSTs JSON and parses the answer: the benchmarks' set-up requests (sign-ins, switching company,
 * checking answers). Nothing is timed with it: every figure is timed by the load generator (loadgen.ts).
 */
export function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<unknown> {
  const payload = Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': String(payload.length), ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        try {
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        } catch (error) {
          reject(error);
        }
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
}
