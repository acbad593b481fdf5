import { z } from 'zod';
import { patterned } from './issue-codes.ts';

/** The controlled vocabulary of cooperation areas; the office may add keys of its own. */
export const AreaKeySchema = patterned(/^[a-z][a-z0-9_]{1,40}$/, 'area_key', 'not an area key (lower case letters, digits and _)');
export type AreaKey = z.infer<typeof AreaKeySchema>;

export const AreaSchema = z.object({
  key: AreaKeySchema,
  labels: z.object({
    zh: z.string().trim().min(1).max(100),
    en: z.string().trim().min(1).max(100),
    ru: z.string().trim().min(1).max(100).optional(),
  }),
});
export type Area = z.infer<typeof AreaSchema>;

export const BUILTIN_AREAS: Area[] = [
  { key: 'economy_trade', labels: { zh: '经贸', en: 'Economy and trade', ru: 'Экономика и торговля' } },
  { key: 'science_technology', labels: { zh: '科技', en: 'Science and technology', ru: 'Наука и технологии' } },
  { key: 'transport', labels: { zh: '交通', en: 'Transport', ru: 'Транспорт' } },
  { key: 'culture', labels: { zh: '文化', en: 'Culture', ru: 'Культура' } },
  { key: 'education', labels: { zh: '教育', en: 'Education', ru: 'Образование' } },
  { key: 'health', labels: { zh: '医疗卫生', en: 'Health', ru: 'Здравоохранение' } },
  { key: 'tourism', labels: { zh: '旅游', en: 'Tourism', ru: 'Туризм' } },
  { key: 'environment', labels: { zh: '环保', en: 'Environment', ru: 'Экология' } },
  { key: 'urban_management', labels: { zh: '城市管理', en: 'Urban management', ru: 'Городское управление' } },
  { key: 'sport', labels: { zh: '体育', en: 'Sport', ru: 'Спорт' } },
  { key: 'youth', labels: { zh: '青少年', en: 'Youth', ru: 'Молодёжь' } },
  { key: 'other', labels: { zh: '其他', en: 'Other', ru: 'Другое' } },
];
