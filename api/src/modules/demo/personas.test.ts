import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../config/env.js';
import { generateDemoData, personasOf } from './demo-data.js';

describe('test/fixtures/personas.json', () => {
  it('lists exactly the demo logins the seed creates (regenerate: node api/dist/cli.js personas)', () => {
    const committed: unknown = JSON.parse(readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'personas.json'), 'utf8'));
    expect(committed).toEqual(personasOf(generateDemoData()));
  });
});

describe('README.md', () => {
  it('lists every demo login with its password, as the set-up section promises', () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const personas = personasOf(generateDemoData());
    for (const p of personas) expect(readme).toContain(`\`${p.email}\``);
    expect(new Set(personas.map((p) => p.password)).size).toBe(1);
    expect(readme).toContain(personas[0]!.password);
  });
});
