import { readFileSync } from 'node:fs';
import { buildSchema, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PURPOSES, purposeFromSelect } from './purposes';

describe('purposes', () => {
  it('offers every Purpose of the schema, once', () => {
    const schema = buildSchema(
      readFileSync(new URL('../../../../packages/graphql/schema.graphql', import.meta.url), 'utf8'),
    );
    const type = schema.getType('Purpose');
    expect(isEnumType(type)).toBe(true);
    const values = isEnumType(type) ? type.getValues().map((value) => value.name) : [];
    expect([...PURPOSES].sort()).toEqual(values.sort());
  });

  it('reads "geen doel" and anything unknown as no purpose', () => {
    expect(purposeFromSelect('CRISIS')).toBe('CRISIS');
    expect(purposeFromSelect('')).toBeNull();
    expect(purposeFromSelect('EVERYTHING')).toBeNull();
  });
});
