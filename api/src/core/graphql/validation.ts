import { amsterdamDateOf } from '@mda/domain';
import { badInput, type FieldProblem } from './errors.js';

/** Unicode bidirectional controls: embeddings and overrides (U+202A-U+202E), isolates (U+2066-U+2069), marks (U+200E, U+200F, U+061C). */
/** Half of a UTF-16 surrogate pair without its other half. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;

/**
 * Collects input problems so that one request reports all of them at once, and throws
 * BAD_USER_INPUT before anything is written.
 */
export class InputCheck {
  private readonly problems: FieldProblem[] = [];

  add(field: string, message: string): this {
    this.problems.push({ field, message });
    return this;
  }

  text(field: string, value: string | null | undefined, opts: { min?: number; max: number; required?: boolean }): this {
    if (value === null || value === undefined || value.trim() === '') {
      if (opts.required !== false) this.add(field, 'is verplicht / is required');
      return this;
    }
    const len = value.trim().length;
    if (len < (opts.min ?? 1)) this.add(field, `is te kort (minimaal ${opts.min} tekens) / too short`);
    if (len > opts.max) this.add(field, `is te lang (maximaal ${opts.max} tekens) / too long`);
    // Control characters (other than tab/newline) are never legitimate in these fields.
    if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(value))
      this.add(field, 'bevat ongeldige tekens / contains invalid characters');
    // Direction overrides and isolates turn text around on another organisation's screen (file-name spoofing).
    if (BIDI_CONTROLS.test(value))
      this.add(
        field,
        'bevat tekens die de leesrichting omdraaien (zoals U+202E) / contains bidirectional control characters (such as U+202E)',
      );
    // Half of a UTF-16 pair cannot be stored: PostgreSQL would silently change it.
    if (LONE_SURROGATE.test(value))
      this.add(
        field,
        'bevat een ongeldig teken (een los surrogaat) / contains an invalid character (an unpaired surrogate)',
      );
    return this;
  }

  date(field: string, value: string | null | undefined, range: { min: string; max: string; required?: boolean }): this {
    if (value === null || value === undefined) {
      if (range.required) this.add(field, 'is verplicht / is required');
      return this;
    }
    if (!isIsoDate(value)) return this.add(field, 'is geen geldige datum (JJJJ-MM-DD) / not a valid date (YYYY-MM-DD)');
    if (value < range.min || value > range.max)
      this.add(field, `moet tussen ${range.min} en ${range.max} liggen / out of range`);
    return this;
  }

  check(condition: boolean, field: string, message: string): this {
    if (!condition) this.add(field, message);
    return this;
  }

  get ok(): boolean {
    return this.problems.length === 0;
  }

  /** Throws BAD_USER_INPUT with every problem found. */
  done(): void {
    if (this.problems.length > 0) throw badInput(this.problems);
  }
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Today's date in the Netherlands (Europe/Amsterdam), as YYYY-MM-DD (one shared formatter: building one per call showed in the plan benchmark). */
export function todayInNetherlands(now: Date = new Date()): string {
  return amsterdamDateOf(now);
}

/** The same calendar day `years` later (or earlier); 29 February becomes 28 February in a common year. */
export function addYears(isoDate: string, years: number): string {
  const y = Number(isoDate.slice(0, 4)) + years;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const rest = isoDate.slice(4, 10) === '-02-29' && !leap ? '-02-28' : isoDate.slice(4);
  return `${String(y).padStart(4, '0')}${rest}`;
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are uuids; anything else is answered like a missing record, never sent to the database. */
export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}
