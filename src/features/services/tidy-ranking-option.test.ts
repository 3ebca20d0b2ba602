import { describe, expect, it } from 'vitest';
import { buildRankingOption } from '../../components/chart/build-ranking-option';
import { tidyRankingOption } from './tidy-ranking-option';

describe('tidyRankingOption', () => {
  const built = buildRankingOption(
    [
      { code: '436', name: 'Thành phố Hà Tĩnh', value: 0.99 },
      { code: '444', name: 'Huyện Hương Khê', value: 0.9 },
    ],
    { format: (v) => `${(v * 100).toFixed(1)}%`, better: 'higher', target: { value: 0.95, label: 'Ngưỡng 95%' }, noDataLabel: '–' },
  );
  const tidy = tidyRankingOption(built, 120, (v) => `${Math.round(v * 100)}%`) as {
    xAxis: { axisLabel: { formatter: (v: number) => string } };
    yAxis: { data: string[]; axisLabel: { width: number; overflow: string } };
    series: Array<{ data: unknown[]; markLine: { data: Array<{ xAxis: number; label: { position: string; formatter: string } }> } }>;
  };

  it('cuts long names on the axis and drops decimals from the ticks', () => {
    expect(tidy.yAxis.axisLabel).toMatchObject({ width: 120, overflow: 'truncate' });
    expect(tidy.xAxis.axisLabel.formatter(0.25)).toBe('25%');
    expect(tidy.yAxis.data).toEqual(['Huyện Hương Khê', 'Thành phố Hà Tĩnh']);
  });

  it('keeps the threshold line, its label and the bars', () => {
    expect(tidy.series[0]?.markLine.data[0]).toMatchObject({ xAxis: 0.95, label: { position: 'end', formatter: 'Ngưỡng 95%' } });
    expect(tidy.series[0]?.data).toHaveLength(2);
  });
});
