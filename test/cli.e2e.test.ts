import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeEachBackend, POSTGRES_URL } from './support/backends.ts';
import { amity } from './support/cli.ts';

// Each test runs the command line several times over, a fresh Node process each time: on a busy
// two-core machine that takes more than the default half minute.
describeEachBackend(
  'the amity command line',
  (_use, backend) => {
    const dir = mkdtempSync(join(tmpdir(), 'amity-cli-'));
    const schema = `cli_${randomBytes(5).toString('hex')}`;
    const db = backend === 'sqlite' ? join(dir, 'amity.db') : `${POSTGRES_URL}?schema=${schema}`;

    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('loads the demo and prints the figures, the sentence and the gap to the published figure', async () => {
      expect((await amity(db, 'init')).stdout).toMatch(/Registry ready/);
      expect((await amity(db, 'demo')).code).toBe(0);
      const zh = await amity(db, 'stats', '--home', 'Shenzhen', '--as-of', '2024-03-07', '--lang', 'zh');
      expect(zh.code).toBe(0);
      expect(zh.stdout).toContain('深圳 — 截至2024年3月7日');
      expect(zh.stdout).toMatch(/深圳已与全球\d+个国家的\d+个城市建立了友好城市或友好交流城市关系/);
      expect(zh.stdout).toContain('截至2024年3月7日公布的数字：93个城市、58个国家');
      const json = JSON.parse((await amity(db, 'stats', '--home', '深圳', '--as-of', '2024-03-07', '--json')).stdout);
      expect(Object.keys(json)).toEqual(
        expect.arrayContaining(['home', 'asOf', 'places', 'countries', 'byType', 'byContinent', 'sentence']),
      );
      expect(json).toMatchObject({ home: 'Shenzhen', asOf: '2024-03-07', places: 39 });
      expect(Object.keys(json.byType).sort()).toEqual(['cooperation', 'friendly_exchange_city', 'sister_city', 'unknown']);
      expect(json.partners).toBeUndefined();
      const page = JSON.parse(
        (await amity(db, 'stats-partners', '--home', '深圳', '--as-of', '2024-03-07', '--limit', '3', '--json')).stdout,
      );
      expect(page).toMatchObject({ asOf: '2024-03-07', total: 39, nextOffset: 3 });
      expect(page.items).toHaveLength(3);
      const lines = (await amity(db, 'stats-partners', '--home', 'Shenzhen', '--as-of', '2024-03-07')).stdout.trim().split('\n');
      expect(lines).toHaveLength(39);
    });

    it('exports, and an import of the same export changes nothing', async () => {
      const out = join(dir, 'export.json');
      expect((await amity(db, 'export', '--out', out)).code).toBe(0);
      expect(JSON.parse(readFileSync(out, 'utf8')).format).toBe('amity-registry');
      const again = await amity(db, 'import', out);
      expect(again.code).toBe(0);
      expect(again.stdout).toMatch(/places 0\+0~\d+=/);
      const csv = await amity(db, 'export', '--format', 'csv');
      expect(csv.stdout.split('\n')[0]).toBe(
        'home,home_country,partner,partner_country,partner_kind,relation_type,established,ended,status,cooperation_areas,source_url',
      );
    });

    it('searches across scripts, reports likely duplicates, merges and undoes the merge', async () => {
      const found = await amity(db, 'search', 'Jekaterinburg', '--types', 'place', '--limit', '2');
      expect(found.stdout.split('\n')[0]).toMatch(/^ 1\. Yekaterinburg {2}\[place, city, RU\]/);
      expect(found.stdout).toContain('sounds alike');
      const csv = join(dir, 'dup.csv');
      writeFileSync(
        csv,
        'home,home_country,partner,partner_country,partner_kind,relation_type,established,ended,status,cooperation_areas,source_url\nShenzhen,CN,Kharbin,CN,city,unknown,,,,,\n',
      );
      expect((await amity(db, 'import', csv)).stdout).toMatch(
        /new place 'Kharbin' \(pl_\w+\) is likely Harbin \(pl_\w+\): same country, names match after transliteration/,
      );
      const [pair] = JSON.parse((await amity(db, 'duplicates', '--json')).stdout);
      expect(pair).toMatchObject({ kind: 'place', a: { name: 'Harbin' }, b: { name: 'Kharbin' } });
      const merged = await amity(db, 'merge', pair.a.id, pair.b.id);
      const mergeId = /unmerge (mg_\w+)/.exec(merged.stdout)![1]!;
      expect((await amity(db, 'duplicates')).stdout).toBe('no likely duplicates\n');
      expect((await amity(db, 'unmerge', mergeId)).stdout).toContain(`${pair.b.id} is back`);
      expect((await amity(db, 'search', 'Kharbin', '--json')).stdout).toContain(pair.b.id);
    });

    it('fails with one line naming the file, line and field, and a non-zero exit', async () => {
      const bad = join(dir, 'bad.csv');
      writeFileSync(
        bad,
        'home,home_country,partner,partner_country,partner_kind,relation_type,established,ended,status,cooperation_areas,source_url\nShenzhen,CN,Tsukuba,JP,city,sister_city,2004-02-30,,,,\n',
      );
      const result = await amity(db, 'import', bad);
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain(`${bad}:2: established: '2004-02-30' has no day 30`);
      const missing = await amity(db, 'stats', '--home', 'Atlantis');
      expect(missing.code).toBe(1);
      expect(missing.stderr.trim()).toBe("amity: no place named 'Atlantis'");
      const help = await amity(db, 'stats', '--help');
      expect(help.stdout).toContain('--include-districts');
    });
  },
  { registry: 'none', timeout: 180_000 },
);
