import { describe, expect, it } from 'vitest';
import { checkDataSubjectSearch } from './dataSubjectSearch';

const form = (over: Partial<{ bsn: string; name: string; dateOfBirth: string }>) => ({
  bsn: '',
  name: '',
  dateOfBirth: '',
  ...over,
});

describe('the person search of a data-subject request', () => {
  it('takes a BSN that passes the eleven-test, with spaces and dots', () => {
    expect(checkDataSubjectSearch(form({ bsn: '1112.22 333' })).input).toEqual({ bsn: '111222333' });
  });

  it('refuses a BSN that fails the eleven-test, sending nothing', () => {
    expect(checkDataSubjectSearch(form({ bsn: '123456789' }))).toEqual({
      input: null,
      problems: { bsn: 'bsnInvalid' },
    });
  });

  it('asks for the date of birth with a name, and for something at all', () => {
    expect(checkDataSubjectSearch(form({ name: 'Jansen' })).problems).toEqual({ dateOfBirth: 'dateOfBirthMissing' });
    expect(checkDataSubjectSearch(form({})).problems).toEqual({ form: 'nothing' });
    expect(checkDataSubjectSearch(form({ bsn: '111222333', name: 'Jansen' })).problems).toEqual({ form: 'both' });
    expect(checkDataSubjectSearch(form({ name: 'Jansen', dateOfBirth: '1985-03-12' })).input).toEqual({
      name: 'Jansen',
      dateOfBirth: '1985-03-12',
    });
  });
});
