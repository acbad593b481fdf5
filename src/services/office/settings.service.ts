import { parseOrThrow } from '../../domain/errors.ts';
import { DEFAULT_HEALTH_SETTINGS, HealthSettingsSchema, type HealthSettings } from '../../domain/health.ts';
import { assertCanAdminister } from '../../domain/permissions.ts';
import { ReminderSettingsSchema, type ReminderSettings } from '../../http/contract/office.ts';
import { readJson, type Db } from '../../storage/database.ts';
import { settingsRepository } from '../../storage/settings.repository.ts';
import { inTransaction, type Ctx } from '../context.ts';
import { writeAudit } from '../generic-record.service.ts';

/** How far ahead reminders look is part of the API's contract (src/http/contract/office.ts). */
export { ReminderSettingsSchema, type ReminderSettings };
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

export interface OfficeSettings {
  health: HealthSettings;
  reminders: ReminderSettings;
}

/** The health weights and the reminder horizons, as they stand. */
export async function officeSettings(ctx: Ctx): Promise<OfficeSettings> {
  return { health: await settingsService.get(ctx.db, 'health'), reminders: await settingsService.get(ctx.db, 'reminders') };
}

/**
 * Changes the health weights, the reminder horizons or both, in one transaction: when one is
 * refused neither changes. Answers the settings as they then stand.
 */
export async function changeSettings(ctx: Ctx, changes: { health?: unknown; reminders?: unknown }): Promise<OfficeSettings> {
  return inTransaction(ctx.db, async (db) => {
    const tx = { ...ctx, db };
    if (changes.health) await settingsService.set(tx, 'health', changes.health);
    if (changes.reminders) await settingsService.set(tx, 'reminders', changes.reminders);
    return officeSettings(tx);
  });
}
