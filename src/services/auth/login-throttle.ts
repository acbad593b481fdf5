import { AmityError } from '../../domain/errors.ts';
import { loginAttemptRepository } from '../../storage/account.repository.ts';
import type { Db } from '../../storage/database.ts';

/**
 * Failed logins are counted in the database, per account and per address, over a
 * fifteen-minute window, so every server sharing the database sees the same count.
 */
const WINDOW_MS = 15 * 60_000;
export const LOGIN_LIMITS = { account: 5, address: 30 } as const;

const keys = (email: string, ip: string) => [
  { key: `account:${email}`, limit: LOGIN_LIMITS.account },
  { key: `address:${ip}`, limit: LOGIN_LIMITS.address },
];

export const loginThrottle = {
  async assertAllowed(db: Db, email: string, ip: string, now: Date): Promise<void> {
    for (const { key, limit } of keys(email, ip)) {
      const row = await loginAttemptRepository.get(db, key);
      if (!row) continue;
      const ends = Date.parse(row.window_start) + WINDOW_MS;
      if (row.failures >= limit && ends > now.getTime()) {
        const retryAfter = Math.ceil((ends - now.getTime()) / 1000);
        throw new AmityError('rate_limited', `too many failed logins; try again in ${Math.ceil(retryAfter / 60)} minutes`, [], {
          retryAfter,
        });
      }
    }
  },

  async recordFailure(db: Db, email: string, ip: string, now: Date): Promise<void> {
    const windowStartsAfter = new Date(now.getTime() - WINDOW_MS).toISOString();
    for (const { key } of keys(email, ip)) await loginAttemptRepository.fail(db, key, now.toISOString(), windowStartsAfter);
  },

  async clear(db: Db, email: string): Promise<void> {
    await loginAttemptRepository.clear(db, `account:${email}`);
  },
};
