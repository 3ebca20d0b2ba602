import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useConfig } from '../../state/config-context';
import { useDistricts } from '../../state/use-districts';
import { useDashboardState, useViewSearch } from '../../state/url-state';
import type { UpstreamSourceId } from '../../lib/http';
import type { Period } from '../../domain/period';
import type { Direction } from '../../domain/scale';
import { formatPeriod, localeOf } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import { boundariesQueries } from '../../sources/boundaries';
import { CHOROPLETH_MESSAGES_EN, CHOROPLETH_MESSAGES_VI } from '../choropleth/messages';
import { Panel, type PanelStatus } from '../panel';
import { defaultClassification, themeMapScale, type ClassificationChoice } from './theme-map-scale';

// Leaflet and its CSS load only with pages that draw a map.
const ChoroplethMap = lazy(() => import('../choropleth'));

export type { ClassificationChoice } from './theme-map-scale';

export interface ThemeMapPanelProps {
  readonly title: string;
  readonly period: Period;
  /** Value per district code for the period. */
  readonly values: ReadonlyMap<string, number | null>;
  readonly previousValues?: ReadonlyMap<string, number | null>;
  readonly unitOfMeasure: string;
  readonly formatValue: (value: number) => string;
  readonly formatChange?: (change: number) => string;
  readonly direction: Direction;
  /** Official tiers or legal thresholds: offered as the "fixed" classification. */
  readonly thresholds?: readonly number[];
  /**
   * Where a diverging palette turns: the province value or a target. Without it, the mean of the units shown
   * (unweighted), labelled as such.
   */
  readonly centre?: { readonly value: number; readonly label: string };
  /** Fixed range (e.g. 0–1 for a rate) so colours mean the same across periods. */
  readonly domain?: { readonly min: number; readonly max: number };
  readonly sources: readonly UpstreamSourceId[];
  readonly asOf?: string | null;
  readonly definition?: string;
  readonly status: PanelStatus;
  readonly error?: unknown;
  readonly onRetry?: () => void;
  readonly testId?: string;
}

/**
 * The theme's indicator as a choropleth of district-level units, on the boundaries the runtime config names.
 * Selecting a unit sets the page-wide unit filter (so every panel highlights it) and offers a link to its page.
 */
export function ThemeMapPanel(props: ThemeMapPanelProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const config = useConfig();
  const search = useViewSearch();
  const { unitCode, toggleUnit } = useDashboardState();
  const { districts } = useDistricts(props.period);
  const boundaries = useQuery(boundariesQueries.file(config.boundaries));
  const [method, setMethod] = useState<ClassificationChoice>(defaultClassification(props.thresholds));
  const [palette, setPalette] = useState<'sequential' | 'diverging'>('sequential');
  const present = useMemo(() => [...props.values.values()].filter((v): v is number => v !== null), [props.values]);
  const centre = props.centre ?? (present.length ? { value: present.reduce((a, b) => a + b, 0) / present.length, label: t('map.unitMean') } : null);
  const divergeAround = palette === 'diverging' && method !== 'fixed' ? (centre?.value ?? null) : null;

  const unitNames = useMemo(() => new Map(districts.map((d) => [d.code, d.fullName])), [districts]);
  const scale = useMemo(
    () =>
      themeMapScale({
        method,
        thresholds: props.thresholds,
        values: props.values.values(),
        direction: props.direction,
        unitOfMeasure: props.unitOfMeasure,
        domain: props.domain,
        locale: localeOf(lang),
        noDataLabel: t('units.noData'),
        divergeAround,
      }),
    [method, divergeAround, props.thresholds, props.values, props.direction, props.unitOfMeasure, props.domain, lang, t],
  );

  const status: PanelStatus = props.status === 'error' || boundaries.isError ? 'error' : props.status === 'pending' || boundaries.isPending ? 'pending' : 'success';
  const selectedName = unitCode ? unitNames.get(unitCode) : undefined;

  return (
    <Panel
      reserveHeight={520}
      title={props.title}
      sources={[...props.sources, 'boundaries']}
      asOf={props.asOf}
      definition={props.definition}
      status={status}
      error={props.error ?? boundaries.error}
      onRetry={() => {
        props.onRetry?.();
        if (boundaries.isError) void boundaries.refetch();
      }}
      testId={props.testId}
      className="map-panel"
      actions={
        <>
          <label className="classification-choice">
            <span>{t('map.classes')}</span>
            <select value={method} onChange={(e) => setMethod(e.target.value as ClassificationChoice)}>
              <option value="quantile">{t('map.quantile')}</option>
              <option value="equal-interval">{t('map.equalInterval')}</option>
              {props.thresholds?.length ? <option value="fixed">{t('map.fixed')}</option> : null}
            </select>
          </label>
          {centre && method !== 'fixed' && (
            <label className="classification-choice">
              <span>{t('map.palette')}</span>
              <select value={palette} onChange={(e) => setPalette(e.target.value as 'sequential' | 'diverging')}>
                <option value="sequential">{t('map.sequential')}</option>
                <option value="diverging">{t('map.diverging', { centre: centre.label })}</option>
              </select>
            </label>
          )}
        </>
      }
    >
      {boundaries.data && (
        <Suspense fallback={<div className="chart-placeholder" style={{ height: 420 }} />}>
          <ChoroplethMap
            boundaries={boundaries.data}
            values={props.values}
            previousValues={props.previousValues}
            scale={scale}
            unitNames={unitNames}
            unitCodes={districts.map((d) => d.code)}
            selectedCode={unitCode}
            onSelect={toggleUnit}
            title={props.title}
            periodLabel={formatPeriod(props.period, lang)}
            unitOfMeasure={props.unitOfMeasure}
            illustrative={config.boundaries.illustrative}
            tiles={config.tiles ?? null}
            formatValue={props.formatValue}
            formatChange={props.formatChange}
            messages={lang === 'en' ? CHOROPLETH_MESSAGES_EN : CHOROPLETH_MESSAGES_VI}
            headingLevel={3}
            height={420}
          />
        </Suspense>
      )}
      {unitCode && selectedName && (
        <p className="map-selection">
          <Link href={`/don-vi/${unitCode}${search}`}>{t('map.openUnit', { unit: selectedName })}</Link>
        </p>
      )}
    </Panel>
  );
}
