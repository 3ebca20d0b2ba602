import type { AppConfig } from '../src/config/schema';
import { trailingPeriods, type Period } from '../src/domain/period';
import { populationOf } from '../src/domain/population';
import { periodInputs, rankPeriod, resolveMethod, unitsInForce, type PeriodInputs, type PeriodRanking } from '../src/domain/ranking';
import { fetchComplaintMonths } from '../src/sources/complaints/client';
import { fetchDisclosureSummary } from '../src/sources/disclosure/client';
import { fetchEmulationRegistry } from '../src/sources/emulation/client';
import { fetchCaseFiles } from '../src/sources/procedures/client';
import { fetchUnitCatalogue } from '../src/sources/units/client';

/**
 * The ranking a page should show, computed straight from the fake upstream systems with the domain functions,
 * independently of the page's hooks: what the integration tests compare the screen with.
 */
export async function expectedRankings(config: AppConfig, period: Period, history: number) {
  const s = config.sources;
  const periods = trailingPeriods(period, history).filter((p) => p.year >= 2017);
  const years = [...new Set(periods.map((p) => p.year))];
  const complaints = new Map(await Promise.all(years.map(async (y) => [y, (await fetchComplaintMonths(s.complaints, { from: `${y}-01`, to: `${y}-12` })).records] as const)));
  const caseFiles = new Map(await Promise.all(years.map(async (y) => [y, (await fetchCaseFiles(s.procedures, { from: `${y}-01`, to: `${y}-12` })).records] as const)));
  const summary = await fetchDisclosureSummary(s.disclosure, { from: '2017-Q1', to: '2024-Q4' });
  const registry = await fetchEmulationRegistry(s.emulation);
  const catalogue = await fetchUnitCatalogue(s.units, config.province.code);
  const data = {
    disclosureRows: summary.rows,
    complaintsByYear: complaints,
    caseFilesByYear: caseFiles,
    models: registry.models,
    population: (code: string) => populationOf(code)?.population ?? null,
  };
  const method = resolveMethod(config.ranking);
  const inputs: PeriodInputs[] = periods.map((p) => periodInputs(p, unitsInForce(catalogue.districts, p), data));
  const rankings: PeriodRanking[] = inputs.map((i) => rankPeriod(i, method));
  const names = new Map(catalogue.districts.map((d) => [d.code, d.fullName]));
  return { inputs, rankings, current: rankings.at(-1) as PeriodRanking, previous: rankings.at(-2) ?? null, names, data, summary, complaints, caseFiles, registry };
}

/** "68,5" the way the page prints a score. */
export const scoreText = (score: number | null) => (score === null ? '–' : new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(score));
