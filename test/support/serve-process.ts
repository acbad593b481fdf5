import { type ChildProcessWithoutNullStreams, spawn, type SpawnOptionsWithoutStdio } from 'node:child_process';
import { join } from 'node:path';

export const AMITY = join(import.meta.dirname, '..', '..', 'bin', 'amity.js');

export interface ServeProcess {
  process: ChildProcessWithoutNullStreams;
  url: string;
  /** What the process wrote to stderr so far. */
  stderr: () => string;
  /** Resolves with the exit code when the process ends. */
  exited: Promise<number | null>;
  stop: () => Promise<number | null>;
}

/** `amity … serve --port 0` as its own process, once it says where it listens. */
export async function startServeProcess(args: string[], options: SpawnOptionsWithoutStdio = {}): Promise<ServeProcess> {
  const child = spawn('node', [AMITY, ...args, '--port', '0', '--quiet'], options);
  let out = '';
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /http:\/\/[\w.]+:(\d+)\//.exec(out);
      if (m) resolve(Number(m[1]));
    });
    void exited.then((code) => reject(new Error(`amity serve exited early (${code}): ${out}${err}`)));
  });
  return {
    process: child,
    url: `http://127.0.0.1:${port}`,
    stderr: () => err,
    exited,
    stop: () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** `amity … serve` expected to refuse to start: its exit code and what it wrote. */
export function refusedServe(
  args: string[],
  options: SpawnOptionsWithoutStdio = {},
): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn('node', [AMITY, ...args, '--port', '0', '--quiet'], options);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      // A server that starts did not refuse: stop it, and let the test see its line.
      if (/http:\/\/[\w.]+:\d+\//.test(stdout)) child.kill('SIGTERM');
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stderr, stdout }));
  });
}
