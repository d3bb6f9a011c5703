import { ASSESSMENT_WORKING_DAYS } from './intake.js';
import { INTAKE_DECISIONS } from './intake.js';
import { MUNICIPALITIES } from './region.js';
import { HOUSEHOLD_PROFILES } from './enums.js';
import { OUTCOME_FIGURE_DEFINITIONS, OUTCOME_FIGURE_INDICATORS } from './figures-outcomes.js';

/**
 * Figures at a glance (docs/figures.md): each indicator defined once, here. The API computes
 * them from these definitions (SQL aggregates keyed by `id`) and the web labels its tables with
 * them. Only counts leave the server; small cells are suppressed (`suppressFigures`).
 */

export const FIGURE_INDICATORS = [
  'ADVICE_REQUESTS',
  'REPORTS',
  'POLICE_YOUTH_CARE_REPORTS',
  'CRISIS_REPORTS',
  'SAFETY_ASSESSMENTS',
  'HANDOVERS',
  'MDA_CASES',
  'ESCALATIONS',
  'HOUSEHOLD_PROFILES',
  'ESCALATION_DECISION_TIME',
  ...OUTCOME_FIGURE_INDICATORS,
] as const;
export type FigureIndicator = (typeof FIGURE_INDICATORS)[number];

export const FIGURE_GRANULARITIES = ['MONTH', 'QUARTER', 'YEAR'] as const;
export type FigureGranularity = (typeof FIGURE_GRANULARITIES)[number];

/** The smallest count shown as a number: 0 to 4 are shown as "< 5" (and complemented). */
export const FIGURE_SUPPRESSION_THRESHOLD = 5;
export const SUPPRESSED_LABEL = '< 5';

export interface FigureColumn {
  key: string;
  /** Dutch label (nl first); English in the web's i18n. */
  label: string;
}

export interface FigureNorm {
  /** The share numerator / (row total) that is held against the norm. */
  numeratorKey: string;
  /** e.g. 0.8 for 80 %. */
  share: number;
  label: string;
}

export interface FigureIndicatorDefinition {
  id: FigureIndicator;
  /** Dutch name as in the seed reports. */
  name: string;
  /** What is counted, in Dutch. */
  counts: string;
  /** The events (tables and columns) it is counted from. */
  events: string;
  /** Which moment places an event in a period. */
  periodBy: string;
  /**
   * Columns. `additive`: the columns partition the events, so a row total exists
   * (and the suppression protects row equations too); otherwise each column stands alone.
   */
  columns: readonly FigureColumn[];
  additive: boolean;
  norm: FigureNorm | null;
  /** Where the seeds report it. */
  source: string;
}

const HANDOVER_LABELS: Readonly<Record<string, string>> = {
  HANDOVER_LOCAL_TEAM: 'Lokaal team / wijkteam',
  HANDOVER_ONGOING_CARE: 'Lopende hulpverlening',
  HANDOVER_MULTIDISCIPLINARY: 'Multidisciplinair (MDA++)',
  HANDOVER_OWN_NETWORK: 'Eigen netwerk',
};
/** The handover destinations: the decisions after the assessment that hand over to the local field. */
export const HANDOVER_DESTINATIONS = INTAKE_DECISIONS.filter((d) => d.startsWith('HANDOVER_'));

const TOTAL: readonly FigureColumn[] = [{ key: 'TOTAL', label: 'Aantal' }];

/** Dutch names of the household profiles (the web's HouseholdProfile labels say the same). */
export const HOUSEHOLD_PROFILE_LABELS: Readonly<Record<(typeof HOUSEHOLD_PROFILES)[number], string>> = {
  INTIMATE_TERROR: 'Intieme terreur',
  FAMILY_UNDER_STRESS: 'Gezin in de stress',
  LONG_TERM_CARE: 'Langdurige zorg',
  CHILD_BEHAVIOUR_PARENTING_STRESS: 'Kindgedrag en opvoedstress',
  COMPLEX_CONFLICT_DIVORCE: 'Complexe conflictscheiding',
  INTIMATE_TERROR_WITHOUT_CHILDREN: 'Intieme terreur zonder kinderen',
  CHILD_TO_PARENT_ABUSE: 'Kind-ouder geweld',
  CHILD_ABUSE: 'Kindermishandeling',
  ELDER_ABUSE: 'Ouderenmishandeling',
  YOUTH_PROSTITUTION_TRAFFICKING: 'Jeugdprostitutie / mensenhandel',
  HARMFUL_TRADITIONAL_PRACTICES: 'Schadelijke traditionele praktijken',
  SEXUAL_VIOLENCE: 'Seksueel geweld',
};

