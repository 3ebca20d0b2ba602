import { createColorScale, type Classification, type ColorScale, type Direction } from '../../domain/scale';

export type ClassificationChoice = 'quantile' | 'equal-interval' | 'fixed';

export interface ThemeMapScaleInput {
  readonly method: ClassificationChoice;
  /** Official tiers or legal thresholds: used by the "fixed" classification. */
  readonly thresholds?: readonly number[];
  readonly values: Iterable<number | null>;
  readonly direction: Direction;
  /** "%" is written after each legend label; other units (đơn, mô hình) only in the legend's title. */
  readonly unitOfMeasure: string;
  /** Fixed range for equal intervals (e.g. 0–100 for a rate), so colours mean the same across periods. */
  readonly domain?: { readonly min: number; readonly max: number };
  readonly locale: string;
  readonly noDataLabel: string;
  /** When set, a diverging palette turning at this value (the province value, a target, the units' mean). */
  readonly divergeAround?: number | null;
}

/** The classification a theme map opens with: official thresholds when there are any, quantiles otherwise. */
export function defaultClassification(thresholds: readonly number[] | undefined): ClassificationChoice {
  return thresholds?.length ? 'fixed' : 'quantile';
}

/**
 * The colour scale of a theme map, as the on-screen map builds it: five classes, sequential (or diverging around a
 * centre when asked), the palette turned by
 * the indicator's direction. The briefing pack's printed maps use this very function, so a unit has the same colour
 * on paper as on screen.
 */
export function themeMapScale(input: ThemeMapScaleInput): ColorScale {
  const { method, thresholds } = input;
  const classification: Classification =
    method === 'fixed' && thresholds?.length
      ? { method: 'fixed', thresholds }
      : method === 'equal-interval'
        ? { method: 'equal-interval', classes: 5 }
        : { method: 'quantile', classes: 5 };
  return createColorScale(
    {
      classification,
      scheme: input.divergeAround != null ? { kind: 'diverging', centre: input.divergeAround } : { kind: 'sequential' },
      direction: input.direction,
      unit: input.unitOfMeasure === '%' ? '%' : undefined,
      locale: input.locale,
      noDataLabel: input.noDataLabel,
      domain: method === 'equal-interval' ? input.domain : undefined,
    },
    [...input.values].filter((v): v is number => v !== null),
  );
}
