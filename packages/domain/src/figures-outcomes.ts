import type { FigureIndicator, FigureIndicatorDefinition } from './figures.js';
import { CBS_REPORT_CATEGORIES, type CbsReportCategory } from './intake.js';
import type { SafetyScorer } from './direction.js';
import { addWorkingDays } from './working-days.js';
import { RESTRAINING_ORDER_DAYS } from './plan.js';

/**
 * The indicators of issue 16 about what happens after the front door (docs/figures.md):
 * interventions started, safety scores at 3 and 12 months, plans agreed within 10 working days
 * of the first MDO, and reports by the CBS categories of earlier involvement. Defined here,
 * joined into FIGURE_DEFINITIONS (figures.ts).
 */

// ---- interventions ---------------------------------------------------------------------------

/** The decisions after the assessment that start an intervention of Veilig Thuis (seed 004, 1.7.2). */
export const INTERVENTION_DECISIONS = ['FOLLOW_UP_INVESTIGATION', 'FOLLOW_UP_CONDITIONS'] as const;
const INTERVENTION_LABELS: Readonly<Record<(typeof INTERVENTION_DECISIONS)[number], string>> = {
  FOLLOW_UP_INVESTIGATION: 'Onderzoek',
  FOLLOW_UP_CONDITIONS: 'Voorwaarden & Vervolg',
};

// ---- safety scores ---------------------------------------------------------------------------

/** A safety score of this or higher counts as "6 of hoger" (seed 004, 1.8 Monitoring). */
export const SAFETY_SCORE_PASS = 6;

/**
 * The moments of the monitoring scores, in months after the case was opened (the data model has
 * no start of monitoring: `case_file.opened_at` is the start). A case's measurement at a moment
 * is, per scorer, its first score on or after `fromMonths` and before `untilMonths` (none: no end).
 */
export const SAFETY_SCORE_MOMENTS: readonly {
  key: string;
  label: string;
  fromMonths: number;
  untilMonths: number | null;
}[] = [
  { key: '3M', label: 'na 3 maanden', fromMonths: 3, untilMonths: 12 },
  { key: '12M', label: 'na 12 maanden', fromMonths: 12, untilMonths: null },
];
const SCORER_LABELS: Readonly<Record<SafetyScorer, string>> = {
  PROFESSIONAL: 'Medewerkers',
  FAMILY: 'Betrokkenen zelf',
};
/** Staff first, then the people themselves (as seed 004 reports them); every scorer of SAFETY_SCORERS. */
export const SAFETY_SCORER_ORDER: readonly SafetyScorer[] = ['PROFESSIONAL', 'FAMILY'];

/** The column key of a measurement: `PROFESSIONAL_3M_6_PLUS`, `FAMILY_12M_BELOW_6`. */
export function safetyScoreKey(scorer: SafetyScorer, moment: string, score: number): string {
  return `${scorer}_${moment}_${score >= SAFETY_SCORE_PASS ? `${SAFETY_SCORE_PASS}_PLUS` : `BELOW_${SAFETY_SCORE_PASS}`}`;
}

const SAFETY_SCORE_COLUMNS = SAFETY_SCORE_MOMENTS.flatMap((m) =>
  SAFETY_SCORER_ORDER.flatMap((scorer) => [
    { key: safetyScoreKey(scorer, m.key, SAFETY_SCORE_PASS), label: `${SCORER_LABELS[scorer]} ${m.label}: 6 of hoger` },
    { key: safetyScoreKey(scorer, m.key, 0), label: `${SCORER_LABELS[scorer]} ${m.label}: lager dan 6` },
  ]),
);

// ---- plans -----------------------------------------------------------------------------------

/** A joint plan is to be agreed within this many working days of the first MDO. */
export const PLAN_AGREEMENT_WORKING_DAYS = 10;

/** The last day a plan is agreed in term: 10 Dutch working days after the first MDO (working-days.ts). */
export function planAgreementDueOn(firstMeetingOn: string): string {
  return addWorkingDays(firstMeetingOn, PLAN_AGREEMENT_WORKING_DAYS);
}

// ---- re-reports ------------------------------------------------------------------------------

export const CBS_CATEGORY_LABELS: Readonly<Record<CbsReportCategory, string>> = {
  FIRST_REPORT: '1e melding, geen betrokkenen bekend',
  RE_REPORT_ONE_KNOWN: 'Hermelding: één betrokkene al bekend',
  RE_REPORT_SEVERAL_KNOWN: 'Hermelding: meerdere betrokkenen al bekend',
  FOLLOW_UP_DURING_ASSESSMENT: 'Vervolgmelding tijdens veiligheidsbeoordeling',
  FOLLOW_UP_AFTER_ASSESSMENT: 'Vervolgmelding na veiligheidsbeoordeling',
  FOLLOW_UP_DURING_MONITORING: 'Vervolgmelding tijdens monitoring',
};