/**
 * Time from raising an escalation to its decision (closed_at - created_at): each column's upper
 * bound in days of 24 hours, inclusive; the last column is everything longer.
 */
export const ESCALATION_DECISION_BUCKETS: readonly { key: string; label: string; maxDays: number | null }[] = [
  { key: 'WITHIN_7_DAYS', label: 'Binnen 1 week', maxDays: 7 },
  { key: 'WITHIN_14_DAYS', label: '1 tot 2 weken', maxDays: 14 },
  { key: 'WITHIN_28_DAYS', label: '2 tot 4 weken', maxDays: 28 },
  { key: 'LONGER', label: 'Langer dan 4 weken', maxDays: null },
];

export const FIGURE_DEFINITIONS: Readonly<Record<FigureIndicator, FigureIndicatorDefinition>> = {
  ADVICE_REQUESTS: {
    id: 'ADVICE_REQUESTS',
    name: 'Adviezen',
    counts: 'Adviesvragen aan Veilig Thuis',
    events: "intake_report met kind = 'ADVICE_REQUEST'",
    periodBy: 'ontvangstdatum (received_at)',
    columns: TOTAL,
    additive: false,
    norm: null,
    source: 'seed 002 en 004 (kwartaal- en jaarrapportage Veilig Thuis): aantal adviezen',
  },
  REPORTS: {
    id: 'REPORTS',
    name: 'Meldingen',
    counts: 'Meldingen bij Veilig Thuis, zonder de zorgmeldingen jeugd van de politie',
    events: "intake_report met kind = 'REPORT' en reporter_kind <> 'POLICE_YOUTH_CARE'",
    periodBy: 'ontvangstdatum (received_at)',
    columns: TOTAL,
    additive: false,
    norm: null,
    source: 'seed 002 en 004: aantal meldingen (zorgmeldingen politie apart geteld)',
  },
  POLICE_YOUTH_CARE_REPORTS: {
    id: 'POLICE_YOUTH_CARE_REPORTS',
    name: 'Zorgmeldingen jeugd politie',
    counts: 'Zorgmeldingen jeugd van de politie (apart van de overige meldingen)',
    events: "intake_report met kind = 'REPORT' en reporter_kind = 'POLICE_YOUTH_CARE'",
    periodBy: 'ontvangstdatum (received_at)',
    columns: TOTAL,
    additive: false,
    norm: null,
    source: 'seed 004: politiemeldingen zorg jeugd, apart gerapporteerd',
  },
  CRISIS_REPORTS: {
    id: 'CRISIS_REPORTS',
    name: 'Crisismeldingen',
    counts: 'Meldingen die bij de screening als crisis (acuut gevaar) zijn aangemerkt',
    events: "intake_report met kind = 'REPORT' en crisis = true",
    periodBy: 'ontvangstdatum (received_at)',
    columns: TOTAL,
    additive: false,
    norm: null,
    source: 'seed 002 en 004: crisisinterventies',
  },
  SAFETY_ASSESSMENTS: {
    id: 'SAFETY_ASSESSMENTS',
    name: 'Veiligheidsbeoordelingen binnen 5 werkdagen',
    counts: `Afgeronde veiligheidsbeoordelingen; binnen termijn = afgerond op of vóór de ${ASSESSMENT_WORKING_DAYS}e werkdag na ontvangst (Nederlandse werkdagen, feestdagen tellen niet)`,
    events: 'intake_report met assessed_at gevuld; termijn = assessment_due_on (assessmentDueOn in packages/domain)',
    periodBy: 'datum van afronding (assessed_at)',
    columns: [
      { key: 'IN_TERM', label: 'Binnen termijn' },
      { key: 'LATE', label: 'Buiten termijn' },
    ],
    additive: true,
    norm: { numeratorKey: 'IN_TERM', share: 0.8, label: 'Norm: 80 % binnen 5 werkdagen' },
    source: 'seed 002 en 004: veiligheidsbeoordelingen binnen 5 werkdagen, norm 80 % (Rotterdam Q2 2023: 45,1 %)',
  },
  HANDOVERS: {
    id: 'HANDOVERS',
    name: 'Overdrachten na veiligheidsbeoordeling',
    counts: 'Besluiten na de veiligheidsbeoordeling tot overdracht, naar bestemming',
    events: "intake_report met decision like 'HANDOVER_%'",
    periodBy: 'besluitdatum (decided_at)',
    columns: HANDOVER_DESTINATIONS.map((key) => ({ key, label: HANDOVER_LABELS[key] ?? key })),
    additive: true,
    norm: null,
    source: 'seed 004: overdrachten na veiligheidsbeoordeling naar lokaal veld',
  },
  MDA_CASES: {
    id: 'MDA_CASES',
    name: 'MDA++-casussen',
    counts:
      'Nieuwe casussen (geopend in de periode), gesloten casussen (gesloten in de periode) en lopende casussen (open aan het einde van de periode)',
    events: 'case_file: opened_at, closed_at',
    periodBy: 'opened_at (nieuw), closed_at (gesloten), einde periode (lopend)',
    columns: [
      { key: 'NEW', label: 'Nieuw' },
      { key: 'CLOSED', label: 'Gesloten' },
      { key: 'OPEN', label: 'Lopend (einde periode)' },
    ],
    additive: false,
    norm: null,
    source: 'seed 000 (kwartaalrapportage centrum): casussen per gemeente, instroom en afsluiting; seed 001',
  },
  ESCALATIONS: {
    id: 'ESCALATIONS',
    name: 'Escalaties per niveau',
    counts:
      'Escalaties die in de periode zijn opgeworpen, naar hun huidige niveau (na opschalen bij de termijn het hogere niveau)',
    events: 'escalation.level (huidig niveau), gemeente via case_file',
    periodBy: 'datum van opwerpen (created_at)',
    columns: [1, 2, 3, 4].map((level) => ({ key: `LEVEL_${level}`, label: `Niveau ${level}` })),
    additive: true,
    norm: null,
    source: 'seed 001 (evaluatie gemeente): escalaties en doorzettingsmacht; seed 003',
  },
  HOUSEHOLD_PROFILES: {
    id: 'HOUSEHOLD_PROFILES',
    name: 'Nieuwe MDA++-casussen naar huishoudprofiel',
    counts: 'Casussen die in de periode zijn geopend, naar het hoofdprobleem (huishoudprofiel) van het huishouden',
    events: 'case_file.profile, case_file.opened_at',
    periodBy: 'opened_at',
    columns: HOUSEHOLD_PROFILES.map((key) => ({ key, label: HOUSEHOLD_PROFILE_LABELS[key] })),
    additive: true,
    norm: null,
    source: 'seed 000 (kwartaalrapportage centrum): huishoudprofielen; seed 003: de vijf onderzoeksprofielen',
  },
  ESCALATION_DECISION_TIME: {
    id: 'ESCALATION_DECISION_TIME',
    name: 'Tijd tot besluit bij escalaties',
    counts:
      'Escalaties waarover in de periode is besloten (status besloten), naar de tijd van opwerpen tot besluit (closed_at - created_at; binnen 1 week = ten hoogste 7 x 24 uur)',
    events: "escalation met status = 'DECIDED': created_at, closed_at; gemeente via case_file",
    periodBy: 'datum van het besluit (closed_at)',
    columns: ESCALATION_DECISION_BUCKETS.map(({ key, label }) => ({ key, label })),
    additive: true,
    norm: null,
    source: 'issue 16: tijd tot besluit bij escalaties (doorzettingsmacht, seed 001 en 003)',
  },
  ...OUTCOME_FIGURE_DEFINITIONS,
};

