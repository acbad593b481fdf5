import type { Db } from '../../storage/database.ts';
import { metaRepository } from '../../storage/meta.repository.ts';

const KEY = 'network.version';

/** A counter that moves whenever the network's places or ties change, so a cached graph knows it is stale. */
export async function networkVersion(db: Db): Promise<number> {
  return Number((await metaRepository.get(db, KEY)) ?? 0);
}

export async function bumpNetworkVersion(db: Db): Promise<number> {
  const next = (await networkVersion(db)) + 1;
  await metaRepository.set(db, KEY, String(next));
  return next;
}
