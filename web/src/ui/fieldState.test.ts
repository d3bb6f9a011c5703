import { describe, expect, it } from 'vitest';
import { anyRedacted, fieldState } from './fieldState';

describe('fieldState', () => {
  it('shows a value the viewer may read', () => {
    expect(fieldState('address', 'Dorpsstraat 1, Rotterdam', [])).toEqual({
      kind: 'shared',
      value: 'Dorpsstraat 1, Rotterdam',
    });
    expect(fieldState('hasBsn', false, ['shelterAddress'])).toEqual({ kind: 'shared', value: false });
  });

  it('marks a withheld field as not shared, not as empty', () => {
    expect(fieldState('shelterAddress', null, ['shelterAddress', 'safeContact'])).toEqual({ kind: 'notShared' });
  });

  it('tells an empty field that is not withheld apart: not recorded', () => {
    expect(fieldState('phone', null, ['shelterAddress'])).toEqual({ kind: 'notRecorded' });
    expect(fieldState('phone', undefined, [])).toEqual({ kind: 'notRecorded' });
    expect(fieldState('phone', '   ', [])).toEqual({ kind: 'notRecorded' });
  });

  it('never shows a value the API names as withheld', () => {
    expect(fieldState('body', 'should not be here', ['title', 'body'])).toEqual({ kind: 'notShared' });
  });
});

describe('anyRedacted', () => {
  it('is true only when one of the fields is withheld', () => {
    expect(anyRedacted(['title', 'body'], ['body'])).toBe(true);
    expect(anyRedacted(['title', 'body'], ['shelterAddress'])).toBe(false);
    expect(anyRedacted(['title'], [])).toBe(false);
  });
});
