import { readJson, type Db } from './database.ts';
import type { Area } from '../domain/area.ts';

export const areaRepository = {
  async all(db: Db): Promise<(Area & { builtin: boolean })[]> {
    const rows = await db.selectFrom('areas').selectAll().orderBy('key').execute();
    return rows.map((r) => ({ key: r.key, labels: readJson<Area['labels']>(r.labels), builtin: r.builtin === 1 }));
  },

  async insert(db: Db, area: Area, builtin: boolean): Promise<void> {
    await db
      .insertInto('areas')
      .values({ key: area.key, labels: JSON.stringify(area.labels), builtin: builtin ? 1 : 0 })
      .execute();
  },

  async updateLabels(db: Db, area: Area): Promise<void> {
    await db
      .updateTable('areas')
      .set({ labels: JSON.stringify(area.labels) })
      .where('key', '=', area.key)
      .execute();
  },
};
