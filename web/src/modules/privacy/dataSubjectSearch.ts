import { isValidBsn } from '@mda/domain';

/** The person search of an art. 15/17 request as the form holds it. */
export interface DataSubjectSearchForm {
  bsn: string;
  name: string;
  /** YYYY-MM-DD, or '' */
  dateOfBirth: string;
}

export type DataSubjectSearchProblem = 'nothing' | 'both' | 'bsnInvalid' | 'nameTooShort' | 'dateOfBirthMissing';

export interface CheckedSearch {
  /** The API's input, or null when the form has problems. */
  input: { bsn: string } | { name: string; dateOfBirth: string } | null;
  problems: Partial<Record<'bsn' | 'name' | 'dateOfBirth', DataSubjectSearchProblem>> & {
    form?: DataSubjectSearchProblem;
  };
}

/**
 * Checks the form before anything is sent (the API checks the same and names the field):
 * a BSN (nine digits passing the eleven-test; spaces and dots ignored), or a name with a date of birth.
 */
export function checkDataSubjectSearch(form: DataSubjectSearchForm): CheckedSearch {
  const bsn = form.bsn.replace(/[\s.]/g, '');
  const name = form.name.trim();
  const byName = name !== '' || form.dateOfBirth !== '';
  if (bsn === '' && !byName) return { input: null, problems: { form: 'nothing' } };
  if (bsn !== '' && byName) return { input: null, problems: { form: 'both' } };
  if (bsn !== '')
    return isValidBsn(bsn) ? { input: { bsn }, problems: {} } : { input: null, problems: { bsn: 'bsnInvalid' } };
  const problems: CheckedSearch['problems'] = {};
  if (name.length < 2) problems.name = 'nameTooShort';
  if (form.dateOfBirth === '') problems.dateOfBirth = 'dateOfBirthMissing';
  return Object.keys(problems).length > 0
    ? { input: null, problems }
    : { input: { name, dateOfBirth: form.dateOfBirth }, problems };
}
