import * as z from 'zod/mini';
import { appConfigSchema, type AppConfig } from './schema';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    message: string,
    readonly details: readonly string[],
  ) {
    super(message);
  }
}

/** Validates an already-parsed config object; throws ConfigError listing every bad field. */
export function parseConfig(raw: unknown): AppConfig {
  const result = z.safeParse(appConfigSchema, raw);
  if (result.success) return result.data;
  const details = result.error.issues.map(
    (issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`,
  );
  throw new ConfigError('Invalid runtime configuration', details);
}

/**
 * Reads the runtime config file that sits beside index.html, so one build serves any deployment.
 * `cache: 'no-cache'` revalidates with the server, so an operator who edits the file sees it on the next reload;
 * index.html preloads the same URL so the request starts before the scripts have run.
 */
export async function loadConfig(url = `${import.meta.env.BASE_URL}config.json`): Promise<AppConfig> {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-cache' });
  } catch (cause) {
    throw new ConfigError(`Cannot fetch ${url}`, [String(cause)]);
  }
  if (!response.ok) throw new ConfigError(`Cannot fetch ${url}`, [`HTTP ${response.status}`]);
  let raw: unknown;
  try {
    raw = await response.json();
  } catch (cause) {
    throw new ConfigError(`${url} is not valid JSON`, [String(cause)]);
  }
  return parseConfig(raw);
}
