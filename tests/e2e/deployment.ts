import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chmod, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SOURCE_IDS, type SourceId } from '../../src/config/schema';

/**
 * A production-like deployment for browser tests: the built app (`demo: false`, no credential in config.json) served
 * by nginx from the sample config in scripts/deploy/nginx.conf.template, which proxies the upstream systems (the
 * demo's fakes on a real port, tests/e2e/upstream-server.ts) and adds the procedure system's bearer token.
 */
export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const ROOT = path.resolve(import.meta.dirname, '../..');
const shipped = JSON.parse(readFileSync(path.join(ROOT, 'public/config.json'), 'utf8')) as { sources: Record<SourceId, { baseUrl: string }> };

export interface Deployment {
  readonly url: string;
  readonly upstreamUrl: string;
  readonly token: string;
  stop(): Promise<void>;
}

export interface DeploymentOptions {
  readonly port: number;
  readonly upstreamPort: number;
  readonly dist?: string;
  /** Systems that never answer. */
  readonly hang?: readonly SourceId[];
  /** Changes to config.json (timeouts, retries). */
  readonly config?: (config: Record<string, unknown>) => Record<string, unknown>;
  /** More arguments for tests/e2e/upstream-server.ts (e.g. --hang complaints). */
  readonly upstreamArgs?: readonly string[];
}

/** Replaces the template's ${NAME} placeholders, as envsubst does with an explicit list; nginx's own $vars stay. */
export function fillTemplate(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\$\{([A-Z_]+)\}/g, (whole, name: string) => values[name] ?? whole);
}

function waitForLine(child: ChildProcess, pattern: RegExp, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (pattern.test(output)) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`${what} exited (${code}): ${output}`)));
    setTimeout(() => reject(new Error(`${what} did not start: ${output}`)), 60_000);
  });
}

async function waitForHttp(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5000);
  });
}

export async function startDeployment(options: DeploymentOptions): Promise<Deployment> {
  const token = `Bearer test-${Math.random().toString(36).slice(2)}`;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dashboard-deploy-'));
  await chmod(dir, 0o755); // nginx workers run as an unprivileged user
  const root = path.join(dir, 'root');
  await cp(path.resolve(ROOT, options.dist ?? process.env.E2E_DIST ?? 'dist'), root, { recursive: true });
  const sources = Object.fromEntries(SOURCE_IDS.map((id) => [id, { baseUrl: shipped.sources[id].baseUrl, auth: null }]));
  const config: Record<string, unknown> = { ...shipped, demo: false, sources };
  await writeFile(path.join(root, 'config.json'), JSON.stringify(options.config ? options.config(config) : config, null, 2));

  const secrets = SOURCE_IDS.map((id) => `map $host $${id}_auth { default "${id === 'procedures' ? token : ''}"; }`).join('\n');
  await writeFile(path.join(dir, 'secrets.conf'), `${secrets}\n`, { mode: 0o600 });
  const upstreamOrigin = `http://127.0.0.1:${options.upstreamPort}`;
  const upstreamPath = (id: SourceId) => `${upstreamOrigin}${shipped.sources[id].baseUrl}/`;
  const template = await readFile(path.resolve(ROOT, 'scripts/deploy/nginx.conf.template'), 'utf8');
  await writeFile(
    path.join(dir, 'nginx.conf'),
    fillTemplate(template, {
      DASHBOARD_PORT: String(options.port),
      DASHBOARD_ROOT: root,
      SECRETS_FILE: path.join(dir, 'secrets.conf'),
      UPSTREAM_UNITS: upstreamPath('units'),
      UPSTREAM_PROCEDURES: upstreamPath('procedures'),
      UPSTREAM_COMPLAINTS: upstreamPath('complaints'),
      UPSTREAM_DISCLOSURE: upstreamPath('disclosure'),
      UPSTREAM_EMULATION: upstreamPath('emulation'),
    }),
  );

  const upstream = spawn(
    process.execPath,
    ['scripts/run-ts.mjs', 'tests/e2e/upstream-server.ts', '--port', String(options.upstreamPort), '--require-auth', token, ...(options.hang ?? []).flatMap((h) => ['--hang', h]), ...(options.upstreamArgs ?? [])],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await waitForLine(upstream, /listening on/, 'upstream server');
  const nginx = spawn(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', `daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;`], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = `http://127.0.0.1:${options.port}`;
  try {
    await waitForHttp(`${url}/config.json`);
  } catch (error) {
    await stopProcess(upstream);
    await stopProcess(nginx);
    throw error;
  }
  return {
    url,
    upstreamUrl: upstreamOrigin,
    token,
    async stop() {
      await stopProcess(nginx);
      await stopProcess(upstream);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
