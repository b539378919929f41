// The README's component reference is generated from the custom-elements manifest that the build
// writes; it must say what the components say about themselves.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('custom-elements.json and the README', () => {
  it('the manifest lists every element with its events and parts', () => {
    expect(existsSync(`${root}custom-elements.json`), 'npm run build writes it').toBe(true);
    const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
    const tags = manifest.modules.flatMap((m: { declarations?: { tagName?: string }[] }) => (m.declarations ?? []).map((d) => d.tagName).filter(Boolean));
    for (const t of ['kerf-configurator', 'kerf-portal', 'kerf-basket', 'kerf-order-list', 'kerf-order-detail', 'kerf-approvals',
      'kerf-parts-library', 'kerf-catalog', 'kerf-company-admin', 'kerf-login', 'kerf-import', 'kerf-back-office', 'kerf-preview', 'kerf-nest-view']) expect(tags).toContain(t);
    const configurator = manifest.modules.flatMap((m: { declarations?: unknown[] }) => m.declarations ?? [])
      .find((d: { tagName?: string }) => d.tagName === 'kerf-configurator');
    expect(configurator.cssParts.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['price', 'preview', 'metrics']));
    expect(configurator.events.map((e: { name: string }) => e.name)).toContain('kerf-price-change');
  });

  it('the README\'s reference is what the manifest says', () => {
    const r = spawnSync(process.execPath, [`${root}scripts/component-reference.mjs`, '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
