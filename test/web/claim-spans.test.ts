import { describe, expect, it } from 'vitest';
import { claimTree, groupClaims, type TextNode } from '../../web/src/lib/claim-spans.ts';

/** The tree written out: [g…] around each mark, `*` after a mark that continues a cut group. */
function show(nodes: TextNode[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.text : `[${n.group}${n.first ? '' : '*'} ${show(n.children)}]`)).join('');
}

describe('claims as marks in their text', () => {
  const text = 'Vice Mayor Wang signed the MOU with Cheryomin.';

  it('groups claims on the same words and nests a claim inside the sentence that holds it', () => {
    const claims = [
      { start: 0, end: 46 }, // the signing
      { start: 0, end: 46 }, // the tie, on the same words
      { start: 0, end: 15 }, // a signatory
      { start: 36, end: 45 }, // the other
    ];
    const groups = groupClaims(claims);
    expect(groups).toEqual([
      { start: 0, end: 46, claims: [0, 1] },
      { start: 0, end: 15, claims: [2] },
      { start: 36, end: 45, claims: [3] },
    ]);
    expect(show(claimTree(text, groups))).toBe('[0 [1 Vice Mayor Wang] signed the MOU with [2 Cheryomin].]');
  });

  it('cuts a claim that crosses another’s end, so that the marks nest, and keeps its first piece the one to focus', () => {
    const groups = groupClaims([
      { start: 0, end: 15 },
      { start: 11, end: 30 },
      { start: 40, end: 40 },
    ]);
    expect(groups).toHaveLength(2);
    expect(show(claimTree(text, groups))).toBe('[0 Vice Mayor [1 Wang]][1*  signed the MOU] with Cheryomin.');
    const words = (nodes: TextNode[]): string => nodes.map((n) => (n.type === 'text' ? n.text : words(n.children))).join('');
    expect(words(claimTree(text, groups))).toBe(text);
  });

  it('marks a claim at every place the text states it', () => {
    const groups = groupClaims([
      {
        start: 0,
        end: 10,
        spans: [
          { start: 0, end: 10 },
          { start: 20, end: 30 },
        ],
      },
      { start: 20, end: 30 },
    ]);
    expect(groups).toEqual([
      { start: 0, end: 10, claims: [0] },
      { start: 20, end: 30, claims: [0, 1] },
    ]);
  });
});
