import { describe, expect, it } from 'vitest';
import { parseTrustedProxies } from './trust-proxy.ts';

describe('--trust-proxy', () => {
  it('takes a number of hops or the proxies’ addresses and networks', () => {
    expect(parseTrustedProxies('1')).toBe(1);
    expect(parseTrustedProxies('10.0.0.5, 10.1.0.0/16,::1')).toEqual(['10.0.0.5', '10.1.0.0/16', '::1']);
    expect(parseTrustedProxies(undefined)).toBeUndefined();
    expect(parseTrustedProxies(' ')).toBeUndefined();
  });

  it.each(['true', 'all', '*', '0', '11', '10.0.0.0/33', 'proxy.example'])(
    'refuses %s, which would trust every address or none it names',
    (value) => {
      expect(() => parseTrustedProxies(value)).toThrow(/--trust-proxy/);
    },
  );
});
