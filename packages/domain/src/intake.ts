import { addWorkingDays, amsterdamDateOf } from './working-days.js';

/**
 * The front door (docs/intake.md): advice requests and reports (meldingen) at Veilig Thuis,
 * screening, the safety assessment, the decision, re-reports. Identifiers are English; the
 * Dutch labels live in the web's i18n (nl first).
 */

/** An advice request (adviesvraag) or a report (melding). */
export const INTAKE_KINDS = ['ADVICE_REQUEST', 'REPORT'] as const;
export type IntakeKind = (typeof INTAKE_KINDS)[number];

/**
 * Who reported: the police, the police's youth care report (zorgmelding jeugd, its own kind),
 * a professional under the reporting code (meldcode), a citizen, or anonymous (never recorded).
 */
export const REPORTER_KINDS = ['POLICE', 'POLICE_YOUTH_CARE', 'PROFESSIONAL', 'CITIZEN', 'ANONYMOUS'] as const;
export type ReporterKind = (typeof REPORTER_KINDS)[number];

/** Nature of violence, multi-select (seed 003 appendices IV and V, plus the neglect and witnessing). */
export const VIOLENCE_NATURES = [
  'PSYCHOLOGICAL',
  'PSYCHOLOGICAL_NEGLECT',
  'PHYSICAL',
  'PHYSICAL_NEGLECT',
  'SERIOUS_PHYSICAL',
  'SEXUAL',
  'SERIOUS_SEXUAL',
  'CHILD_ABUSE',
  'WITNESSING',
  'VIOLENCE_DURING_PREGNANCY',
  'ATTEMPTED_STRANGULATION',
  'SERIOUS_STALKING',
  'VIOLENT_THREATS',
  'DESTRUCTION',
  'ANIMAL_ABUSE',
  'COERCIVE_CONTROL',
  'JEALOUSY',
  'SUICIDE_THREAT_AT_BREAKUP',
  'ONLINE_TRACKING',
  'HONOUR_RELATED',
  'ESCALATION',
] as const;
export type ViolenceNature = (typeof VIOLENCE_NATURES)[number];

/** Problem areas of appendix IV ("overige kenmerken"): the multi-problem criterion names them. */
export const PROBLEM_AREAS = [
  'DRUG_USE',
  'ALCOHOL_USE',
  'PSYCHIATRIC_DISORDER',
  'MENTAL_HEALTH',
  'CHILDHOOD_TRAUMA',
  'MILD_INTELLECTUAL_DISABILITY',
  'PRIOR_BREACH_OF_CONDITIONS',
  'LANGUAGE_BARRIER',
  'HOUSING',
  'DEBTS',
  'UNEMPLOYMENT',
  'PREGNANCY',
  'CHILDREN_VICTIM',
  'CHILDREN_WITNESS',
  'BLENDED_FAMILY',
  'RADICALISATION',
  'OTHER_SERIOUS_CRIME',
  'CONFUSED_BEHAVIOUR',
  'YOUTH_PROBLEM_BEHAVIOUR',
  'PARENTING_STRESS',
  'DIVORCE',
] as const;
export type ProblemArea = (typeof PROBLEM_AREAS)[number];

/** Intimate terror screen (appendix V): perpetrator items. */
export const INTIMATE_TERROR_PERPETRATOR_ITEMS = [
  'PRIOR_BREACH_OF_CONDITIONS',
  'MINIMISES_DENIES',
  'SERIOUS_CRIMINAL_ENVIRONMENT',
  'THREATS_FROM_ENVIRONMENT',
  'DETENTION_HISTORY',
  'AGGRESSION_TOWARDS_HELPERS',
  'SUBSTANCE_USE',
  'PSYCHIATRIC_DISORDER',
  'POSSESSIVE_THINKING',
] as const;
export type IntimateTerrorPerpetratorItem = (typeof INTIMATE_TERROR_PERPETRATOR_ITEMS)[number];

/** Intimate terror screen (appendix V): victim items. */
export const INTIMATE_TERROR_VICTIM_ITEMS = [
  'EXTREME_FEAR',
  'FEAR_FOR_CHILDREN',
  'DIRECT_PHYSICAL_DANGER',
  'INCONSISTENT_TOWARDS_PERPETRATOR',
  'PREGNANCY',
  'CHILDREN_TREATMENT_REFUSED',
] as const;
export type IntimateTerrorVictimItem = (typeof INTIMATE_TERROR_VICTIM_ITEMS)[number];

/** The screen's conclusion: no / watch / probably / certainly high risk - intimate terror. */
export const INTIMATE_TERROR_CONCLUSIONS = ['NO', 'WATCH', 'PROBABLY', 'CERTAINLY'] as const;
export type IntimateTerrorConclusion = (typeof INTIMATE_TERROR_CONCLUSIONS)[number];

/** Triage: acute unsafety, structural unsafety, or none. */
export const UNSAFETY_LEVELS = ['ACUTE', 'STRUCTURAL', 'NONE'] as const;
export type UnsafetyLevel = (typeof UNSAFETY_LEVELS)[number];

