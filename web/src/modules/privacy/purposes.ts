import { PURPOSES as AUTHZ_PURPOSES } from '@mda/authz';
import type { Purpose } from '@mda/graphql';

/** The schema's Purpose values, in the order a professional meets them (packages/authz). */
export const PURPOSES: readonly Purpose[] = AUTHZ_PURPOSES;

export function isPurpose(value: string): value is Purpose {
  return (PURPOSES as readonly string[]).includes(value);
}

/** The select's value for a purpose; "" is "geen doel". */
export function purposeFromSelect(value: string): Purpose | null {
  return isPurpose(value) ? value : null;
}

/** The id of the picker's select, so other views can send focus to it. */
export const PURPOSE_SELECT_ID = 'purpose-select';