export function isFigureIndicator(value: string): value is FigureIndicator {
  return (FIGURE_INDICATORS as readonly string[]).includes(value);
}

// ---- periods --------------------------------------------------------------------------------

export interface FigurePeriod {
  /** e.g. 2024-05, 2024-Q2, 2024 */
  label: string;
  /** First calendar day (inclusive), YYYY-MM-DD, Europe/Amsterdam. */
  start: string;
  /** First calendar day after the period (exclusive). */
  end: string;
}

const PERIOD_PATTERNS: Readonly<Record<FigureGranularity, RegExp>> = {
  MONTH: /^(\d{4})-(0[1-9]|1[0-2])$/,
  QUARTER: /^(\d{4})-Q([1-4])$/,
  YEAR: /^(\d{4})$/,
};

const pad = (n: number) => String(n).padStart(2, '0');
const monthStart = (year: number, month0: number): string => {
  const y = year + Math.floor(month0 / 12);
  const m = ((month0 % 12) + 12) % 12;
  return `${y}-${pad(m + 1)}-01`;
};

/** The period a label names at a granularity, or null when the label does not fit it. */
export function parseFigurePeriod(granularity: FigureGranularity, label: string): FigurePeriod | null {
  const m = PERIOD_PATTERNS[granularity].exec(label);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 2000 || year > 2100) return null;
  const first = granularity === 'MONTH' ? Number(m[2]) - 1 : granularity === 'QUARTER' ? (Number(m[2]) - 1) * 3 : 0;
  const months = granularity === 'MONTH' ? 1 : granularity === 'QUARTER' ? 3 : 12;
  return { label, start: monthStart(year, first), end: monthStart(year, first + months) };
}

