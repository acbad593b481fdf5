import { describe, expect, it } from 'vitest';
import { canCreate, prefillFor, type ClaimLike } from '../../web/src/lib/claim-prefill.ts';

const anniversary: ClaimLike = {
  text: '深圳与波尔图结好5周年',
  lang: 'zh',
  verdict: 'unknown',
  normalised: {
    kind: 'anniversary',
    placeIds: ['pl_sz', null],
    placeNames: ['深圳', '波尔图'],
    years: 5,
    inYear: 2024,
    impliesEstablished: null,
  },
  propose: { kind: 'partnership', placeA: '深圳', placeB: '波尔图', placeAId: 'pl_sz', placeBId: null, type: null, established: '2019' },
};

describe('the record proposed for a claim the registry cannot check', () => {
  it('opens a new tie with the places and the founding year the claim implies', () => {
    expect(canCreate(anniversary)).toBe(true);
    expect(prefillFor(anniversary, null)).toEqual({
      kind: 'partnership',
      data: {
        placeAId: 'pl_sz',
        placeBId: null,
        history: [{ kind: 'established', date: '2019', recordedOn: null, type: null, status: null, note: null }],
      },
    });
  });

  it('adds a type change to the tie an upgrade is about, and a title to the person', () => {
    const upgrade = {
      ...anniversary,
      propose: { kind: 'type_change', partnershipId: 'pa_1', type: 'sister_city', date: '2021-11-22' },
    } as const;
    expect(prefillFor(upgrade, null)).toMatchObject({
      kind: 'partnership',
      id: 'pa_1',
      append: { field: 'history', item: { kind: 'type_changed' } },
    });
    const title = {
      ...anniversary,
      propose: { kind: 'position', person: '陶永欣', personId: null, title: '常务副市长', titleLang: 'zh', from: null },
    } as const;
    expect(prefillFor(title, null)).toMatchObject({
      kind: 'person',
      data: { names: { zh: '陶永欣' }, positions: [{ title: { zh: '常务副市长' } }] },
    });
  });

  it('offers nothing for a claim the registry could check', () => {
    expect(canCreate({ ...anniversary, verdict: 'supported' })).toBe(false);
  });
});
