import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderPermissionMatrix } from './matrix.js';

describe('docs/permissions.md', () => {
  it('is the matrix the rules produce (run `pnpm docs:permissions` and review the diff as a permission change)', () => {
    const committed = readFileSync(new URL('../../../docs/permissions.md', import.meta.url), 'utf8');
    expect(committed).toBe(renderPermissionMatrix());
  });
});
