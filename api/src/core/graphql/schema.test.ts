import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../config/env.js';
import { printedSchema } from './schema.js';

describe('the committed GraphQL schema', () => {
  it('is exactly what the code builds (run `pnpm schema:emit` after changing the API, and review the diff)', async () => {
    const committed = readFileSync(join(REPO_ROOT, 'packages', 'graphql', 'schema.graphql'), 'utf8');
    expect(await printedSchema()).toBe(committed);
  });
});
