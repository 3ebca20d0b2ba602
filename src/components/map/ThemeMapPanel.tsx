import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { BoundaryFileConfig, MapContextConfig } from '../../config/schema';
import { useConfig } from '../../state/config-context';
import { useDistricts } from '../../state/use-districts';
import { useDashboardState, useViewSearch } from '../../state/url-state';
import type { UpstreamSourceId } from '../../lib/http';
import type { Period } from '../../domain/period';
import type { Direction } from '../../domain/scale';
import { formatPeriod, localeOf } from '../../lib/format';
import type { Language } from '../../lib/i18n';
import { boundariesForPeriod, boundariesQueries } from '../../sources/boundaries';
import { MapDownload } from './MapDownload';
import { mapNotes } from './map-notes';
import { mapUnits, type MapUnit } from './map-units';
import './map-panel.css';
import './messages';
import { CHOROPLETH_MESSAGES_EN, CHOROPLETH_MESSAGES_VI } from '../choropleth/messages';
import { Panel, type PanelStatus } from '../panel';
import { defaultClassification, themeMapScale, type ClassificationChoice } from './theme-map-scale';

/** Stand-ins that keep the hooks unconditional while their query is disabled; never fetched. */
const PLACEHOLDER_FILE: BoundaryFileConfig = { url: '/', format: 'geojson', codeProperty: 'code', illustrative: false };
const PLACEHOLDER_CONTEXT: MapContextConfig = { url: '/', nameProperty: 'name', attribution: '-' };
const NO_UNITS: readonly MapUnit[] = [];

// Leaflet and its CSS load only with pages that draw a map.
const ChoroplethMap = lazy(() => import('../choropleth'));

export type { ClassificationChoice } from './theme-map-scale';

/** The unit set the period is shown on, with its units: the set's codes key `values` (codes recur across sets). */
export interface MapUnitSet {
  /** Unit set id, e.g. "2025-07"; compared with the `unitSet` of the boundary file drawn. */
  readonly id: string;
  readonly units: readonly { readonly code: string; readonly name: string }[];
}

export interface ThemeMapPanelProps {
  readonly title: string;
  readonly period: Period;
  /** Value per unit code (of `unitSet`, else of the district-level units) for the period. */
  readonly values: ReadonlyMap<string, number | null>;
  /**
   * The unit set the figures are by. Without it the map names the district-level units of the catalogue and trusts
   * the values to be keyed by the codes of the boundary file the period is drawn on.
   */
  readonly unitSet?: MapUnitSet;
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
 * The theme's indicator as a choropleth of the units the period is shown on (13 districts to 2024, 12 in the first
 * half of 2025, 69 communes and wards from 1 Jul 2025), on the boundary file the runtime config names for that
 * unit set, with the neighbouring provinces in grey when configured.
 * Selecting a unit sets the page-wide unit filter (so every panel highlights it) and offers a link to its page.
 */
export function ThemeMapPanel(props: ThemeMapPanelProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const config = useConfig();
  const search = useViewSearch();
  const { unitCode, toggleUnit } = useDashboardState();
  const { districts, communesByCode, inForce } = useDistricts(props.period);
  // Without a set named by the page, the map draws the units the period is shown on (see useUnitsInForce).
  const inForceSet = inForce.set;
  const unitSet = useMemo<MapUnitSet | undefined>(
    () => props.unitSet ?? (inForceSet ? { id: inForceSet.id, units: inForce.units.map((u) => ({ code: u.code, name: u.fullName })) } : undefined),
    [props.unitSet, inForceSet, inForce.units],
  );
  // One boundary file per unit set: the period is drawn on the file in force on its last day.
  const chosen = useMemo(() => boundariesForPeriod(config.boundaries, props.period), [config.boundaries, props.period]);
  const file = chosen?.file ?? null;
  const boundaries = useQuery({ ...boundariesQueries.file(file ?? PLACEHOLDER_FILE), enabled: file !== null });
  const context = useQuery({ ...boundariesQueries.context(config.mapContext ?? PLACEHOLDER_CONTEXT), enabled: config.mapContext !== undefined });
  const [method, setMethod] = useState<ClassificationChoice>(defaultClassification(props.thresholds));
  const [palette, setPalette] = useState<'sequential' | 'diverging'>('sequential');
  const present = useMemo(() => [...props.values.values()].filter((v): v is number => v !== null), [props.values]);
  const centre = props.centre ?? (present.length ? { value: present.reduce((a, b) => a + b, 0) / present.length, label: t('map.unitMean') } : null);
  const divergeAround = palette === 'diverging' && method !== 'fixed' ? (centre?.value ?? null) : null;

  // Figures by one unit set are never painted on the shapes of another, even where the codes coincide.
  const fileUnitSet = file?.unitSet;
  const chosenUnits = useMemo(
    () =>
      mapUnits({
        unitSet,
        fileUnitSet,
        districts: districts.map((d) => ({ code: d.code, name: d.fullName })),
        communeNames: new Map([...communesByCode].map(([code, u]) => [code, u.fullName])),
        shapeCodes: boundaries.data?.codes ?? null,
        valueCodes: [...props.values].flatMap(([code, value]) => (value === null ? [] : [code])),
      }),
    [unitSet, fileUnitSet, districts, communesByCode, boundaries.data, props.values],
  );
  const otherSet = chosenUnits.kind === 'other-set' ? chosenUnits : null;
  const units = chosenUnits.kind === 'units' ? chosenUnits.units : NO_UNITS;
  const unitNames = useMemo(() => new Map(units.map((u) => [u.code, u.name])), [units]);
  const unitCodes = useMemo(() => units.map((u) => u.code), [units]);
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

  const boundariesPending = file !== null && boundaries.isPending;
  const status: PanelStatus = props.status === 'error' || boundaries.isError ? 'error' : props.status === 'pending' || boundariesPending ? 'pending' : 'success';
  const periodLabel = formatPeriod(props.period, lang);
  const credits = [...new Set([...(file?.attribution ? [file.attribution] : []), ...(context.data && config.mapContext ? [config.mapContext.attribution] : [])])];
  const notes = mapNotes(chosen, config.periods.firstMonth, t, periodLabel);

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
          {boundaries.data && !otherSet && (
            <MapDownload
              boundaries={boundaries.data}
              context={context.data ?? null}
              credits={credits}
              values={props.values}
              scale={scale}
              names={unitNames}
              title={`${props.title} · ${periodLabel}${props.unitOfMeasure ? ` · ${props.unitOfMeasure}` : ''}`}
              period={props.period}
              formatValue={props.formatValue}
            />
          )}
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
      {notes.map((note) => (
        <p key={note} className="map-note" role="note">
          {note}
        </p>
      ))}
      {otherSet && (
        <p className="map-note" role="note">
          {t('mapPanel.otherSet', { values: otherSet.valueCount, shapes: otherSet.shapeCount === null ? '' : t('mapPanel.shapes', { count: otherSet.shapeCount }) })}
        </p>
      )}
      {boundaries.data && !otherSet && (
        <Suspense fallback={<div className="chart-placeholder" style={{ height: 420 }} />}>
          <ChoroplethMap
            boundaries={boundaries.data}
            context={context.data ?? null}
            credits={credits}
            values={props.values}
            previousValues={props.previousValues}
            scale={scale}
            unitNames={unitNames}
            unitCodes={unitCodes}
            selectedCode={unitCode}
            onSelect={toggleUnit}
            title={props.title}
            periodLabel={periodLabel}
            unitOfMeasure={props.unitOfMeasure}
            illustrative={file?.illustrative ?? false}
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
