import { amsterdamDateOf, LEGAL_BASIS_KINDS } from '@mda/domain';
import type { DataCategory, LegalBasisKind } from '@mda/graphql';
import { isDataCategory } from './accessLog';

/**
 * What the privacy officer checks before sending an AVG art. 15 export: the summary of
 * the JSON document the API produced (`dataSubjectExport.document`). The document itself
 * is what the data subject receives; this reads it, it never adds to it.
 */
export interface ExportSummary {
  personId: string;
  name: string;
  caseReferences: string[];
  /** Data categories on record about this person, with how many recorded items each. */
  categories: { category: DataCategory; items: number }[];
  disclosures: ExportDisclosure[];
  consultations: ExportConsultation[];
  /** Total accesses (reads, writes, exports) on record. */
  consultationCount: number;
  /** Recorded items whose content is withheld (restricted notes, AVG art. 23). */
  withheldItems: number;
  leftOut: string;
}

export interface ExportDisclosure {
  caseReference: string;
  organisation: string;
  legalBasisKind: LegalBasisKind | null;
  /** Covenant article, statute or consent date, whichever the basis has. */
  legalBasisDetail: string | null;
  validFrom: string | null;
  /** The last day, or null while the organisation is still on the team. */
  validUntil: string | null;
}

export interface ExportConsultation {
  day: string;
  organisation: string;
  action: string;
  purpose: string | null;
  times: number;
  emergencyAccess: boolean;
  categories: string[];
}

type Row = Record<string, unknown>;

const text = (row: Row, key: string): string | null =>
  typeof row[key] === 'string' && row[key] !== '' ? (row[key] as string) : null;
const rows = (value: unknown): Row[] =>
  Array.isArray(value) ? value.filter((v): v is Row => typeof v === 'object' && v !== null) : [];
const isLegalBasisKind = (value: string | null): value is LegalBasisKind =>
  value !== null && (LEGAL_BASIS_KINDS as readonly string[]).includes(value);

/** The categories in the order of the policy matrix. */
const CATEGORY_ORDER: readonly DataCategory[] = [
  'IDENTITY',
  'CONTACT',
  'SECRET_LOCATION',
  'HEALTH',
  'CRIMINAL',
  'CHILD_PROTECTION',
  'PLAN',
  'RESTRICTED_NOTE',
];

/** Reads the export document; throws when it is not one (the page then shows a generic error). */
export function summariseExport(document: string): ExportSummary {
  const doc = JSON.parse(document) as Row;
  const person = (typeof doc['person'] === 'object' && doc['person'] !== null ? doc['person'] : null) as Row | null;
  if (!person || typeof person['id'] !== 'string') throw new Error('not a data-subject export');

  const counts = new Map<DataCategory, number>([['IDENTITY', 0]]);
  if (text(person, 'address') || text(person, 'phone')) counts.set('CONTACT', 0);
  if (text(person, 'shelter_address') || text(person, 'safe_contact')) counts.set('SECRET_LOCATION', 0);
  const recorded = rows(doc['recordedInformation']);
  for (const entry of recorded) {
    const category = text(entry, 'category');
    if (category && isDataCategory(category)) counts.set(category, (counts.get(category) ?? 0) + 1);
  }

  const disclosures = rows(doc['disclosures']).map((d): ExportDisclosure => {
    const kind = text(d, 'legal_basis_kind');
    return {
      caseReference: text(d, 'reference') ?? '',
      organisation: text(d, 'organisation') ?? '',
      legalBasisKind: isLegalBasisKind(kind) ? kind : null,
      legalBasisDetail: text(d, 'legal_basis_article') ?? text(d, 'legal_basis_statute') ?? text(d, 'consent_date'),
      validFrom: text(d, 'valid_from'),
      validUntil: text(d, 'valid_until') ?? text(d, 'ended_at')?.slice(0, 10) ?? null,
    };
  });
  const consultations = rows(doc['consultations']).map((c): ExportConsultation => ({
    day: text(c, 'day') ?? '',
    organisation: text(c, 'organisation') ?? '',
    action: text(c, 'action') ?? '',
    purpose: text(c, 'purpose'),
    times: typeof c['times'] === 'number' ? c['times'] : 0,
    emergencyAccess: c['emergency_access'] === true,
    categories: Array.isArray(c['categories']) ? c['categories'].filter((x): x is string => typeof x === 'string') : [],
  }));

  return {
    personId: person['id'],
    name: [text(person, 'first_name'), text(person, 'last_name')].filter(Boolean).join(' '),
    caseReferences: rows(doc['cases'])
      .map((c) => text(c, 'reference') ?? '')
      .filter(Boolean),
    categories: CATEGORY_ORDER.filter((c) => counts.has(c)).map((category) => ({
      category,
      items: counts.get(category) ?? 0,
    })),
    disclosures,
    consultations,
    consultationCount: consultations.reduce((sum, c) => sum + c.times, 0),
    withheldItems: recorded.filter((e) => e['content_withheld'] === true).length,
    leftOut: typeof doc['leftOut'] === 'string' ? doc['leftOut'] : '',
  };
}

/** The file name of the download: the person's id and the Dutch day, no name (the file may travel). */
export function exportFileName(personId: string, generatedAt: string): string {
  return `inzageverzoek-${personId}-${amsterdamDateOf(new Date(generatedAt))}.json`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A person id as the API knows it (the access log shows it per data subject). */
export function isPersonId(value: string): boolean {
  return UUID.test(value.trim());
}
