import { Agent, request, type ClientRequest } from 'node:http';

/** Where requests go: a port on 127.0.0.1 and the Host header that server answers to. */
export interface Endpoint {
  port: number;
  host: string;
}

export interface Answer {
  status: number;
  body: unknown;
  cookie: string | null;
  ms: number;
}

/** One JSON POST (as the participant page or the facilitator's page sends it), timed from send to the last byte. */
export function postJson(to: Endpoint, path: string, payload: unknown, options: { agent?: Agent | false; cookie?: string } = {}): Promise<Answer> {
  const body = JSON.stringify(payload);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: to.port,
        path,
        method: 'POST',
        agent: options.agent ?? false,
        headers: { host: to.host, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...(options.cookie ? { cookie: options.cookie } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          const setCookie = res.headers['set-cookie']?.[0]?.split(';')[0] ?? null;
          let parsed: unknown;
          try {
            parsed = JSON.parse(text);
          } catch {
            parsed = text;
          }
          resolve({ status: res.statusCode ?? 0, body: parsed, cookie: setCookie, ms: performance.now() - started });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** A GET on a new connection, timed from the connection's start until the whole answer arrived. */
export function getOnNewConnection(to: Endpoint, path: string): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: to.port, path, agent: false, headers: { host: to.host } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** A server-sent event stream; every `data:` line is handed over parsed. Returns a way to close it. */
export function openEvents(to: Endpoint, path: string, cookie: string, onEvent: (event: unknown) => void): Promise<() => void> {
  return new Promise((resolve, reject) => {
    let req: ClientRequest | null = null;
    req = request({ host: '127.0.0.1', port: to.port, path, agent: false, headers: { host: to.host, cookie } }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`events answered ${res.statusCode}`));
      let buffer = '';
      res.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          for (const line of block.split('\n')) if (line.startsWith('data: ')) onEvent(JSON.parse(line.slice(6)));
          end = buffer.indexOf('\n\n');
        }
      });
      res.on('error', () => undefined);
      resolve(() => req?.destroy());
    });
    req.on('error', reject);
    req.end();
  });
}

/** Each phone keeps its own connection, as a real phone would. */
export function phoneAgent(): Agent {
  return new Agent({ keepAlive: true, maxSockets: 1 });
}
