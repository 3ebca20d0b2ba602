import { describe, expect, it } from 'vitest';
import { chainCrosswalks, composeCrosswalks, crosswalkBetween, reaggregate, type Counts } from './crosswalk';
import type { Crosswalk, CrosswalkLink } from './types';

const link = (from: string, to: string, relation: CrosswalkLink['relation'] = 'full'): CrosswalkLink => ({ from, to, relation });
const walk = (fromSet: string, toSet: string, links: CrosswalkLink[]): Crosswalk => ({ fromSet, toSet, effective: `${toSet}-01`, links });

/*
 * A toy province. Step 1 (→ "B"): a1 + a2 merge into b1; a3 carries on as b2; a4 carries on as b3.
 * Step 2 (→ "C"): b1 + b2 merge into c1; b3 is split between c2 and c3.
 */
const aToB = walk('A', 'B', [link('a1', 'b1'), link('a2', 'b1'), link('a3', 'b2'), link('a4', 'b3')]);
const bToC = walk('B', 'C', [link('b1', 'c1'), link('b2', 'c1'), link('b3', 'c2', 'partial'), link('b3', 'c3', 'partial')]);

const counts = (entries: Record<string, Counts>) => new Map(Object.entries(entries));

describe('reaggregate', () => {
  it('adds numerators and denominators of whole inputs (hand-checked sums)', () => {
    const result = reaggregate(counts({ a1: { resolved: 7, received: 10 }, a2: { resolved: 2, received: 5 }, a3: { resolved: 4, received: 4 }, a4: { resolved: 1, received: 3 } }), aToB);
    expect(result.units.get('b1')).toEqual({ status: 'comparable', counts: { resolved: 9, received: 15 }, inputs: ['a1', 'a2'] });
    expect(result.units.get('b2')).toEqual({ status: 'comparable', counts: { resolved: 4, received: 4 }, inputs: ['a3'] });
    expect(result.unmapped).toEqual([]);
  });

  it('keeps rates out: 7/10 and 2/5 re-aggregate to 9/15 = 60 %, not the mean of 70 % and 40 % (55 %)', () => {
    const b1 = reaggregate(counts({ a1: { n: 7, d: 10 }, a2: { n: 2, d: 5 } }), aToB).units.get('b1');
    if (b1?.status !== 'comparable') throw new Error('expected comparable');
    expect((b1.counts.n ?? 0) / (b1.counts.d ?? 1)).toBeCloseTo(0.6, 10);
  });

  it('marks every successor of a split unit "not comparable" and gives it no figures', () => {
    const result = reaggregate(counts({ b1: { n: 9 }, b2: { n: 4 }, b3: { n: 6 } }), bToC);
    expect(result.units.get('c1')).toEqual({ status: 'comparable', counts: { n: 13 }, inputs: ['b1', 'b2'] });
    expect(result.units.get('c2')).toEqual({ status: 'not-comparable', inputs: ['b3'], partialInputs: ['b3'] });
    expect(result.units.get('c3')).toEqual({ status: 'not-comparable', inputs: ['b3'], partialInputs: ['b3'] });
  });

  it('does not sum a unit with a silent input: it is "incomplete", naming the input', () => {
    const result = reaggregate(counts({ a1: { n: 7 } }), aToB);
    expect(result.units.get('b1')).toEqual({ status: 'incomplete', inputs: ['a1', 'a2'], missingInputs: ['a2'] });
  });

  it('reports figures of codes the crosswalk does not know', () => {
    expect(reaggregate(counts({ a1: { n: 1 }, a2: { n: 1 }, zz: { n: 5 } }), aToB).unmapped).toEqual(['zz']);
  });
});

describe('composeCrosswalks', () => {
  const aToC = composeCrosswalks(aToB, bToC);

  it('follows each old unit to its final unit(s)', () => {
    expect(aToC.fromSet).toBe('A');
    expect(aToC.toSet).toBe('C');
    expect(aToC.links).toEqual([link('a1', 'c1'), link('a2', 'c1'), link('a3', 'c1'), link('a4', 'c2', 'partial'), link('a4', 'c3', 'partial')]);
  });

  it('re-aggregates two steps at once: c1 = a1 + a2 + a3 = 7 + 2 + 4 = 13', () => {
    const result = reaggregate(counts({ a1: { n: 7 }, a2: { n: 2 }, a3: { n: 4 }, a4: { n: 1 } }), aToC);
    expect(result.units.get('c1')).toEqual({ status: 'comparable', counts: { n: 13 }, inputs: ['a1', 'a2', 'a3'] });
    expect(result.units.get('c2')?.status).toBe('not-comparable');
  });

  it('gives the same sums as two single steps', () => {
    const values = counts({ a1: { n: 7 }, a2: { n: 2 }, a3: { n: 4 }, a4: { n: 1 } });
    const stepwise = reaggregate(
      new Map([...reaggregate(values, aToB).units].flatMap(([code, u]) => (u.status === 'comparable' ? [[code, u.counts] as const] : []))),
      bToC,
    );
    const direct = reaggregate(values, aToC);
    expect(direct.units.get('c1')).toEqual({ ...stepwise.units.get('c1'), inputs: ['a1', 'a2', 'a3'] });
  });

  it('keeps a split-then-rejoined unit partial: its figures were split in between', () => {
    const split = walk('A', 'B', [link('a1', 'b1', 'partial'), link('a1', 'b2', 'partial')]);
    const rejoin = walk('B', 'C', [link('b1', 'c1'), link('b2', 'c1')]);
    expect(chainCrosswalks([split, rejoin]).links).toEqual([link('a1', 'c1', 'partial')]);
  });

  it('refuses crosswalks that do not chain, and gaps in the second one', () => {
    expect(() => composeCrosswalks(bToC, aToB)).toThrow(/do not chain/);
    expect(() => composeCrosswalks(aToB, walk('B', 'C', [link('b1', 'c1')]))).toThrow(/b2 of B is missing/);
  });
});

describe('crosswalkBetween', () => {
  it('chains the steps between two sets, whatever their order in the list', () => {
    expect(crosswalkBetween([bToC, aToB], 'A', 'C')?.links).toEqual(composeCrosswalks(aToB, bToC).links);
    expect(crosswalkBetween([bToC, aToB], 'B', 'C')).toEqual(bToC);
  });

  it('needs none within one set, and refuses to go back in time', () => {
    expect(crosswalkBetween([aToB, bToC], 'B', 'B')).toBeNull();
    expect(() => crosswalkBetween([aToB, bToC], 'C', 'A')).toThrow(/No crosswalk chain from unit set C to A/);
  });
});