// ---- restraining orders --------------------------------------------------------------------

/** A restraining order is extended when it ends more than 10 days after it started (Wet tijdelijk huisverbod). */
export const RESTRAINING_ORDER_EXTENDED_AFTER_DAYS = RESTRAINING_ORDER_DAYS;

// ---- definitions -----------------------------------------------------------------------------

export const OUTCOME_FIGURE_INDICATORS = [
  'INTERVENTIONS',
  'SAFETY_SCORES',
  'PLANS_AGREED',
  'RE_REPORTS',
  'RESTRAINING_ORDERS',
] as const;
export type OutcomeFigureIndicator = (typeof OUTCOME_FIGURE_INDICATORS)[number];

export const OUTCOME_FIGURE_DEFINITIONS: Readonly<Record<OutcomeFigureIndicator, FigureIndicatorDefinition>> = {
  INTERVENTIONS: {
    id: 'INTERVENTIONS',
    name: 'Gestarte interventies',
    counts:
      'Interventies van Veilig Thuis die in de periode zijn gestart: het besluit na de veiligheidsbeoordeling tot Onderzoek of tot Voorwaarden & Vervolg. Afsluiting en wettelijke termijn staan niet in het datamodel en worden dus niet geteld.',
    events: "intake_report met decision in ('FOLLOW_UP_INVESTIGATION', 'FOLLOW_UP_CONDITIONS')",
    periodBy: 'besluitdatum (decided_at)',
    columns: INTERVENTION_DECISIONS.map((key) => ({ key, label: INTERVENTION_LABELS[key] })),
    additive: true,
    norm: null,
    source:
      'seed 004 (kwartaalrapportage Veilig Thuis) 1.7.2: gestarte interventies Onderzoek en Voorwaarden & Vervolg',
  },
  SAFETY_SCORES: {
    id: 'SAFETY_SCORES',
    name: 'Veiligheidsscores na 3 en 12 maanden',
    counts: `Metingen van de veiligheid (0-10), door medewerkers en door de betrokkenen zelf: per casus en per scorer de eerste score vanaf 3 maanden na opening van de casus (en vóór 12 maanden), en de eerste vanaf 12 maanden; ${SAFETY_SCORE_PASS} of hoger apart van lager dan ${SAFETY_SCORE_PASS}`,
    events:
      'safety_score (score, scored_by, scored_on), maanden gerekend vanaf case_file.opened_at; gemeente van de casus',
    periodBy: 'datum van de score (scored_on)',
    columns: SAFETY_SCORE_COLUMNS,
    additive: true,
    norm: null,
    source:
      'seed 004 1.8 Monitoring: 82,5 % / 85,1 % van de medewerkers en 92,4 % / 92,6 % van de betrokkenen scoort na 3 / 12 maanden een 6 of hoger',
  },
  PLANS_AGREED: {
    id: 'PLANS_AGREED',
    name: `Plannen vastgesteld binnen ${PLAN_AGREEMENT_WORKING_DAYS} werkdagen na het eerste MDO`,
    counts: `Gezamenlijke plannen die in de periode voor het eerst zijn vastgesteld (alle teamorganisaties akkoord); binnen termijn = vastgesteld op of vóór de ${PLAN_AGREEMENT_WORKING_DAYS}e werkdag na de datum van het eerste MDO (Nederlandse werkdagen, feestdagen tellen niet); zonder datum eerste MDO apart`,
    events:
      "plan_version met status = 'AGREED' (de eerste per plan, decided_at), plan.first_meeting_on; gemeente van de casus",
    periodBy: 'datum van vaststelling (decided_at van de eerste vastgestelde versie)',
    columns: [
      { key: 'IN_TERM', label: 'Binnen termijn' },
      { key: 'LATE', label: 'Buiten termijn' },
      { key: 'NO_FIRST_MEETING', label: 'Zonder datum eerste MDO' },
    ],
    additive: true,
    norm: null,
    source: `issue 16: plannen binnen ${PLAN_AGREEMENT_WORKING_DAYS} werkdagen na het eerste MDO (seed 001: indicatoren die de keten niet kon leveren)`,
  },
  RE_REPORTS: {
    id: 'RE_REPORTS',
    name: 'Meldingen naar eerdere betrokkenheid (CBS)',
    counts:
      'Alle ontvangen meldingen (ook de zorgmeldingen jeugd van de politie), naar de CBS-categorie die bij ontvangst is bepaald uit de eerdere meldingen en casussen van de betrokkenen',
    events: "intake_report met kind = 'REPORT', cbs_category (classifyReport in packages/domain)",
    periodBy: 'ontvangstdatum (received_at)',
    columns: CBS_REPORT_CATEGORIES.map((key) => ({ key, label: CBS_CATEGORY_LABELS[key] })),
    additive: true,
    norm: null,
    source: 'seed 004 1.10 Recidive: meldingen naar eerdere betrokkenheid Veilig Thuis (CBS)',
  },
  RESTRAINING_ORDERS: {
    id: 'RESTRAINING_ORDERS',
    name: 'Tijdelijke huisverboden in MDA++-plannen',
    counts: `Tijdelijke huisverboden die als dwangmaatregel in een gezamenlijk plan staan, naar ingangsdatum; verlengd = einddatum meer dan ${RESTRAINING_ORDER_EXTENDED_AFTER_DAYS} dagen na de ingangsdatum (wettelijk ten hoogste 28 dagen). Huisverboden buiten een MDA++-plan (het casemanagement THV van Veilig Thuis) staan niet in het datamodel.`,
    events:
      "plan_element met kind = 'MEASURE' en content.measureKind = 'RESTRAINING_ORDER': content.startsOn, content.endsOn; gemeente van de casus",
    periodBy: 'ingangsdatum (content.startsOn)',
    columns: [
      { key: 'NOT_EXTENDED', label: 'Niet verlengd' },
      { key: 'EXTENDED', label: 'Verlengd' },
    ],
    additive: true,
    norm: null,
    source: 'seed 004 1.7.3 Tijdelijke huisverboden (THV): aantal huisverboden; issue 16: huisverboden en verlengingen',
  },
};

