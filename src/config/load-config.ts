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

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value} ${String(value)}`;
}

const EXPECTED: Record<string, string> = { string: 'text', number: 'a number', int: 'a whole number', boolean: 'true or false', object: 'an object', array: 'a list' };

/**
 * Says what is wrong in words an operator can act on. The schema's own messages (formats, ranges, reversed periods,
 * secrets) are already sentences; zod's generic ones ("Invalid input") are rewritten from the issue's details.
 */
export function describeConfigIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `is missing (expected ${EXPECTED[issue.expected] ?? issue.expected})` : `must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${typeName(issue.input)}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, not ${typeName(issue.input)}`;
    case 'unrecognized_keys':
      return `has unknown key(s): ${issue.keys.join(', ')}`;
    default:
      return issue.message;
  }
}

/** Validates an already-parsed config object; throws ConfigError listing every bad field. */
export function parseConfig(raw: unknown): AppConfig {
  const result = z.safeParse(appConfigSchema, raw, { reportInput: true });
  if (result.success) return result.data;
  const details = result.error.issues.map(
    (issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${describeConfigIssue(issue)}`,
  );
  throw new ConfigError('Invalid runtime configuration', details);
}

/**
 * Reads the runtime config file that sits beside index.html, so one build serves any deployment.
 * `cache: 'no-cache'` revalidates with the server, so an operator who edits the file sees it on the next reload;
 * index.html preloads the same URL so the request starts before the scripts have run.
 */
export async function loadConfig(url = `${import.meta.env.BASE_URL}config.json`, early: Promise<Response> | null = null): Promise<AppConfig> {
  let response: Response;
  try {
    // `early`: the same request, already made by the page's head start (src/app/head-start.ts).
    response = await (early ?? fetch(url, { cache: 'no-cache' }));
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
