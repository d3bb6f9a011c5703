/** The API's minimum for the privacy officer's note on an erasure request. */
export const ERASURE_NOTE_MIN = 5;

/** Problems per field; the text is shown next to the field. */
export interface ErasureDraftProblems {
  personId?: string;
  note?: string;
}

/**
 * What the form can tell before asking for confirmation: both fields are required and
 * the note needs a few words. Everything else (a person that does not exist) the API says.
 */
export function erasureDraftProblems(
  personId: string,
  note: string,
  messages: { personIdRequired: string; noteRequired: string },
): ErasureDraftProblems {
  const problems: ErasureDraftProblems = {};
  if (personId.trim() === '') problems.personId = messages.personIdRequired;
  if (note.trim().length < ERASURE_NOTE_MIN) problems.note = messages.noteRequired;
  return problems;
}
