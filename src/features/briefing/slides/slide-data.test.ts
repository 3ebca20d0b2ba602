import { describe, expect, it } from 'vitest';
import type { Period } from '../../../domain/period';
import { complaintValues } from '../../../domain/indicators/value-functions';
import {
  complaintsSlideData,
  disclosureSlideData,
  emulationSlideData,
  overviewSlideData,
  receptionSnapshot,
  servicesSlideData,
  stockYearOf,
} from './slide-data';
import { complaintDataOf, districtFigures, unitsBelowMinimum } from '../../complaints/complaint-view';
import { caseFileYear, complaintYear, disclosureQuarter, DISTRICTS, model, scope } from './test-fixtures';

const year2024: Period = { kind: 'year', year: 2024 };

const complaints = new Map([
  [
    2024,
    complaintYear(2024, {
      '443': { received: 10, within: 8, resolved: 6, overLevel: 1, sessions: 2 },
      '441': { received: 5, within: 4, resolved: 4, overLevel: 0, sessions: 1 },
    }),
  ],
  [
    2023,
    complaintYear(2023, {
      '443': { received: 9, within: 8, resolved: 4, overLevel: 0, sessions: 2 },
      '441': { received: 5, within: 4, resolved: 2, overLevel: 0, sessions: 2 },
    }),
  ],
]);

describe('complaints slide data', () => {
  const data = complaintsSlideData(complaints, scope(year2024));

  it('pools resolved over within-jurisdiction for the province and per unit, against the same period last year', () => {
    expect(data.primary.province.value).toBeCloseTo(120 / 144, 10);
    expect(data.primary.province.comparison).toBeCloseTo(72 / 144, 10);
    expect(data.primary.units.map((u) => [u.code, u.value, u.comparison])).toEqual([
      ['443', 0.75, 0.5],
      ['441', 1, 0.5],
    ]);
  });

  it('gives each unit exactly the figure the Overview shows with that unit chosen', () => {
    for (const u of data.primary.units) expect(u.value).toBe(complaintValues(complaints, new Set([u.code])).resolutionRate(year2024));
  });

  it('counts petitions and petitions sent over the competent level', () => {
    const [received, overLevel] = data.secondary;
    expect(received?.province).toEqual({ value: 180, comparison: 168 });
    expect(overLevel?.units.map((u) => u.value)).toEqual([12, 0]);
  });

  it('flags the chair below the monthly minimum of reception sessions', () => {
    expect(data.shortfall?.rows).toEqual([
      { code: '443', name: 'Huyện Can Lộc', actual: 24, required: 24 },
      { code: '441', name: 'Huyện Vũ Quang', actual: 12, required: 24 },
    ]);
    expect(data.shortfall?.check.failing.map((f) => f.code)).toEqual(['441']);
    expect(data.shortfall?.province).toEqual({ actual: 36, required: 48 });
    expect(receptionSnapshot(complaints, scope(year2024)).units.map((u) => u.value)).toEqual([1, 0.5]);
  });

  it('has no figure for a period with a month missing, and no comparison before the data begin', () => {
    const partial = new Map([[2024, complaintYear(2024, { '443': { received: 1, within: 1, resolved: 1, overLevel: 0, sessions: 2 } }).filter((r) => r.month !== '2024-12')]]);
    expect(complaintsSlideData(partial, scope(year2024)).primary.province.value).toBeNull();
    expect(complaintsSlideData(partial, scope({ kind: 'quarter', year: 2024, index: 3 })).primary.province.value).toBe(1);
    const first = complaintsSlideData(new Map([[2017, complaintYear(2017, { '443': { received: 1, within: 2, resolved: 1, overLevel: 0, sessions: 2 } })]]), scope({ kind: 'year', year: 2017 }));
    expect(first.primary.province).toEqual({ value: 0.5, comparison: null });
  });
});

describe('services slide data', () => {
  const caseFiles = new Map([
    [
      2024,
      caseFileYear(2024, {
        '443': { online: 6, inPerson: 4, onTime: 9, late: 1 },
        '441': { online: 1, inPerson: 3, onTime: 4, late: 0 },
        'DEPT.1': { online: 3, inPerson: 3, onTime: 5, late: 5, department: true },
      }),
    ],
    [
      2023,
      caseFileYear(2023, {
        '443': { online: 4, inPerson: 6, onTime: 9, late: 1 },
        '441': { online: 1, inPerson: 3, onTime: 4, late: 0 },
        'DEPT.1': { online: 3, inPerson: 3, onTime: 5, late: 5, department: true },
      }),
    ],
  ]);
  const data = servicesSlideData(caseFiles, scope(year2024));

  it('includes the departments in the province figure and ranks only the districts', () => {
    expect(data.primary.province).toEqual({ value: 0.5, comparison: 0.4 });
    expect(data.primary.units.map((u) => [u.code, u.value, u.comparison])).toEqual([
      ['443', 0.6, 0.4],
      ['441', 0.25, 0.25],
    ]);
    expect(data.secondary[0]?.province.value).toBe(0.75);
    expect(data.secondary[0]?.units.map((u) => u.value)).toEqual([0.9, 1]);
  });
});

