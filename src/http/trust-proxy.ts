import { isIP } from 'node:net';
import { AmityError } from '../domain/errors.ts';

/**
 * Which proxies in front of the server may say who the client is through `X-Forwarded-For`: a
 * number of hops (the last n addresses are proxies), or the proxies' own addresses and networks.
 * Trusting every address is not offered, since any client could then name itself and escape the
 * per-address login limit.
 */
export type TrustedProxies = number | string[];

const isAddressOrNetwork = (entry: string) => {
  const [address = '', bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
};

/** `--trust-proxy 1`, `--trust-proxy 10.0.0.5,10.1.0.0/16`; undefined or empty trusts none. */
export function parseTrustedProxies(value: string | undefined): TrustedProxies | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops < 1 || hops > 10) throw new AmityError('validation', '--trust-proxy: give between 1 and 10 hops');
    return hops;
  }
  const entries = text
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  const wrong = entries.filter((e) => !isAddressOrNetwork(e));
  if (wrong.length > 0) {
    throw new AmityError(
      'validation',
      `--trust-proxy: '${wrong.join("', '")}' is neither a number of hops nor a proxy's address or network (10.0.0.5, 10.0.0.0/8)`,
    );
  }
  return entries;
}

/** Fastify's `trustProxy` for the given proxies: a number of hops counts from the server outwards. */
export function trustProxyOption(proxies: TrustedProxies | undefined): string[] | ((address: string, hop: number) => boolean) | false {
  if (proxies === undefined) return false;
  if (typeof proxies === 'number') return (_address, hop) => hop < proxies;
  return proxies;
}
