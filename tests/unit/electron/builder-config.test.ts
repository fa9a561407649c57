import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { NODE_ENTRIES } from '../../../build/build.mjs';

const root = join(import.meta.dirname, '..', '..', '..');
const config = parse(readFileSync(join(root, 'build', 'electron-builder.yml'), 'utf8')) as {
  asar: boolean;
  asarUnpack: string[];
  electronFuses: Record<string, boolean>;
  files: string[];
};

/** The npm packages a worker bundle loads: its imports, and what it require()s by name at run time. */
async function packagesLoadedBy(entry: string): Promise<Set<string>> {
  const result = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    external: ['electron'],
    write: false,
    metafile: true,
    logLevel: 'silent',
    outfile: 'worker.js',
  });
  const specifiers = Object.values(result.metafile.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path));
  for (const input of Object.keys(result.metafile.inputs)) {
    const source = readFileSync(join(root, input), 'utf8');
    for (const match of source.matchAll(/require(?:\.resolve)?\(\s*['"`]([^'"`$]+)/g)) specifiers.push(match[1]!);
  }
  return new Set(specifiers.filter((s) => !s.startsWith('node:') && !s.startsWith('.')).map(packageName));
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** A package and every package it depends on, as installed. */
function withDependencies(names: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    const manifest = join(root, 'node_modules', name, 'package.json');
    if (!existsSync(manifest)) return;
    const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { dependencies?: object; optionalDependencies?: object };
    for (const dependency of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies })) visit(dependency);
  };
  for (const name of names) visit(name);
  return seen;
}

describe('the installer configuration (build/electron-builder.yml)', () => {
  it('flips the Electron fuses: no RunAsNode, no NODE_OPTIONS or --inspect, cookies encrypted, only a checked app.asar', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('unpacks every worker bundle and each package a worker loads, with their dependencies', async () => {
    const workers = NODE_ENTRIES.filter((e) => e.outfile.endsWith('-worker.js'));
    expect(workers.map((w) => w.outfile)).toEqual(expect.arrayContaining(['electron/backup-worker.js', 'electron/report-worker.js', 'electron/spreadsheet-worker.js']));
    expect(config.asarUnpack).toContain('dist/electron/*-worker.js');
    const unpacked = new Set(config.asarUnpack.filter((p) => p.startsWith('node_modules/')).map((p) => p.replace(/^node_modules\//, '').replace(/\/\*\*\/\*$/, '')));
    // `node_modules/@scope/**/*` unpacks a whole scope; type packages are never loaded at run time.
    const isUnpacked = (name: string) => unpacked.has(name) || (name.startsWith('@') && unpacked.has(name.split('/')[0]!)) || name.startsWith('@types/');
    const needed = new Set<string>();
    for (const worker of workers) for (const name of await packagesLoadedBy(worker.entry)) needed.add(name);
    expect(needed).toContain('pdfmake');
    expect(needed).toContain('saxes');
    const missing = [...withDependencies(needed)].filter((name) => !isUnpacked(name));
    expect(missing, 'add these to asarUnpack').toEqual([]);
  });

  it('ships no source maps', () => {
    expect(config.files).toContain('!dist/**/*.map');
  });
});
