import { request } from 'node:http';

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  bytes: Buffer;
}

/** A raw HTTP request to 127.0.0.1, so a test controls every header like an attacker would. */
export function send(port: number, options: { path: string; method?: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: options.path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: bytes.toString(), bytes });
      });
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** The `name=value` part of the first Set-Cookie header of an answer. */
export function cookieOf(answer: RawAnswer): string {
  const header = answer.headers['set-cookie'];
  const first = Array.isArray(header) ? header[0] : header;
  if (!first) throw new Error(`no cookie was set (status ${answer.status})`);
  return first.split(';')[0]!;
}

/** Opens the host's one-time launch address, as the facilitator's browser does; returns its cookie. */
export async function signIn(launchUrl: string): Promise<string> {
  const url = new URL(launchUrl);
  const answer = await send(Number(url.port), { path: `${url.pathname}${url.search}`, headers: { host: url.host } });
  return cookieOf(answer);
}