/** The decision after the safety assessment. */
export const INTAKE_DECISIONS = [
  'NO_FOLLOW_UP',
  'HANDOVER_LOCAL_TEAM',
  'HANDOVER_ONGOING_CARE',
  'HANDOVER_MULTIDISCIPLINARY',
  'HANDOVER_OWN_NETWORK',
  'FOLLOW_UP_INVESTIGATION',
  'FOLLOW_UP_CONDITIONS',
  'START_MDA_CASE',
] as const;
export type IntakeDecision = (typeof INTAKE_DECISIONS)[number];

/** CBS re-report categories (seed 004), used by Veilig Thuis. */
export const CBS_REPORT_CATEGORIES = [
  'FIRST_REPORT',
  'RE_REPORT_ONE_KNOWN',
  'RE_REPORT_SEVERAL_KNOWN',
  'FOLLOW_UP_DURING_ASSESSMENT',
  'FOLLOW_UP_AFTER_ASSESSMENT',
  'FOLLOW_UP_DURING_MONITORING',
] as const;
export type CbsReportCategory = (typeof CBS_REPORT_CATEGORIES)[number];

/** Where the known persons of a new report stand (input of the CBS classification). */
export interface KnownInvolvement {
  /** Persons of the report already known from earlier reports or cases. */
  knownPersons: number;
  /** One of them is in a report whose safety assessment is still open. */
  duringAssessment: boolean;
  /** One of them is in a case in monitoring. */
  duringMonitoring: boolean;
  /** One of them is in a running case (after the assessment: follow-up, intake or active). */
  afterAssessment: boolean;
}

/** The CBS category of a report from what is known about its persons (involvement wins over history). */
export function classifyReport(k: KnownInvolvement): CbsReportCategory {
  if (k.duringAssessment) return 'FOLLOW_UP_DURING_ASSESSMENT';
  if (k.duringMonitoring) return 'FOLLOW_UP_DURING_MONITORING';
  if (k.afterAssessment) return 'FOLLOW_UP_AFTER_ASSESSMENT';
  if (k.knownPersons === 1) return 'RE_REPORT_ONE_KNOWN';
  if (k.knownPersons > 1) return 'RE_REPORT_SEVERAL_KNOWN';
  return 'FIRST_REPORT';
}

/** The legal term of the safety assessment: 5 working days after receipt. */
export const ASSESSMENT_WORKING_DAYS = 5;
/** Every report is screened for acute danger within 24 hours. */
export const SCREENING_HOURS = 24;

/** The date the safety assessment is due: 5 Dutch working days after the day of receipt (in the Netherlands). */
export function assessmentDueOn(receivedAt: Date): string {
  return addWorkingDays(amsterdamDateOf(receivedAt), ASSESSMENT_WORKING_DAYS);
}

/** Overdue from the day after the due date. */
export function isAssessmentOverdue(dueOn: string, today: string): boolean {
  return today > dueOn;
}

export function screeningDueAt(receivedAt: Date): Date {
  return new Date(receivedAt.getTime() + SCREENING_HOURS * 3_600_000);
}

/** The three MDA++ criteria ("criterion 5"): all three yes makes the household MDA++. */
export interface MdaCriteria {
  structuralUnsafety: boolean;
  multiProblem: boolean;
  helpStagnating: boolean;
}

export function meetsMdaCriteria(c: MdaCriteria): boolean {
  return c.structuralUnsafety && c.multiProblem && c.helpStagnating;
}

/** A red-flag checklist of a region: items with weights and two thresholds (data, not code). */
export interface RiskChecklist {
  items: readonly { code: string; weight: number }[];
  watchFrom: number;
  highFrom: number;
}

export type RiskLevel = 'LOW' | 'ELEVATED' | 'HIGH';

export function riskScore(checklist: RiskChecklist, flagged: readonly string[]): { score: number; level: RiskLevel } {
  const score = checklist.items.filter((i) => flagged.includes(i.code)).reduce((n, i) => n + i.weight, 0);
  const level: RiskLevel = score >= checklist.highFrom ? 'HIGH' : score >= checklist.watchFrom ? 'ELEVATED' : 'LOW';
  return { score, level };
}

/**
 * Dutch surname particles (tussenvoegsels). "Jan de Vries", "J. van der Berg" and "Vries, Jan de"
 * compare on their significant parts only.
 */
const PARTICLES = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  'ter',
  'ten',
  'te',
  't',
  'in',
  'op',
  'aan',
  'bij',
  'uit',
  'onder',
  'voor',
  'over',
  'la',
  'le',
  'du',
  'da',
  'di',
  'del',
  'des',
  'el',
  'al',
  'von',
  'zu',
  'vd',
  'v',
]);

/** Lower case, no diacritics, only letters and spaces ("Özdemir-Çelik" -> "ozdemir celik"). */
export function normalisePersonName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[ıİ]/g, 'i')
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/**
 * The matching key of a person's name: the significant name parts of first and last name
 * together, without particles, sorted. Equal for swapped first and last names, with or without
 * tussenvoegsels and diacritics. Null when nothing significant remains.
 */
export function personNameKey(firstName: string, lastName: string): string | null {
  const tokens = `${normalisePersonName(firstName)} ${normalisePersonName(lastName)}`
    .split(' ')
    .filter((t) => t.length > 0 && !PARTICLES.has(t));
  if (tokens.length === 0) return null;
  return [...tokens].sort().join(' ');
}
