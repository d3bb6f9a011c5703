/**
 * Whether a live plan event is someone else's change, to announce "Plan bijgewerkt door …".
 *
 * The realtime layer cannot always say who changed a plan table (`byOrganisation` may be null),
 * and a colleague of the own organisation looks the same as oneself. So the page counts its own
 * plan writes: an event that arrives while one of them is under way, or shortly after one
 * finished, is taken for the echo of the own save and not announced. An event that names
 * another organisation is always announced: that is never the own save.
 */
export interface OwnWrites {
  /** Own plan writes sent and not yet answered. */
  inFlight: number;
  /** When the last own write was answered (ms since the epoch), or null. */
  lastFinishedAt: number | null;
}

/** How long after an own save its live events may still arrive. */
export const OWN_ECHO_WINDOW_MS = 3000;
/** How long the notice stays on screen (the live region stays, empty). */
export const NOTICE_VISIBLE_MS = 8000;

export const NO_OWN_WRITES: OwnWrites = { inFlight: 0, lastFinishedAt: null };

export function writeStarted(w: OwnWrites): OwnWrites {
  return { ...w, inFlight: w.inFlight + 1 };
}

export function writeFinished(w: OwnWrites, now: number): OwnWrites {
  return { inFlight: Math.max(0, w.inFlight - 1), lastFinishedAt: now };
}

export function isChangeByOthers(
  event: { byOrganisation?: { id: string } | null | undefined },
  ownOrganisationId: string | null | undefined,
  own: OwnWrites,
  now: number,
): boolean {
  if (event.byOrganisation && event.byOrganisation.id !== ownOrganisationId) return true;
  if (own.inFlight > 0) return false;
  return own.lastFinishedAt === null || now - own.lastFinishedAt > OWN_ECHO_WINDOW_MS;
}
