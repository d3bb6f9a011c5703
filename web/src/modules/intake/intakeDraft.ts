/**
 * The report form's draft, kept on this device (sessionStorage) while typing, so that a
 * professional interrupted by a phone call loses nothing. Cleared once the report is recorded.
 * The draft never leaves the browser; the tab's session ends it.
 */
export interface DraftPerson {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  bsn: string;
  roles: string[];
}

export interface ReportDraft {
  kind: 'REPORT' | 'ADVICE_REQUEST';
  receivedAt: string;
  municipality: string;
  reporterKind: string;
  reporterName: string;
  reporterContact: string;
  reporterAccount: string;
  violenceNatures: string[];
  injury: boolean;
  acuteUnsafety: boolean;
  adviceTopic: string;
  adviceGiven: string;
  persons: DraftPerson[];
}

const KEY = 'mda.intake.reportDraft';

export const emptyPerson = (): DraftPerson => ({ firstName: '', lastName: '', dateOfBirth: '', bsn: '', roles: [] });

export function emptyDraft(now: Date = new Date()): ReportDraft {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
  return {
    kind: 'REPORT',
    receivedAt: local,
    municipality: '',
    reporterKind: 'POLICE',
    reporterName: '',
    reporterContact: '',
    reporterAccount: '',
    violenceNatures: [],
    injury: false,
    acuteUnsafety: false,
    adviceTopic: '',
    adviceGiven: '',
    persons: [emptyPerson()],
  };
}

export function loadDraft(storage: Pick<Storage, 'getItem'>): ReportDraft | null {
  try {
    const raw = storage.getItem(KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<ReportDraft>;
    if (typeof parsed !== 'object' || parsed === null || !Array.isArray(parsed.persons)) return null;
    return { ...emptyDraft(), ...parsed } as ReportDraft;
  } catch {
    return null;
  }
}

export function saveDraft(storage: Pick<Storage, 'setItem'>, draft: ReportDraft): void {
  storage.setItem(KEY, JSON.stringify(draft));
}

export function clearDraft(storage: Pick<Storage, 'removeItem'>): void {
  storage.removeItem(KEY);
}

/** The mutation's input from the draft: empty optional fields become null, the local time an instant. */
export function inputOf(draft: ReportDraft) {
  const blank = (v: string) => (v.trim() === '' ? null : v.trim());
  const anonymous = draft.reporterKind === 'ANONYMOUS';
  return {
    kind: draft.kind,
    receivedAt: new Date(draft.receivedAt).toISOString(),
    municipality: draft.municipality,
    reporterKind: draft.reporterKind,
    reporterName: anonymous ? null : blank(draft.reporterName),
    reporterContact: anonymous ? null : blank(draft.reporterContact),
    reporterAccount: blank(draft.reporterAccount),
    violenceNatures: draft.violenceNatures,
    injury: draft.injury,
    acuteUnsafety: draft.kind === 'REPORT' && draft.acuteUnsafety,
    adviceTopic: draft.kind === 'ADVICE_REQUEST' ? blank(draft.adviceTopic) : null,
    adviceGiven: draft.kind === 'ADVICE_REQUEST' ? blank(draft.adviceGiven) : null,
    persons: draft.persons.map((p) => ({
      firstName: p.firstName,
      lastName: p.lastName,
      dateOfBirth: blank(p.dateOfBirth),
      bsn: blank(p.bsn),
      roles: p.roles,
    })),
  };
}
