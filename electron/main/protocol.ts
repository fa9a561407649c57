import { readFile } from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY, contentTypeFor, resolveInside } from '../core/files/resolve-inside.ts';
import { APP_HOST } from './security.ts';

/**
 * Serves the built renderer under app://rembuk/. Paths that try to leave the renderer folder,
 * and any other host, get a 404.
 */
export function createAppProtocolHandler(rendererDir: string) {
  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return notFound();
    const file = resolveInside(rendererDir, url.pathname === '/' ? '/index.html' : url.pathname);
    if (!file) return notFound();
    try {
      const body = await readFile(file);
      return new Response(new Uint8Array(body), {
        headers: {
          'content-type': contentTypeFor(file),
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return notFound();
    }
  };
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
}
