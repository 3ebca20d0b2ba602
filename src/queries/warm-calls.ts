import type { AppConfig } from '../config/schema';
import { parseConfig } from '../config/load-config';
import { routeOfPath } from '../state/routes';
import { firstQueriesAt, type FirstQuery } from './first-queries';
import { reportQuarters, upstreamArgs } from './upstream-args';
import { runUpstreamCall, type UpstreamCallArgs, type UpstreamCallName } from './upstream-calls';

/**
 * Calls started ahead of the page, in the upstream worker: the first calls of the page being opened, started as soon
 * as config.json is read, while the page's own code is still loading. The page's queries then ask for the same calls
 * (same name, same arguments) and are handed the answer in flight, so nothing is fetched twice. Each early answer
 * serves one ask only: a retry, or a later visit to the page, fetches afresh. Errors travel as they would have: an
 * early call that failed fails the query that takes it, which then retries as usual.
 */
type Call = { [N in UpstreamCallName]: { readonly name: N; readonly args: UpstreamCallArgs<N> } }[UpstreamCallName];

/** An early answer nobody asked for within this time is dropped: a later ask gets fresh figures. */
const KEEP_MS = 60_000;

/** The upstream call a first query makes, with the arguments its query sends (src/queries/upstream-args.ts). */
export function callOf(config: AppConfig, query: FirstQuery): Call {
  switch (query.kind) {
    case 'units':
      return { name: 'unitCatalogue', args: upstreamArgs.unitCatalogue(config) };
    case 'disclosureSummary':
      return { name: 'disclosureSummary', args: upstreamArgs.disclosureSummary(config) };
    case 'disclosureContents':
      return { name: 'disclosureContents', args: upstreamArgs.disclosureContents(config) };
    case 'disclosureReports': {
      const { from, to } = reportQuarters(query.period);
      return { name: 'disclosureReports', args: upstreamArgs.disclosureReports(config, from, to) };
    }
    case 'emulationRegistry':
      return { name: 'emulationRegistry', args: upstreamArgs.emulationRegistry(config) };
    case 'complaints':
      return { name: 'complaintMonths', args: upstreamArgs.complaintMonths(config, query.year) };
    case 'caseFiles':
      return { name: 'caseFiles', args: upstreamArgs.caseFiles(config, query.year) };
    case 'serviceCatalogue':
      return { name: 'serviceCatalogue', args: upstreamArgs.serviceCatalogue(config, query.year) };
  }
}

/** One key per call: the name and the arguments as JSON (an absent optional argument and `undefined` agree). */
export const callKey = (name: string, args: unknown) => JSON.stringify([name, args]);

export interface EarlyCalls {
  /** Starts the first calls of the page at `path` + `search`, under config.json as read (checked here first). */
  start(rawConfig: unknown, path: string, search: string): void;
  /** The early answer to this call, if one was started and not yet taken; it is then no longer kept. */
  take(name: string, args: unknown): Promise<unknown> | undefined;
}

export function earlyCalls(run: (call: Call) => Promise<unknown> = (call) => runUpstreamCall(call.name, call.args as never)): EarlyCalls {
  const early = new Map<string, Promise<unknown>>();
  return {
    start(rawConfig, path, search) {
      let config: AppConfig;
      try {
        config = parseConfig(rawConfig);
      } catch {
        // A bad config.json is the page's to report (it lists every wrong field); nothing is asked under it.
        return;
      }
      // The demo's fakes answer from the page's service worker, which may not control this worker yet.
      if (config.demo) return;
      for (const query of firstQueriesAt(routeOfPath(path), search, config)) {
        const call = callOf(config, query);
        const key = callKey(call.name, call.args);
        if (early.has(key)) continue;
        const answer = run(call);
        // Not taken, its failure is nobody's: the query that asks later fetches again.
        answer.catch(() => undefined);
        early.set(key, answer);
        setTimeout(() => {
          if (early.get(key) === answer) early.delete(key);
        }, KEEP_MS);
      }
    },
    take(name, args) {
      const key = callKey(name, args);
      const answer = early.get(key);
      early.delete(key);
      return answer;
    },
  };
}
