/**
 * The server a benchmark measures: `vite preview` of a build in demo mode, or the build behind the local static
 * upstream in real mode (scripts/bench-upstream.ts). Shared by bench:lighthouse and bench:main-thread.
 */
import { spawn } from 'node:child_process';

/** Starts the server of a mode on `port` and waits until it answers with that mode's config. */
export async function serve(mode, port, dist) {
  const base = `http://127.0.0.1:${port}`;
  const command =
    mode === 'real'
      ? ['node', ['scripts/run-ts.mjs', 'scripts/bench-upstream.ts', '--port', String(port), '--dist', dist]]
      : ['npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', dist]];
  const server = spawn(command[0], command[1], { stdio: 'ignore', detached: true });
  for (let i = 0; i < 120; i++) {
    try {
      const r = await fetch(`${base}/config.json`);
      if (r.ok && (await r.json()).demo === (mode === 'demo')) return server;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${mode} server did not start on ${base}`);
}

/** Stops the server and what it started (its own process group only). */
export function stop(server) {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
}
