import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveInside } from '../../../electron/core/files/resolve-inside.ts';
import { createAppProtocolHandler } from '../../../electron/main/protocol.ts';
import { tempDataDir } from '../helpers/core.ts';

function rendererFolder() {
  const root = tempDataDir();
  const renderer = join(root, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<html>Rembuk</html>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.txt'), 'do not serve');
  return renderer;
}

describe('the app:// protocol', () => {
  it('serves the renderer with its content type and CSP', async () => {
    const handle = createAppProtocolHandler(rendererFolder());
    const index = await handle(new Request('app://rembuk/index.html'));
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('Rembuk');
    expect(index.headers.get('content-security-policy')).toContain("default-src 'self'");
    const script = await handle(new Request('app://rembuk/assets/app.js'));
    expect(script.headers.get('content-type')).toMatch(/javascript/);
  });

  it.each([
    'app://rembuk/%2e%2e/secret.txt',
    'app://rembuk/..%2fsecret.txt',
    'app://rembuk/assets/..%5c..%5csecret.txt',
    'app://rembuk/%00index.html',
    'app://other/index.html',
    'app://rembuk/missing.js',
  ])('answers 404 to %s', async (url) => {
    const response = await createAppProtocolHandler(rendererFolder())(new Request(url));
    expect(response.status).toBe(404);
  });
});

describe('resolveInside', () => {
  it('keeps paths inside the root', () => {
    expect(resolveInside('/srv/app', '/assets/a.js')).toBe('/srv/app/assets/a.js');
    expect(resolveInside('/srv/app', '/a/../b.js')).toBe('/srv/app/b.js');
    expect(resolveInside('/srv/app', '/../etc/passwd')).toBeNull();
    expect(resolveInside('/srv/app', '/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveInside('/srv/app', '/%E0%A4%A')).toBeNull();
  });
});
