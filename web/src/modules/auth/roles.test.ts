import { describe, expect, it } from 'vitest';
import { isCaseworkUser, isPrivacyOfficer } from './roles';

describe('isCaseworkUser', () => {
  it('is true for every casework role', () => {
    expect(isCaseworkUser(['PROFESSIONAL'])).toBe(true);
    expect(isCaseworkUser(['CASE_DIRECTOR'])).toBe(true);
    expect(isCaseworkUser(['PROCESS_DIRECTOR'])).toBe(true);
  });

  it('is false for a privacy officer or administrator without a casework role', () => {
    expect(isCaseworkUser(['PRIVACY_OFFICER'])).toBe(false);
    expect(isCaseworkUser(['ADMIN'])).toBe(false);
    expect(isCaseworkUser(['PRIVACY_OFFICER', 'ADMIN'])).toBe(false);
    expect(isCaseworkUser([])).toBe(false);
  });

  it('is true when a casework role is combined with another', () => {
    expect(isCaseworkUser(['ADMIN', 'PROFESSIONAL'])).toBe(true);
  });
});

describe('isPrivacyOfficer', () => {
  it('recognises the privacy officer role only', () => {
    expect(isPrivacyOfficer(['PRIVACY_OFFICER'])).toBe(true);
    expect(isPrivacyOfficer(['ADMIN'])).toBe(false);
    expect(isPrivacyOfficer(['PROFESSIONAL', 'CASE_DIRECTOR'])).toBe(false);
  });
});