// ---- shares without a norm -----------------------------------------------------------------

/** A share a reader looks for in a table without a norm: numerator / (sum of the denominator columns). */
export interface FigureShare {
  key: string;
  /** Dutch label (the web's i18n `figures.shareNames` says the same). */
  label: string;
  numeratorKey: string;
  denominatorKeys: readonly string[];
}

export const FIGURE_SHARES: Readonly<Partial<Record<FigureIndicator, readonly FigureShare[]>>> = {
  SAFETY_SCORES: SAFETY_SCORE_MOMENTS.flatMap((m) =>
    SAFETY_SCORER_ORDER.map((scorer) => ({
      key: `${scorer}_${m.key}`,
      label: `${SCORER_LABELS[scorer]} ${m.label}: aandeel ${SAFETY_SCORE_PASS} of hoger`,
      numeratorKey: safetyScoreKey(scorer, m.key, SAFETY_SCORE_PASS),
      denominatorKeys: [safetyScoreKey(scorer, m.key, SAFETY_SCORE_PASS), safetyScoreKey(scorer, m.key, 0)],
    })),
  ),
  PLANS_AGREED: [
    {
      key: 'PLANS_IN_TERM',
      label: `Aandeel binnen ${PLAN_AGREEMENT_WORKING_DAYS} werkdagen (van de plannen met een datum eerste MDO)`,
      numeratorKey: 'IN_TERM',
      denominatorKeys: ['IN_TERM', 'LATE'],
    },
  ],
  RESTRAINING_ORDERS: [
    {
      key: 'ORDERS_EXTENDED',
      label: 'Aandeel verlengd',
      numeratorKey: 'EXTENDED',
      denominatorKeys: ['NOT_EXTENDED', 'EXTENDED'],
    },
  ],
};

/**
 * The shares of an indicator from a row's cells as shown (suppressed cells have no count): a share
 * is only given when its numerator and every denominator cell are shown, so it discloses nothing
 * the table does not; null otherwise or when the denominator is 0. Three decimals.
 */
export function figureShares(
  indicator: FigureIndicator,
  cells: readonly { key: string; count?: number | null }[],
): { key: string; label: string; share: number | null }[] {
  const count = (key: string) => cells.find((c) => c.key === key)?.count ?? null;
  return (FIGURE_SHARES[indicator] ?? []).map((s) => {
    const numerator = count(s.numeratorKey);
    const parts = s.denominatorKeys.map(count);
    const denominator = parts.reduce<number | null>((a, b) => (a === null || b === null ? null : a + b), 0);
    const share =
      numerator === null || denominator === null || denominator === 0
        ? null
        : Math.round((numerator / denominator) * 1000) / 1000;
    return { key: s.key, label: s.label, share };
  });
}