describe('disclosure slide data', () => {
  const rows = [
    disclosureQuarter('443', '2022-Q3', 'PL34_2007', 110, 55, 10, 10),
    disclosureQuarter('441', '2022-Q3', 'PL34_2007', 110, 110, 10, 10),
    disclosureQuarter('443', '2023-Q3', 'LUAT10_2022', 140, 70, 10, 10),
    disclosureQuarter('441', '2023-Q3', 'LUAT10_2022', 140, 126, 10, 9),
    disclosureQuarter('443', '2023-Q2', 'PL34_2007', 110, 88, 10, 10),
    disclosureQuarter('441', '2023-Q2', 'PL34_2007', 110, 99, 10, 10),
    disclosureQuarter('443', '2022-Q2', 'PL34_2007', 110, 77, 10, 10),
    disclosureQuarter('441', '2022-Q2', 'PL34_2007', 110, 77, 10, 10),
  ];

  it('pools on-time contents over required ones and counts reports filed', () => {
    const data = disclosureSlideData(rows, scope({ kind: 'quarter', year: 2023, index: 3 }));
    expect(data.primary.province).toEqual({ value: 0.7, comparison: 0.75 });
    expect(data.primary.units.map((u) => u.value)).toEqual([0.5, 0.9]);
    expect(data.shortfall?.check.failing).toEqual([{ code: '441', name: 'Huyện Vũ Quang', actual: 9, required: 10 }]);
    expect(data.shortfall?.province).toEqual({ actual: 19, required: 20 });
  });

  it('says when the period and its comparison were measured against different legal lists', () => {
    expect(disclosureSlideData(rows, scope({ kind: 'quarter', year: 2023, index: 3 })).basisChanged).toBe(true);
    expect(disclosureSlideData(rows, scope({ kind: 'quarter', year: 2023, index: 2 })).basisChanged).toBe(false);
  });

  it('shows the quarter of a month period', () => {
    expect(disclosureSlideData(rows, scope({ kind: 'month', year: 2023, index: 8 })).quarterShown).toBe('2023-Q3');
  });
});

describe('emulation slide data', () => {
  const models = [model('1', '443', 2016), model('2', '443', 2022, 2023), model('3', '443', 2023), model('4', '441', 2020, 2021)];

  it('counts stocks at the end of the year, a shorter period at the end of the year before', () => {
    expect(stockYearOf({ kind: 'quarter', year: 2023, index: 2 })).toBe(2022);
    const q = emulationSlideData(models, scope({ kind: 'quarter', year: 2023, index: 2 }));
    expect(q.stockYear).toBe(2022);
    expect(q.primary.province).toEqual({ value: 3, comparison: 2 });
    expect(q.primary.units.map((u) => [u.value, u.comparison])).toEqual([
      [2, 1],
      [1, 1],
    ]);
    const y = emulationSlideData(models, scope({ kind: 'year', year: 2023 }));
    expect(y.primary.province.value).toBe(4);
    expect(y.secondary[0]?.province).toEqual({ value: 2, comparison: 1 });
  });
});

describe('overview slide data', () => {
  it('takes the Overview KPI of each theme, and nothing for a system that failed', () => {
    const data = overviewSlideData({ complaints, caseFiles: null, disclosure: null, models: [model('1', '443', 2016)] }, scope(year2024));
    expect(data.figures.complaintResolution.value).toBeCloseTo(120 / 144, 10);
    expect(data.figures.received).toEqual({ value: 180, comparison: 168 });
    expect(data.figures.onlineShare).toEqual({ value: null, comparison: null });
    expect(data.figures.models).toEqual({ value: 1, comparison: 1 });
    expect(data.stockYear).toBe(2024);
  });
});

describe('"below the minimum" on the slide and on the complaints page', () => {
  it('names the same units: a chair who missed one month is below it, even with a full total for the year', () => {
    const records = complaintYear(2024, {
      '443': { received: 1, within: 1, resolved: 1, overLevel: 0, sessions: 2 },
      '441': { received: 1, within: 1, resolved: 1, overLevel: 0, sessions: 2 },
    }).map((r) => (r.unitCode === '443' && r.month === '2024-01' ? { ...r, chairSessions: { regular: 0, adHoc: 0 } } : r.unitCode === '443' && r.month === '2024-02' ? { ...r, chairSessions: { regular: 4, adHoc: 0 } } : r));
    const slide = complaintsSlideData(new Map([[2024, records]]), scope(year2024));
    const page = unitsBelowMinimum(districtFigures(complaintDataOf(records), year2024, DISTRICTS.map((d) => ({ code: d.code, name: d.fullName }))));
    expect(slide.shortfall?.check.failing.map((f) => f.code)).toEqual(['443']);
    expect(page.map((f) => f.code)).toEqual(['443']);
  });
});

describe('"Dân vận khéo" on the slides uses the stock rule of the theme page', () => {
  it('compares 2017 with the 2016 year end, which the registry holds although monthly data begin in 2017', () => {
    const models = [model('a', '443', 2012), model('b', '443', 2016), model('c', '441', 2017)];
    const data = emulationSlideData(models, scope({ kind: 'year', year: 2017 }));
    expect(data.primary.province).toEqual({ value: 3, comparison: 2 });
    const overview = overviewSlideData({ complaints: null, caseFiles: null, disclosure: null, models }, scope({ kind: 'year', year: 2017 }));
    expect(overview.figures.models).toEqual({ value: 3, comparison: 2 });
  });
});
