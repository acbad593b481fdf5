import { AmityError } from '../../domain/errors.ts';
import { loginAttemptRepository } from '../../storage/account.repository.ts';
import type { Db } from '../../storage/database.ts';

/**
 * Requests for heavy work (claim checks, reports, the world network's analyses) are counted per
 * address over a minute, in the database as failed logins are, so every server sharing it sees
 * the same count. Signed-in staff are not counted.
 */
const WINDOW_MS = 60_000;
export const HEAVY_REQUESTS_PER_MINUTE = 60;

export const heavyWorkLimit = {
  async take(db: Db, ip: string, now: Date, perMinute = HEAVY_REQUESTS_PER_MINUTE): Promise<void> {
    const key = `heavy:${ip}`;
    // Counted in one statement before the work starts, so parallel requests each see their own count.
    const row = await loginAttemptRepository.hit(db, key, now.toISOString(), new Date(now.getTime() - WINDOW_MS).toISOString());
    if (row.failures <= perMinute) return;
    const retryAfter = Math.max(1, Math.ceil((Date.parse(row.window_start) + WINDOW_MS - now.getTime()) / 1000));
    throw new AmityError(
      'rate_limited',
      `at most ${perMinute} requests for checks, reports and network analyses a minute from one address; try again in ${retryAfter} s`,
      [],
      {
        retryAfter,
      },
    );
  },
};
