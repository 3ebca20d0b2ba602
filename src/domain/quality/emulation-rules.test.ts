import { describe, expect, it } from 'vitest';
import type { EmulationModel } from '../emulation';
import { emulationRules, MODEL_IDENTITY, REGISTRY_FIRST_YEAR } from './emulation-rules';
import { applyRules } from './rules';

const good: EmulationModel = {
  id: 'MH-0001',
  name: 'Mô hình',
  unitCode: '443',
  communeCode: null,
  fieldCode: 'KT',
  level: 'xa',
  yearRegistered: 2012,
  yearRecognised: 2013,
  yearExemplary: 2015,
  timesReplicated: 2,
  commendation: null,
};

const broken = (m: EmulationModel) => applyRules([m], emulationRules(2024), MODEL_IDENTITY).issues.map((i) => [i.ruleId, i.value, i.relation, i.bound]);

describe('"Dân vận khéo" registry rules', () => {
  it('accept a model whose dates follow each other inside the registry’s history', () => {
    expect(broken(good)).toEqual([]);
    expect(broken({ ...good, yearRecognised: null, yearExemplary: null })).toEqual([]);
  });

  it('flag a model named exemplary in 2008, before the registry’s first year, and never recognised', () => {
    const issues = broken({ ...good, yearRegistered: 2009, yearRecognised: null, yearExemplary: 2008 });
    expect(issues).toEqual([
      ['emulation.exemplary-in-history', 2008, '≥', REGISTRY_FIRST_YEAR],
      ['emulation.exemplary-needs-recognition', 2008, 'present', 'nam_cong_nhan'],
    ]);
  });

  it('flag years after the registry’s "as of" year and events out of order', () => {
    expect(broken({ ...good, yearRegistered: 2026, yearRecognised: null, yearExemplary: null })).toEqual([['emulation.registered-in-history', 2026, '≤', 2024]]);
    expect(broken({ ...good, yearRecognised: 2011 })).toEqual([['emulation.recognised-after-registered', 2011, '≥', 2012]]);
    expect(broken({ ...good, yearExemplary: 2012 })).toEqual([['emulation.exemplary-needs-recognition', 2012, '≥', 2013]]);
  });

  it('flag a negative replication count and name the model by its code', () => {
    const [issue] = applyRules([{ ...good, timesReplicated: -3 }], emulationRules(2024), MODEL_IDENTITY).issues;
    expect(issue).toMatchObject({ ruleId: 'emulation.replications-non-negative', recordId: 'MH-0001', unitCode: '443', period: '2012' });
  });
});
