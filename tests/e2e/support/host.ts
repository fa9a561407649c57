import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const HOST_SCRIPT = join(import.meta.dirname, '..', '..', '..', 'dist', 'electron', 'host.js');

/** One browser host process on a data directory; can be stopped and started again on the same data. */
export class HostProcess {
  readonly dataDir: string;
  url = '';
  #child: ChildProcess | null = null;
  #output = '';

  constructor(dataDir = mkdtempSync(join(tmpdir(), 'rembuk-e2e-'))) {
    this.dataDir = dataDir;
  }

  get origin(): string {
    return new URL(this.url).origin;
  }

  get output(): string {
    return this.#output;
  }

  /** Starts the host (port 0: any free port unless given; `extraArgs` such as --restore) and waits for the address it prints. */
  async start(port = 0, extraArgs: string[] = []): Promise<string> {
    // The participants' door, when a test opens it, listens on the loopback only: never the room's network.
    const child = spawn(process.execPath, [HOST_SCRIPT, '--port', String(port), '--data', this.dataDir, '--lan-address', '127.0.0.1:0', ...extraArgs], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.#child = child;
    this.#output = '';
    this.url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`host did not start:\n${this.#output}`)), 15_000);
      const onData = (chunk: Buffer) => {
        this.#output += chunk.toString();
        const match = /http:\/\/127\.0\.0\.1:\d+\/\?launch=[0-9a-f]+/.exec(this.#output);
        if (match) {
          clearTimeout(timer);
          resolve(match[0]);
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', (chunk: Buffer) => (this.#output += chunk.toString()));
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`host exited with ${code}:\n${this.#output}`));
      });
    });
    return this.url;
  }

  /** Stops like Ctrl+C does, and waits until the process is gone (and the data folder free). */
  async stop(): Promise<void> {
    const child = this.#child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGINT');
    });
    this.#child = null;
  }

  async restart(port?: number): Promise<string> {
    await this.stop();
    return this.start(port);
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** Runs the host CLI to completion (for start-up failures) and returns its exit code and output. */
export function runHostExpectingExit(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [HOST_SCRIPT, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}
