import { z } from 'zod';
import { parseOrThrow } from '../../domain/errors.ts';
import { DEFAULT_HEALTH_SETTINGS, HealthSettingsSchema, type HealthSettings } from '../../domain/health.ts';
import { assertCanAdminister } from '../../domain/permissions.ts';
import { readJson, type Db } from '../../storage/database.ts';
import { settingsRepository } from '../../storage/settings.repository.ts';
import { inTransaction, type Ctx } from '../context.ts';
import { writeAudit } from '../records.ts';

/** How far ahead reminders look by default. */
export const ReminderSettingsSchema = z.object({
  anniversaryEvery: z.number().int().min(1).max(25),
  expiryHorizonDays: z.number().int().min(1).max(3650),
});
export type ReminderSettings = z.infer<typeof ReminderSettingsSchema>;
export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = { anniversaryEvery: 5, expiryHorizonDays: 180 };

const SETTINGS = {
  health: { schema: HealthSettingsSchema, defaults: DEFAULT_HEALTH_SETTINGS },
  reminders: { schema: ReminderSettingsSchema, defaults: DEFAULT_REMINDER_SETTINGS },
} as const;
type Key = keyof typeof SETTINGS;
type Value<K extends Key> = K extends 'health' ? HealthSettings : ReminderSettings;

/** The office's settings, each with its defaults until an administrator changes it. */
export const settingsService = {
  async get<K extends Key>(db: Db, key: K): Promise<Value<K>> {
    const row = await settingsRepository.get(db, key);
    if (!row) return SETTINGS[key].defaults as Value<K>;
    const parsed = SETTINGS[key].schema.safeParse(readJson(row.value));
    return (parsed.success ? parsed.data : SETTINGS[key].defaults) as Value<K>;
  },

  async set<K extends Key>(ctx: Ctx, key: K, value: unknown): Promise<Value<K>> {
    assertCanAdminister(ctx.actor, 'change the settings');
    const parsed = parseOrThrow(SETTINGS[key].schema, value, `${key} settings`) as Value<K>;
    return inTransaction(ctx.db, async (db) => {
      const before = await this.get(db, key);
      const now = ctx.now().toISOString();
      await settingsRepository.put(db, key, JSON.stringify(parsed), now);
      await writeAudit(db, ctx, 'update', 'settings', key, null, { [key]: { before, after: parsed } });
      return parsed;
    });
  },
};
