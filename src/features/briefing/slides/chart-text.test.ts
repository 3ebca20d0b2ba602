import { describe, expect, it } from 'vitest';
import { buildRankingOption } from '../../../components/chart/build-ranking-option';
import { scaleChartText, withReferenceLabelsOnTop, withValueLabels } from './chart-text';

/** The parts of an option these tests read. */
interface Shape {
  textStyle: { fontSize: number };
  xAxis: { axisLabel: { fontSize: number; formatter: (v: number) => string } };
  yAxis: { axisLabel: { fontSize: number }; data: string[] };
  series: Array<{
    data: Array<{ label: { fontSize: number } }>;
    markLine: { data: Array<{ label: { position: string; formatter: string } }> };
    label: { formatter: (p: { value: unknown }) => string };
  }>;
}
const shape = (o: unknown) => o as Shape;

describe('projector text scale', () => {
  const format = (v: number) => `${v}%`;
  const option = buildRankingOption(
    [
      { code: '443', name: 'Huyện Can Lộc', value: 80 },
      { code: '441', name: 'Huyện Vũ Quang', value: 50 },
    ],
    { format, better: 'higher', reference: { value: 70, label: 'Toàn tỉnh' }, noDataLabel: '–' },
  );

  it('multiplies set sizes, sizes the texts left to the default, and keeps formatters and data', () => {
    const scaled = shape(scaleChartText(option, 2));
    expect(scaled.yAxis.axisLabel.fontSize).toBe(24);
    expect(scaled.xAxis.axisLabel.fontSize).toBe(24);
    expect(scaled.textStyle.fontSize).toBe(24);
    expect(scaled.series[0]?.data[0]?.label.fontSize).toBe(24);
    expect(scaled.yAxis.data).toEqual(['Huyện Vũ Quang', 'Huyện Can Lộc']);
    expect(typeof scaled.xAxis.axisLabel.formatter).toBe('function');
    expect(scaled.xAxis.axisLabel.formatter(5)).toBe('5%');
    // The input is left as it was.
    expect(shape(option).yAxis.axisLabel.fontSize).toBe(12);
    expect(scaleChartText(option, 1)).toBe(option);
  });

  it('puts the reference label above the line and value labels on bars', () => {
    const onTop = shape(withReferenceLabelsOnTop(option));
    expect(onTop.series[0]?.markLine.data[0]?.label.position).toBe('end');
    expect(onTop.series[0]?.markLine.data[0]?.label.formatter).toBe('Toàn tỉnh');
    const labelled = shape(withValueLabels({ series: [{ type: 'bar', data: [0.5, null] }] }, (v) => `${v * 100}%`));
    expect(labelled.series[0]?.label.formatter({ value: 0.5 })).toBe('50%');
    expect(labelled.series[0]?.label.formatter({ value: null })).toBe('');
  });
});
