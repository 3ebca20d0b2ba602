import type { BoundariesConfig, SourceConfig } from '../config/schema';
import type { MonthKey, QuarterKey } from '../domain/period';
import { fetchComplaintMonths } from '../sources/complaints/client';
import { fetchDisclosureContents, fetchDisclosureReports, fetchDisclosureSummary } from '../sources/disclosure/client';
import { fetchEmulationRegistry } from '../sources/emulation/client';
import { fetchCaseFiles, fetchServiceCatalogue } from '../sources/procedures/client';
import { fetchUnitCatalogue } from '../sources/units/client';
import { loadBoundaries } from '../sources/boundaries/load';

/**
 * Every upstream request the queries make, by name, each one a source client (fetch → validate → adapt) with its
 * arguments in one plain object. The names are what the upstream worker is asked to run: the same functions run in
 * the worker or, where there is no worker, in the page, so each adapter stays the one place its system is checked.
 */
export const UPSTREAM_CALLS = {
  unitCatalogue: (a: { cfg: SourceConfig; provinceCode: string }, signal?: AbortSignal) => fetchUnitCatalogue(a.cfg, a.provinceCode, signal),
  complaintMonths: (a: { cfg: SourceConfig; from: MonthKey; to: MonthKey }, signal?: AbortSignal) =>
    fetchComplaintMonths(a.cfg, { from: a.from, to: a.to }, signal),
  caseFiles: (a: { cfg: SourceConfig; from: MonthKey; to: MonthKey }, signal?: AbortSignal) => fetchCaseFiles(a.cfg, { from: a.from, to: a.to }, signal),
  serviceCatalogue: (a: { cfg: SourceConfig; year: number }, signal?: AbortSignal) => fetchServiceCatalogue(a.cfg, a.year, signal),
  disclosureContents: (a: { cfg: SourceConfig }, signal?: AbortSignal) => fetchDisclosureContents(a.cfg, signal),
  disclosureReports: (a: { cfg: SourceConfig; from: QuarterKey; to: QuarterKey; districtCode?: string }, signal?: AbortSignal) =>
    fetchDisclosureReports(a.cfg, { from: a.from, to: a.to, districtCode: a.districtCode }, signal),
  disclosureSummary: (a: { cfg: SourceConfig; from: QuarterKey; to: QuarterKey }, signal?: AbortSignal) =>
    fetchDisclosureSummary(a.cfg, { from: a.from, to: a.to }, signal),
  emulationRegistry: (a: { cfg: SourceConfig }, signal?: AbortSignal) => fetchEmulationRegistry(a.cfg, signal),
  /** The map's boundary file (config.boundaries): fetched, converted from TopoJSON, checked and normalised. */
  boundaries: (a: { config: BoundariesConfig }, signal?: AbortSignal) => loadBoundaries(a.config, { signal }),
};

export type UpstreamCallName = keyof typeof UPSTREAM_CALLS;
export type UpstreamCallArgs<N extends UpstreamCallName> = Parameters<(typeof UPSTREAM_CALLS)[N]>[0];
export type UpstreamCallResult<N extends UpstreamCallName> = Awaited<ReturnType<(typeof UPSTREAM_CALLS)[N]>>;

/** Runs a named call here, in this thread. */
export function runUpstreamCall<N extends UpstreamCallName>(name: N, args: UpstreamCallArgs<N>, signal?: AbortSignal): Promise<UpstreamCallResult<N>> {
  const call = UPSTREAM_CALLS[name] as (a: UpstreamCallArgs<N>, s?: AbortSignal) => Promise<UpstreamCallResult<N>>;
  return call(args, signal);
}
