import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './config/env.js';
import { getMetadataStorage } from 'type-graphql';
import { appSchema, printedSchema } from './capabilities.js';

describe('the committed GraphQL schema', () => {
  it('is exactly what the code builds (run `pnpm schema:emit` after changing the API, and review the diff)', async () => {
    const committed = readFileSync(join(REPO_ROOT, 'packages', 'graphql', 'schema.graphql'), 'utf8');
    expect(await printedSchema()).toBe(committed);
  });
});

describe('plain fields resolve without a resolver (simpleResolvers)', () => {
  it("every object type field without a field resolver is a plain property of the node class: same name, no getter or method (graphql-js's default resolver would call a method)", async () => {
    await appSchema();
    const storage = getMetadataStorage();
    const resolved = new Set(storage.fieldResolvers.map((r) => `${r.getObjectType?.()?.name}.${r.methodName}`));
    const problems: string[] = [];
    let checked = 0;
    for (const type of storage.objectTypes) {
      for (const field of storage.fields.filter(
        (f) => f.target === type.target || type.target.prototype instanceof f.target,
      )) {
        if (resolved.has(`${type.target.name}.${field.name}`)) continue;
        checked += 1;
        if (field.schemaName !== field.name)
          problems.push(`${type.name}.${field.schemaName} is renamed from ${field.name}`);
        for (
          let proto = type.target.prototype as object | null;
          proto && proto !== Object.prototype;
          proto = Object.getPrototypeOf(proto) as object | null
        ) {
          if (Object.getOwnPropertyDescriptor(proto, field.name))
            problems.push(`${type.name}.${field.name} is a getter or method`);
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });
});
