/** The continents, by their two-letter codes (apart from the country tables, so naming them loads nothing). */
export const CONTINENTS = ['AF', 'AN', 'AS', 'EU', 'NA', 'OC', 'SA'] as const;
export type Continent = (typeof CONTINENTS)[number];