/** The periods from `from` to `to` inclusive (both labels at the granularity). */
export function figurePeriods(granularity: FigureGranularity, from: FigurePeriod, to: FigurePeriod): FigurePeriod[] {
  const out: FigurePeriod[] = [];
  let start = from.start;
  while (start <= to.start) {
    const [y, mo] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))];
    const label =
      granularity === 'MONTH'
        ? `${y}-${pad(mo)}`
        : granularity === 'QUARTER'
          ? `${y}-Q${Math.floor((mo - 1) / 3) + 1}`
          : `${y}`;
    const period = parseFigurePeriod(granularity, label);
    if (!period) break;
    out.push(period);
    start = period.end;
  }
  return out;
}

// ---- population ----------------------------------------------------------------------------

export interface PopulationSource {
  source: string;
  year: number;
  /** Reference date of the count. */
  onDate: string;
  inhabitants: Readonly<Record<string, number>>;
}

/**
 * Inhabitants per municipality of the region, for "per 100.000 inwoners". Reference date
 * 1 January 2022: the last count before Brielle, Hellevoetsluis and Westvoorne merged into
 * Voorne aan Zee (1 January 2023), so all 15 municipalities of seed 002 have their own figure.
 */
export const POPULATION: PopulationSource = {
  source:
    'CBS StatLine, tabel 03759ned "Bevolking op 1 januari en gemiddeld; geslacht, leeftijd en regio" (afgerond; zie docs/figures.md)',
  year: 2022,
  onDate: '2022-01-01',
  inhabitants: {
    MAASSLUIS: 33_500,
    VLAARDINGEN: 74_500,
    SCHIEDAM: 79_800,
    LANSINGERLAND: 63_200,
    ROTTERDAM: 655_500,
    CAPELLE_AAN_DEN_IJSSEL: 67_400,
    KRIMPEN_AAN_DEN_IJSSEL: 29_800,
    RIDDERKERK: 46_700,
    BARENDRECHT: 49_400,
    ALBRANDSWAARD: 26_300,
    NISSEWAARD: 86_200,
    HELLEVOETSLUIS: 40_400,
    BRIELLE: 17_600,
    WESTVOORNE: 14_900,
    GOEREE_OVERFLAKKEE: 50_700,
  },
};

