import { useTranslation } from 'react-i18next';
import type { Period } from '../../domain/period';
import type { ColorScale } from '../../domain/scale';
import { downloadBlob } from '../../lib/export/download';
import { exportFileName } from '../../lib/export/file-name';
import type { Boundaries } from '../../sources/boundaries';
import { DownloadFailure, useDownload } from '../download/use-download';

export interface MapDownloadProps {
  readonly boundaries: Boundaries;
  readonly context: Boundaries | null;
  /** Written on the picture: a map image pasted into a report carries its data credit. */
  readonly credits: readonly string[];
  readonly values: ReadonlyMap<string, number | null>;
  readonly scale: ColorScale;
  readonly names: ReadonlyMap<string, string>;
  /** Indicator, period and unit of measure. */
  readonly title: string;
  readonly period: Period;
  readonly formatValue: (value: number) => string;
}

/** Picture size in CSS pixels (doubled when rasterised): about the province's shape, with title and legend. */
export const MAP_PNG_SIZE = { width: 900, height: 820 } as const;

/** The map as a PNG: the same drawing and scale as the PDF pack (mapToSvg), with the title and the credits on it. */
export function MapDownload(props: MapDownloadProps) {
  const { t } = useTranslation();
  const download = useDownload();
  const downloadPng = async () => {
    // The drawing and rasterising code loads on the first download, not with the page.
    const [{ mapToSvg }, { svgToPngBlob }] = await Promise.all([import('../choropleth/map-to-svg'), import('../../lib/export/svg-to-png')]);
    const svg = mapToSvg(
      {
        features: props.boundaries.collection.features,
        context: props.context?.collection.features,
        credits: props.credits,
        values: props.values,
        scale: props.scale,
        names: props.names,
        formatValue: props.formatValue,
      },
      { ...MAP_PNG_SIZE, fontFamily: 'system-ui, sans-serif', fontSize: 16, legend: 'bottom', title: props.title, heading: props.title },
    );
    downloadBlob(await svgToPngBlob(svg, MAP_PNG_SIZE.width, MAP_PNG_SIZE.height), `${exportFileName('ban-do', props.period)}.png`);
  };
  return (
    <>
      <button type="button" className="button secondary small" onClick={() => void download.run('PNG', downloadPng)} aria-label={t('mapPanel.downloadPng')}>
        PNG
      </button>
      <DownloadFailure failure={download.failure} />
    </>
  );
}
