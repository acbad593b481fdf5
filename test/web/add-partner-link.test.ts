import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/http/contract/claims.ts';
import { addPartnerLink } from '../../web/src/lib/add-partner-link.ts';

type Claim = CheckResult['claims'][number];

const claim = (normalised: Claim['normalised'], evidence: Claim['evidence'] = []): Claim => ({
  text: 'Shenzhen and Vilnius became friendly exchange cities in June 2017.',
  start: 0,
  end: 66,
  spans: [{ start: 0, end: 66 }],
  kind: normalised.kind,
  verdict: 'unknown',
  evidence,
  note: '',
  notes: { zh: '', en: '' },
  normalised,
  paragraph: 0,
  lang: 'en',
});

describe('the add-a-partner screen opened from a checked claim', () => {
  const tie = {
    kind: 'relationship' as const,
    placeIds: ['pl_vilnius', 'pl_shenzhen'] as [string, string],
    type: 'friendly_exchange_city' as const,
    typeWords: 'friendly exchange cities',
    date: '2017-06',
    areas: [],
  };

  it('names the partner, the home side, the type, the date, the quote and the source', () => {
    const evidence = [{ entity: 'place' as const, id: 'pl_vilnius', label: { zh: '维尔纽斯', en: 'Vilnius' }, detail: null, sources: [] }];
    const url = new URL(addPartnerLink(claim(tie, evidence), 'pl_shenzhen', 'so_text', 'zh')!, 'http://x');
    expect(url.pathname).toBe('/staff/add-partner');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      partner: '维尔纽斯',
      home: 'pl_shenzhen',
      type: 'friendly_exchange_city',
      date: '2017-06',
      quote: 'Shenzhen and Vilnius became friendly exchange cities in June 2017.',
      source: 'so_text',
    });
  });

  it('passes the partner by id when the claim names no label, leaves out an ambiguous type, and ignores other claims', () => {
    const url = new URL(addPartnerLink(claim({ ...tie, type: 'ambiguous' }), 'pl_shenzhen', null, 'en')!, 'http://x');
    expect(url.searchParams.get('partnerId')).toBe('pl_vilnius');
    expect(url.searchParams.has('type')).toBe(false);
    expect(url.searchParams.has('source')).toBe(false);
    expect(addPartnerLink(claim({ kind: 'figure', places: 93 }), 'pl_shenzhen', null, 'en')).toBeNull();
  });

  it('names a partner the registry lacks as the text writes it', () => {
    const unknown = { ...tie, placeIds: ['pl_shenzhen', null] as [string, null], placeNames: ['Shenzhen', 'Kaunas'] as [string, string] };
    const url = new URL(addPartnerLink(claim(unknown), 'pl_shenzhen', null, 'zh')!, 'http://x');
    expect([url.searchParams.get('partner'), url.searchParams.get('home'), url.searchParams.has('partnerId')]).toEqual([
      'Kaunas',
      'pl_shenzhen',
      false,
    ]);
  });
});
