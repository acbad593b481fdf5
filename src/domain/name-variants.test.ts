import { describe, expect, it } from 'vitest';
import { normalizeWords, qualifierCountry, umlautsWrittenOut, withoutQualifiers } from './name-variants.ts';

describe('name variants', () => {
  it.each([
    ['Houston TX', 'Houston'],
    ['Houston, Texas', 'Houston'],
    ['Moscow, Russia', 'Moscow'],
    ['Vienne (département)', 'Vienne'],
    ['Portland, OR', 'Portland'],
  ])('strip what places %s', (text, stripped) => {
    expect(withoutQualifiers(text)).toBe(stripped);
  });

  it('name the country a qualifier points at', () => {
    expect(qualifierCountry('Houston TX')).toBe('US');
    expect(qualifierCountry('Houston, Texas')).toBe('US');
    expect(qualifierCountry('Moscow, Russia')).toBe('RU');
    expect(qualifierCountry('Sa Pa')).toBeNull();
    expect(qualifierCountry('Houston')).toBeNull();
  });

  it('leave names that only look qualified', () => {
    expect(withoutQualifiers('Sa Pa')).toBeNull();
    expect(withoutQualifiers('Frankfurt am Main')).toBeNull();
    expect(withoutQualifiers('Houston')).toBeNull();
  });

  it('write one spelling of each word', () => {
    expect(normalizeWords('st petersburg')).toBe('saint petersburg');
    expect(normalizeWords('sankt petersburg')).toBe('saint petersburg');
    expect(normalizeWords('world innovative cities cooperation organisation')).toBe('world innovative cities cooperation organization');
    expect(normalizeWords('traffic command centre')).toBe('traffic command center');
  });

  it('write umlauts out', () => {
    expect(umlautsWrittenOut('Nürnberg')).toBe('Nuernberg');
    expect(umlautsWrittenOut('Österreich')).toBe('Oesterreich');
    expect(umlautsWrittenOut('Berlin')).toBeNull();
  });
});
