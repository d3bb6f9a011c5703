import { describe, expect, it } from 'vitest';
import { categoryOptions } from './CategoryField';

describe('categoryOptions: the categories an MDO text can be given', () => {
  it("offers what the organisation may record, and keeps the text's own category first when it is not among them", () => {
    expect(categoryOptions(['PLAN', 'CRIMINAL'], 'PLAN')).toEqual(['PLAN', 'CRIMINAL']);
    expect(categoryOptions(['PLAN'], 'CRIMINAL')).toEqual(['CRIMINAL', 'PLAN']);
  });
});
