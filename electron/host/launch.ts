import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { cookie, sameSecret, setCookie } from './http-kit.ts';

/**
 * How the facilitator's browser gets in, without handing a token to whoever asks for `/`.
 * The address the host prints carries a one-time launch secret; the first request with it gets
 * an HttpOnly, SameSite=Strict cookie holding this run's session secret, and a new launch
 * secret is made at once (the host prints it, for a second browser). Any other local account
 * of the machine that opens `/` sees how to get in, never a secret.
 */
export class LaunchGate {
  readonly #session = randomBytes(32).toString('hex');
  readonly #cookieName: string;
  #launch = randomBytes(32).toString('hex');

  constructor(port: number) {
    // Cookies ignore the port: two hosts on 127.0.0.1 must not overwrite each other's.
    this.#cookieName = `rembuk_facilitator_${port}`;
  }

  /** The path (with its one-time secret) that lets one browser in. */
  launchPath(): string {
    return `/?launch=${this.#launch}`;
  }

  /** The Set-Cookie header for a valid launch secret (which is then used up), or null. */
  exchange(given: string | null): string | null {
    if (!sameSecret(given ?? undefined, this.#launch)) return null;
    this.#launch = randomBytes(32).toString('hex');
    return setCookie(this.#cookieName, this.#session);
  }

  isSignedIn(req: IncomingMessage): boolean {
    return sameSecret(cookie(req, this.#cookieName), this.#session);
  }
}

/** What `/` shows a browser without the cookie: how to get in, in both languages. */
export const HOW_TO_GET_IN = `<!doctype html>
<html lang="id">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Rembuk</title></head>
<body>
<h1>Rembuk</h1>
<p>Buka Rembuk lewat alamat yang ditampilkan di jendela terminal tempat <code>npm run serve</code> berjalan.
Alamat itu hanya berlaku sekali; setelah dipakai, terminal menampilkan alamat baru untuk browser lain.</p>
<p lang="en">Open Rembuk through the address printed in the terminal where <code>npm run serve</code> runs.
That address works once; after it is used, the terminal prints a new one for another browser.</p>
</body>
</html>
`;
