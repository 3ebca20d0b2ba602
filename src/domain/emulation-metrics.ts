import type { EmulationModel } from './emulation';
import { ratio, type Ratio } from './ratio';

/**
 * "Dân vận khéo" counts as at the end of a year. The registry only ever grows, so stocks are cumulative:
 * a model counts from the year it was registered, recognised or named exemplary.
 */
export interface ModelCounts {
  /** Registered in or before the year. */
  readonly models: number;
  readonly recognised: number;
  readonly exemplary: number;
  /**
   * Models replicated at least once. The registry keeps only the current number of replications, not when
   * they happened, so for a past year this counts the models of that year that have been replicated since.
   */
  readonly replicated: number;
  readonly replicatedShare: Ratio;
  /** Sum of replications of those models. */
  readonly replications: number;
  readonly registeredInYear: number;
}

export interface FieldModelCounts extends ModelCounts {
  readonly fieldCode: string;
}

export interface ModelTally extends ModelCounts {
  /** Sorted by field code. */
  readonly byField: readonly FieldModelCounts[];
}

export interface UnitModelTally extends ModelTally {
  readonly unitCode: string;
}

export interface ModelSummary {
  readonly asOfYear: number;
  /** Every model given, whatever `unitCodes` says: the benchmark a district is compared with. */
  readonly province: ModelTally;
  /** Only the units asked for (all of them by default). */
  readonly selection: ModelTally;
  /** One row per unit asked for, in that order, zeros included; by default every unit seen, sorted by code. */
  readonly districts: readonly UnitModelTally[];
}

interface Acc {
  models: number;
  recognised: number;
  exemplary: number;
  replicated: number;
  replications: number;
  registeredInYear: number;
}

const emptyAcc = (): Acc => ({ models: 0, recognised: 0, exemplary: 0, replicated: 0, replications: 0, registeredInYear: 0 });

const within = (year: number | null, asOfYear: number) => year !== null && year <= asOfYear;

function add(acc: Acc, m: EmulationModel, asOfYear: number): void {
  acc.models += 1;
  if (within(m.yearRecognised, asOfYear)) acc.recognised += 1;
  if (within(m.yearExemplary, asOfYear)) acc.exemplary += 1;
  if (m.timesReplicated > 0) acc.replicated += 1;
  acc.replications += m.timesReplicated;
  if (m.yearRegistered === asOfYear) acc.registeredInYear += 1;
}

const finish = (acc: Acc): ModelCounts => ({ ...acc, replicatedShare: ratio(acc.replicated, acc.models) });

/** Accumulates a total and a per-field breakdown together. */
class TallyBuilder {
  private readonly total = emptyAcc();
  private readonly fields = new Map<string, Acc>();

  add(m: EmulationModel, asOfYear: number): void {
    add(this.total, m, asOfYear);
    let field = this.fields.get(m.fieldCode);
    if (!field) {
      field = emptyAcc();
      this.fields.set(m.fieldCode, field);
    }
    add(field, m, asOfYear);
  }

  build(): ModelTally {
    return {
      ...finish(this.total),
      byField: [...this.fields]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([fieldCode, acc]) => ({ fieldCode, ...finish(acc) })),
    };
  }
}

/**
 * The totals of `summariseModels(...).selection` without the per-field breakdown, the province benchmark or the
 * per-unit rows: the growth chart asks for one count per year of the registry, and the page's headline for two.
 * Same rule (`add`), one pass.
 */
export function countModels(models: readonly EmulationModel[], asOfYear: number, unitCodes?: readonly string[]): ModelCounts {
  const wanted = unitCodes ? new Set(unitCodes) : null;
  const acc = emptyAcc();
  for (const m of models) {
    if (m.yearRegistered > asOfYear || (wanted && !wanted.has(m.unitCode))) continue;
    add(acc, m, asOfYear);
  }
  return finish(acc);
}

export function summariseModels(
  models: readonly EmulationModel[],
  asOfYear: number,
  unitCodes?: readonly string[],
): ModelSummary {
  const wanted = unitCodes ? new Set(unitCodes) : null;
  const province = new TallyBuilder();
  const selection = new TallyBuilder();
  const units = new Map<string, TallyBuilder>((unitCodes ?? []).map((code) => [code, new TallyBuilder()]));
  for (const m of models) {
    if (m.yearRegistered > asOfYear) continue;
    province.add(m, asOfYear);
    if (wanted && !wanted.has(m.unitCode)) continue;
    selection.add(m, asOfYear);
    let unit = units.get(m.unitCode);
    if (!unit) {
      unit = new TallyBuilder();
      units.set(m.unitCode, unit);
    }
    unit.add(m, asOfYear);
  }
  const unitRows = [...units].map(([unitCode, builder]) => ({ unitCode, ...builder.build() }));
  if (!unitCodes) unitRows.sort((a, b) => a.unitCode.localeCompare(b.unitCode));
  return { asOfYear, province: province.build(), selection: selection.build(), districts: unitRows };
}
