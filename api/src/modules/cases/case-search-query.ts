import { isValidBsn } from '@mda/domain';
import { isIsoDate } from '../../core/graphql/validation.js';
import { badInput, type FieldProblem } from '../../core/graphql/errors.js';

/** What a search word was taken for. */
export const SEARCH_CRITERIA = ['REFERENCE', 'NAME', 'DATE_OF_BIRTH', 'BSN'] as const;
export type SearchCriterion = (typeof SEARCH_CRITERIA)[number];

export interface ParsedSearch {
  /** Upper-case pieces of a case reference (MDA-2026-000123, 2026-0001, 000123). */
  reference: string[];
  /** Normalised name words (lower case, no diacritics, no punctuation), each at least 2 letters. */
  name: string[];
  dateOfBirth: string | null;
  bsn: string | null;
  criteria: SearchCriterion[];
}

export const MAX_SEARCH_LENGTH = 100;
const MAX_WORDS = 6;

/**
 * A name as search compares it: diacritics removed (é -> e), lower case, hyphens, apostrophes
 * and dots as spaces, spaces collapsed. `NORMALISED_NAME_SQL` is the same rule in PostgreSQL.
 */
export function normaliseName(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[-'\u2019`.,]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `normaliseName` in SQL, over the text expression `expr`. */
export function normalisedSql(expr: string): string {
  return `trim(regexp_replace(regexp_replace(lower(normalize(${expr}, NFD)), '[\\u0300-\\u036f]', '', 'g'), '[-''\u2019\`.,[:space:]]+', ' ', 'g'))`;
}

/** `normaliseName` in SQL, over a person's first and last name (alias `p`). */
export const NORMALISED_NAME_SQL = normalisedSql(`p.first_name || ' ' || p.last_name`);

function dateOf(word: string): string | null | undefined {
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(word);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(word);
  if (!dutch && !iso) return undefined;
  const value = dutch ? `${dutch[3]}-${dutch[2]!.padStart(2, '0')}-${dutch[1]!.padStart(2, '0')}` : word;
  return isIsoDate(value) ? value : null;
}

/**
 * Reads one search box: each word is a piece of a case reference, a date of birth
 * (dd-mm-jjjj or jjjj-mm-dd), a BSN (nine digits, eleven-test) or part of a name. Words of
 * one kind narrow each other; name, date of birth and BSN must fit the same person.
 * Every problem is named at once (BAD_USER_INPUT, field `text`); nothing is searched then.
 */
export function parseSearchText(text: string): ParsedSearch {
  const problems: FieldProblem[] = [];
  const add = (message: string) => problems.push({ field: 'text', message });
  const trimmed = text.trim();
  const parsed: ParsedSearch = { reference: [], name: [], dateOfBirth: null, bsn: null, criteria: [] };
  if (trimmed.length < 2) add('typ minstens 2 tekens / type at least 2 characters');
  if (trimmed.length > MAX_SEARCH_LENGTH) add(`is te lang (maximaal ${MAX_SEARCH_LENGTH} tekens) / too long`);
  if (/[\u0000-\u001F\u007F]/.test(trimmed)) add('bevat ongeldige tekens / contains invalid characters');
  const words = trimmed.split(/\s+/).filter((w) => w !== '');
  if (words.length > MAX_WORDS) add(`hoogstens ${MAX_WORDS} zoekwoorden / at most ${MAX_WORDS} words`);
  if (problems.length > 0) throw badInput(problems);

  const nameWords: string[] = [];
  for (const word of words) {
    const date = dateOf(word);
    if (date === null) add(`"${word}" is geen bestaande datum / not a valid date`);
    else if (date !== undefined) {
      if (parsed.dateOfBirth && parsed.dateOfBirth !== date)
        add('twee verschillende geboortedatums / two different dates of birth');
      parsed.dateOfBirth = date;
    } else if (/^\d{9}$/.test(word)) {
      // Never echo a BSN back in a message.
      if (!isValidBsn(word))
        add('de negen cijfers zijn geen geldig BSN (elfproef) / the nine digits are not a valid BSN (eleven-test)');
      else if (parsed.bsn && parsed.bsn !== word) add('twee verschillende BSN\u2019s / two different BSNs');
      else parsed.bsn = word;
    } else if (/^(MDA(-\d{0,4}(-\d{0,6})?)?|\d{4}-\d{1,6}|\d{1,8})$/i.test(word)) {
      parsed.reference.push(word.toUpperCase());
    } else {
      nameWords.push(word);
    }
  }
  for (const piece of normaliseName(nameWords.join(' '))
    .split(' ')
    .filter((w) => w !== '')) {
    if (!/^\p{L}+$/u.test(piece))
      add(`"${piece}" is geen naam, geboortedatum, BSN of kenmerk / not a name, date of birth, BSN or reference`);
    else if (piece.length < 2)
      continue; // a lone initial narrows nothing useful
    else parsed.name.push(piece);
  }
  if (
    problems.length === 0 &&
    parsed.reference.length === 0 &&
    parsed.name.length === 0 &&
    !parsed.dateOfBirth &&
    !parsed.bsn
  ) {
    add(
      'typ een naam (minstens 2 letters), geboortedatum, BSN of kenmerk / type a name, date of birth, BSN or reference',
    );
  }
  if (problems.length > 0) throw badInput(problems);
  if (parsed.reference.length > 0) parsed.criteria.push('REFERENCE');
  if (parsed.name.length > 0) parsed.criteria.push('NAME');
  if (parsed.dateOfBirth) parsed.criteria.push('DATE_OF_BIRTH');
  if (parsed.bsn) parsed.criteria.push('BSN');
  return parsed;
}