/** Events per 100,000 inhabitants, one decimal; null without a population figure. */
export function per100k(count: number, inhabitants: number | undefined): number | null {
  if (!inhabitants || inhabitants <= 0) return null;
  return Math.round((count / inhabitants) * 1_000_000) / 10;
}

export const REGION_MUNICIPALITY_CODES: readonly string[] = MUNICIPALITIES.map((m) => m.code);

// ---- small-cell suppression ----------------------------------------------------------------

/**
 * A table of counts: rows (municipalities) x columns, with row totals (when `additive`),
 * column totals and a grand total. Returns, for every cell, whether it is suppressed.
 *
 * Primary suppression: every count below FIGURE_SUPPRESSION_THRESHOLD (0 to 4).
 * Complementary suppression: the table publishes linear equations (row total = sum of its
 * cells; column total = sum of its rows; grand total = sum of row totals = sum of column
 * totals). An equation with exactly one suppressed member gives that member away, so until no
 * equation has exactly one, the smallest unsuppressed other member of such an equation is
 * suppressed too (interior cells before totals). Deterministic: ties go to the first row/column.
 */
export interface SuppressionInput {
  cells: readonly (readonly number[])[];
  additive: boolean;
}

export interface SuppressionResult {
  cells: boolean[][];
  rowTotals: boolean[];
  columnTotals: boolean[];
  grandTotal: boolean;
}

export function suppressFigures({ cells, additive }: SuppressionInput): SuppressionResult {
  const rows = cells.length;
  const cols = cells[0]?.length ?? 0;
  // Node ids: interior r*cols+c; row totals R+r; column totals C+c; grand total G.
  const R = rows * cols;
  const C = R + rows;
  const G = C + cols;
  const value: number[] = [];
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) value[r * cols + c] = cells[r]?.[c] ?? 0;
  for (let r = 0; r < rows; r++) value[R + r] = (cells[r] ?? []).reduce((a, b) => a + b, 0);
  for (let c = 0; c < cols; c++) value[C + c] = cells.reduce((a, row) => a + (row[c] ?? 0), 0);
  value[G] = value.slice(R, R + rows).reduce((a, b) => a + b, 0);

  const equations: number[][] = [];
  for (let c = 0; c < cols; c++) equations.push([C + c, ...Array.from({ length: rows }, (_, r) => r * cols + c)]);
  if (additive) {
    for (let r = 0; r < rows; r++) equations.push([R + r, ...Array.from({ length: cols }, (_, c) => r * cols + c)]);
    equations.push([G, ...Array.from({ length: rows }, (_, r) => R + r)]);
    equations.push([G, ...Array.from({ length: cols }, (_, c) => C + c)]);
  }
  // Without row totals a row's cells stand alone; only column totals and their cells tie together.
  const used = new Set<number>(equations.flat());
  const hidden = new Set<number>();
  for (const id of used) if ((value[id] ?? 0) < FIGURE_SUPPRESSION_THRESHOLD) hidden.add(id);

  const isTotal = (id: number) => id >= R;
  for (let guard = 0; guard < value.length + 1; guard++) {
    const weak = equations.find((eq) => eq.filter((id) => hidden.has(id)).length === 1);
    if (!weak) break;
    const candidates = weak.filter((id) => !hidden.has(id));
    if (candidates.length === 0) break;
    candidates.sort((a, b) => Number(isTotal(a)) - Number(isTotal(b)) || (value[a] ?? 0) - (value[b] ?? 0) || a - b);
    hidden.add(candidates[0] as number);
  }
  return {
    cells: Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => hidden.has(r * cols + c))),
    rowTotals: Array.from({ length: rows }, (_, r) => additive && hidden.has(R + r)),
    columnTotals: Array.from({ length: cols }, (_, c) => hidden.has(C + c)),
    grandTotal: additive && hidden.has(G),
  };
}
