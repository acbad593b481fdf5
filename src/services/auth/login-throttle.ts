import { AmityError } from '../../domain/errors.ts';
import { loginAttemptRepository } from '../../storage/account.repository.ts';
import type { Db } from '../../storage/database.ts';

/**
 * Login attempts are counted in the database, per account and per address, over a fifteen-minute
 * window, so every server sharing the database sees the same count. An attempt is counted in one
 * statement before its password is checked, so of N parallel guesses at most the limit are judged;
 * a login that succeeds clears its account's count and takes its own attempt back from the address.
 */
const WINDOW_MS = 15 * 60_000;
export const LOGIN_LIMITS = { account: 5, address: 30 } as const;

const keys = (email: string, ip: string) => [
  { key: `account:${email}`, limit: LOGIN_LIMITS.account },
  { key: `address:${ip}`, limit: LOGIN_LIMITS.address },
];

export const loginThrottle = {
  /** Counts this attempt against the account and the address; refuses it (429) past either limit. */
  async claim(db: Db, email: string, ip: string, now: Date): Promise<void> {
    const windowStartsAfter = new Date(now.getTime() - WINDOW_MS).toISOString();
    let retryAfter = 0;
    for (const { key, limit } of keys(email, ip)) {
      const row = await loginAttemptRepository.hit(db, key, now.toISOString(), windowStartsAfter);
      if (row.failures > limit)
        retryAfter = Math.max(retryAfter, Math.ceil((Date.parse(row.window_start) + WINDOW_MS - now.getTime()) / 1000));
    }
    if (retryAfter > 0) {
      throw new AmityError('rate_limited', `too many failed logins; try again in ${Math.ceil(retryAfter / 60)} minutes`, [], {
        retryAfter,
      });
    }
  },

  async succeeded(db: Db, email: string, ip: string): Promise<void> {
    await loginAttemptRepository.clear(db, `account:${email}`);
    await loginAttemptRepository.forgive(db, `address:${ip}`);
  },
};
