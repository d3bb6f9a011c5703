import type { AuditAction } from './privacy.js';

/**
 * The audit trail in words a privacy officer reads (issue 15, item 7): one mapping, used by the
 * web's FG console and by the API where it writes text. The trail itself keeps the technical
 * names (they are hashed into the chain); these labels are only how they are shown.
 *
 * Completeness is tested from the code: `api/src/modules/privacy/audit-labels.test.ts` scans every
 * subject type, field and reason code the API can write and fails on one without a label here.
 */
export type AuditLanguage = 'nl' | 'en';
export interface AuditLabel {
  nl: string;
  en: string;
}

const l = (nl: string, en: string): AuditLabel => ({ nl, en });

export const AUDIT_ACTION_LABELS: Readonly<Record<AuditAction, AuditLabel>> = {
  READ: l('Inzage', 'Read'),
  CREATE: l('Aangemaakt', 'Created'),
  UPDATE: l('Gewijzigd', 'Changed'),
  DELETE: l('Verwijderd', 'Deleted'),
  EXPORT: l('Export', 'Export'),
  SEARCH: l('Zoekopdracht', 'Search'),
  DENIED: l('Geweigerd', 'Refused'),
  BREAK_GLASS: l('Noodtoegang', 'Emergency access'),
};

/** What was touched (`audit.event.subject_type`). */
export const AUDIT_SUBJECT_LABELS: Readonly<Record<string, AuditLabel>> = {
  AuditLog: l('Toegangslogboek', 'Access log'),
  AuditLogUser: l('Medewerker zoeken in het toegangslogboek', 'User search in the access log'),
  BreakGlassGrant: l('Noodtoegang', 'Emergency access'),
  BreakGlassReviewQueue: l('Beoordeling noodtoegang', 'Emergency access reviews'),
  Case: l('Casus', 'Case'),
  CaseFile: l('Casusdossier', 'Case file'),
  CaseEntry: l('Gedeelde informatie', 'Shared information'),
  CaseTeamMembership: l('Deelname aan casusteam', 'Case team membership'),
  DirectionWaitingContact: l('Wachtlijst regie (contact)', 'Direction waiting list (contact)'),
  DirectorAssignment: l('Casusregie', 'Case direction'),
  ErasureRequest: l('Verwijderverzoek (AVG art. 17)', 'Erasure request (GDPR art. 17)'),
  Escalation: l('Opschaling', 'Escalation'),
  Figures: l('Cijfers', 'Figures'),
  Household: l('Huishouden', 'Household'),
  HouseholdMember: l('Gezinslid', 'Household member'),
  HouseholdReport: l('Huishoudoverzicht', 'Household report'),
  HouseholdReportSummary: l('Samenvatting huishoudoverzicht', 'Household report summary'),
  IdempotentReplay: l('Herhaald verzoek', 'Repeated request'),
  IntakeReport: l('Melding', 'Report'),
  Involvement: l('Betrokkenheid', 'Involvement'),
  InvolvementIndex: l('Verwijsindex', 'Reference index'),
  MailDelivery: l('Mislukte e-mail', 'Failed mail'),
  Meeting: l('MDO', 'Case conference'),
  MeetingAttendance: l('Aanwezigheid MDO', 'Conference attendance'),
  MeetingContribution: l('Inbreng MDO', 'Conference contribution'),
  MeetingDecision: l('Besluit MDO', 'Conference decision'),
  MeetingItem: l('Agendapunt MDO', 'Conference agenda item'),
  MeetingSeries: l('MDO-reeks', 'Conference series'),
  Operation: l('Verzoek', 'Request'),
  Person: l('Persoon', 'Person'),
  Plan: l('Plan van aanpak', 'Plan'),
  PlanAction: l('Actie in het plan', 'Plan action'),
  PlanAssignee: l('Uitvoerder van een actie', 'Action assignee'),
  PlanContraIndication: l('Contra-indicatie', 'Contra-indication'),
  PlanElement: l('Onderdeel van het plan', 'Plan element'),
  PlanGoal: l('Doel in het plan', 'Plan goal'),
  PlanMeasure: l('Maatregel in het plan', 'Plan measure'),
  PlanNote: l('Notitie bij het plan', 'Plan note'),
  PlanPicture: l('Beeldvorming', 'Shared picture'),
  PlanSafetyItem: l('Veiligheidsplan', 'Safety plan item'),
  PlanSignOff: l('Akkoord op het plan', 'Plan sign-off'),
  PlanVersion: l('Versie van het plan', 'Plan version'),
  SafetyScore: l('Veiligheidsscore', 'Safety score'),
  WaitingList: l('Wachtlijst', 'Waiting list'),
  Workload: l('Werkvoorraad', 'Workload'),
};

/** Plan element kinds as they prefix a field (`GOAL.description`). */
export const AUDIT_PLAN_KIND_LABELS: Readonly<Record<string, AuditLabel>> = {
  PICTURE: l('Beeldvorming', 'Picture'),
  GOAL: l('Doel', 'Goal'),
  ACTION: l('Actie', 'Action'),
  SAFETY_ITEM: l('Veiligheidsplan', 'Safety plan'),
  MEASURE: l('Maatregel', 'Measure'),
  NOTE: l('Notitie', 'Note'),
};

/** Fields disclosed or changed (`audit.event.fields`). */
export const AUDIT_FIELD_LABELS: Readonly<Record<string, AuditLabel>> = {
  acceptedAt: l('datum aanvaard', 'accepted on'),
  access: l('toegang', 'access'),
  accessLog: l('toegangslogboek', 'access log'),
  active: l('actief', 'active'),
  activeCases: l('lopende casussen', 'active cases'),
  acute: l('acuut', 'acute'),
  address: l('adres', 'address'),
  all: l('alles', 'everything'),
  anomalies: l('signalen', 'signals'),
  art15Export: l('inzageverzoek (art. 15)', 'access request (art. 15)'),
  assessment: l('beoordeling', 'assessment'),
  attempts: l('aantal pogingen', 'attempts'),
  assigneeUserId: l('uitvoerder', 'assignee'),
  audience: l('doelgroep', 'audience'),
  basisDetail: l('toelichting grondslag', 'legal basis detail'),
  basisKind: l('grondslag', 'legal basis'),
  body: l('tekst', 'text'),
  bsn: l('BSN', 'BSN'),
  cancellationReason: l('reden van annuleren', 'cancellation reason'),
  caseId: l('casus', 'case'),
  cbsCategory: l('CBS-categorie', 'CBS category'),
  concerns: l('betreft', 'concerns'),
  contact: l('contact', 'contact'),
  contactPoint: l('contactpunt', 'contact point'),
  contraIndicationJustification: l('onderbouwing contra-indicatie', 'contra-indication justification'),
  contributions: l('inbreng', 'contributions'),
  crisis: l('crisis', 'crisis'),
  currentItemId: l('huidig agendapunt', 'current agenda item'),
  dateOfBirth: l('geboortedatum', 'date of birth'),
  deadlineAt: l('uiterste datum', 'deadline'),
  decision: l('besluit', 'decision'),
  decisionAsked: l('gevraagd besluit', 'decision asked'),
  decisionReason: l('reden van het besluit', 'decision reason'),
  decisions: l('besluiten', 'decisions'),
  declineReason: l('reden van weigeren', 'decline reason'),
  description: l('omschrijving', 'description'),
  director: l('casusregisseur', 'case director'),
  displayName: l('naam', 'name'),
  dueOn: l('uiterste datum', 'due date'),
  endReason: l('reden van beëindigen', 'end reason'),
  endedAt: l('beëindigd op', 'ended on'),
  endsOn: l('einddatum', 'end date'),
  erasureRequest: l('verwijderverzoek', 'erasure request'),
  externalReference: l('eigen kenmerk', 'external reference'),
  firstMeetingOn: l('datum eerste MDO', 'first conference'),
  firstName: l('voornaam', 'first name'),
  grounds: l('gronden', 'grounds'),
  handoverNote: l('overdrachtsnotitie', 'handover note'),
  hasBsn: l('BSN bekend', 'BSN on record'),
  heldAt: l('gehouden op', 'held on'),
  id: l('kenmerk', 'identifier'),
  injury: l('letsel', 'injury'),
  interventionKind: l('soort interventie', 'intervention kind'),
  itemKind: l('soort', 'kind'),
  justification: l('onderbouwing', 'justification'),
  kind: l('soort', 'kind'),
  lastError: l('laatste foutcode', 'last error code'),
  failedAt: l('opgegeven op', 'given up on'),
  recipient: l('ontvanger', 'recipient'),
  lastName: l('achternaam', 'last name'),
  legalBasis: l('grondslag', 'legal basis'),
  level: l('niveau', 'level'),
  lifeDomain: l('leefgebied', 'life domain'),
  measurableEnd: l('meetbaar resultaat', 'measurable end'),
  measureKind: l('soort maatregel', 'measure kind'),
  memberOrganisationIds: l('organisaties in het team', 'team organisations'),
  minutesAgreedAt: l('verslag vastgesteld op', 'minutes agreed on'),
  municipality: l('gemeente', 'municipality'),
  name: l('naam', 'name'),
  note: l('notitie', 'note'),
  occurredOn: l('datum voorval', 'occurred on'),
  openEscalations: l('open opschalingen', 'open escalations'),
  organisation: l('organisatie', 'organisation'),
  organisationName: l('naam organisatie', 'organisation name'),
  overdueActions: l('verlopen acties', 'overdue actions'),
  ownReference: l('eigen kenmerk', 'own reference'),
  ownerOrganisationId: l('eigenaar (organisatie)', 'owner organisation'),
  pendingErasureRequests: l('openstaande verwijderverzoeken', 'pending erasure requests'),
  person: l('persoon', 'person'),
  personId: l('persoon (uit het huishouden)', 'person (of the household)'),
  persons: l('personen', 'persons'),
  phase: l('fase', 'phase'),
  phone: l('telefoonnummer', 'phone'),
  place: l('plaats', 'place'),
  planElementId: l('onderdeel van het plan', 'plan element'),
  planGoalId: l('doel in het plan', 'plan goal'),
  planProposal: l('plan ter instemming voorgelegd', 'plan proposed for sign-off'),
  position: l('volgorde', 'position'),
  profile: l('profiel', 'profile'),
  purpose: l('doel', 'purpose'),
  reason: l('reden', 'reason'),
  receivedAt: l('ontvangen op', 'received at'),
  receivedOn: l('ontvangen op', 'received on'),
  reference: l('casusnummer', 'reference'),
  replaces: l('vervangt', 'replaces'),
  reporterKind: l('soort melder', 'reporter kind'),
  reporterName: l('naam melder', 'reporter name'),
  requester: l('aanvrager', 'requester'),
  responsibleOrganisationId: l('verantwoordelijke organisatie', 'responsible organisation'),
  reviewComment: l('opmerking bij beoordeling', 'review comment'),
  reviewStatus: l('beoordeling', 'review status'),
  rhythm: l('ritme', 'rhythm'),
  roles: l('rollen', 'roles'),
  safeContact: l('veilig contact', 'safe contact'),
  safetyScore: l('veiligheidsscore', 'safety score'),
  score: l('score', 'score'),
  scoredBy: l('gescoord door', 'scored by'),
  scoredOn: l('gescoord op', 'scored on'),
  screenedAt: l('gescreend op', 'screened at'),
  screeningNote: l('notitie screening', 'screening note'),
  shelterAddress: l('geheim verblijfadres', 'secret shelter address'),
  snapshot: l('momentopname', 'snapshot'),
  source: l('bron', 'source'),
  startsAt: l('begint om', 'starts at'),
  startsOn: l('begindatum', 'start date'),
  status: l('status', 'status'),
  text: l('tekst', 'text'),
  title: l('titel', 'title'),
  trigger: l('aanleiding', 'trigger'),
  user: l('gebruiker', 'user'),
  validFrom: l('geldig vanaf', 'valid from'),
  validUntil: l('geldig tot', 'valid until'),
  videoLink: l('videoverbinding', 'video link'),
  violenceNatures: l('aard van het geweld', 'nature of violence'),
  waitingSince: l('wacht sinds', 'waiting since'),
  closedAt: l('gesloten op', 'closed on'),
  considerations: l('afwegingen', 'considerations'),
  question: l('vraag', 'question'),
  reporterAccount: l('verhaal van de melder', "reporter's account"),
  reporterContact: l('contactgegevens melder', 'reporter contact'),
};

/** Reason codes (`audit.event.reason`), whole or as the start of a code (`TRANSITION_TO_CLOSED`). */
export const AUDIT_REASON_LABELS: Readonly<Record<string, AuditLabel>> = {
  ACCEPT: l('aanvaard', 'accepted'),
  AGREED: l('akkoord', 'agreed'),
  ART_15_EXPORT_JOINT: l('inzageverzoek, gezamenlijk dossier', 'access request, joint record'),
  ART_15_EXPORT_OWN_ORGANISATION: l('inzageverzoek, deel eigen organisatie', "access request, own organisation's part"),
  ACCESS_LOG_NAMES: l('namen van betrokkenen in het toegangslogboek', 'names of data subjects in the access log'),
  DATA_SUBJECT_SEARCH: l('betrokkene gezocht voor een AVG-verzoek', 'data subject searched for a GDPR request'),
  ART_15_LETTER: l('inzageverzoek als brief (pdf)', 'access request as a letter (PDF)'),
  CARRIED_OVER_FROM_REPORT: l('overgenomen uit de melding', 'carried over from the report'),
  CASE_DIRECTOR: l('casusregisseur', 'case director'),
  DECLINE: l('geweigerd', 'declined'),
  END: l('beëindigd', 'ended'),
  END_MEMBERSHIP: l('deelname beëindigd', 'membership ended'),
  ERASURE_PENDING_APPROVAL: l('verwijderverzoek wacht op tweede FG', 'erasure awaits a second privacy officer'),
  ERASURE_WITHDRAWN: l('verwijderverzoek ingetrokken', 'erasure request withdrawn'),
  ERASURE_ERASED: l('gewist (gepseudonimiseerd)', 'erased (pseudonymised)'),
  ERASURE_RESTRICTED: l('verwerking beperkt (art. 18)', 'processing restricted (art. 18)'),
  HANDED_OVER: l('overgedragen', 'handed over'),
  IDEMPOTENCY_KEY_REUSED: l('herhaald verzoek met andere inhoud', 'request key reused with other content'),
  IDEMPOTENT_REPLAY: l('herhaald verzoek', 'repeated request'),
  INDEX_REGISTERED: l('in de verwijsindex gezet', 'registered in the reference index'),
  INDEX_ENDED: l('registratie in de verwijsindex beëindigd', 'reference index registration ended'),
  INDEX_LOOKUP: l('verwijsindex geraadpleegd', 'reference index consulted'),
  INDEX_MATCH: l('match in de verwijsindex', 'reference index match'),
  INTAKE_REPORT: l('melding', 'report'),
  INVALID_CREDENTIALS: l('onjuiste inloggegevens', 'invalid credentials'),
  LAST_ITEM: l('laatste agendapunt', 'last agenda item'),
  MAIL_RETRY: l('opnieuw in de verzendrij gezet', 'put back in the send queue'),
  MATCH_CONFIRMED: l('match bevestigd', 'match confirmed'),
  MATCH_REJECTED: l('match afgewezen', 'match rejected'),
  MDO_HELD: l('MDO gehouden', 'conference held'),
  MDO_STARTED: l('MDO gestart', 'conference started'),
  MEETING_HELD: l('MDO gehouden', 'conference held'),
  MEETING_NOT_HELD: l('MDO nog niet gehouden', 'conference not yet held'),
  MINUTES_AGREED: l('verslag vastgesteld', 'minutes agreed'),
  MY_ACTIONS: l('mijn acties', 'my actions'),
  NEXT_DEADLINE: l('eerstvolgende termijn', 'next deadline'),
  NOT_ON_CASE_TEAM: l('niet in het casusteam', 'not on the case team'),
  OBJECTED: l('bezwaar gemaakt', 'objected'),
  PROCESSING_RESTRICTED: l('geweigerd: verwerking beperkt (art. 18)', 'refused: processing restricted (art. 18)'),
  QUEUE_OVERFLOW: l('wachtrij vol', 'queue full'),
  RATE_LIMITED: l('te veel verzoeken', 'too many requests'),
  RETENTION_PSEUDONYMISED: l('gepseudonimiseerd na de bewaartermijn', 'pseudonymised after retention'),
  SEARCH_RESULT: l('zoekresultaat', 'search result'),
  START_MDA_CASE: l('MDA++-casus gestart', 'MDA++ case started'),
  START_PLAN: l('plan gestart', 'plan started'),
  CLIMBED_TO: l('opgeschaald naar', 'climbed to'),
  DECIDED: l('besloten', 'decided'),
  ERASURE: l('verwijderverzoek', 'erasure'),
  GROUND: l('grond', 'ground'),
  PROPOSE_VERSION: l('versie voorgesteld', 'version proposed'),
  RAISED: l('opschaling gestart', 'escalation raised'),
  TRANSITION_TO: l('status gewijzigd naar', 'status changed to'),
  AGREE_VERSION: l('akkoord op versie', 'agreed to version'),
  OBJECT_VERSION: l('bezwaar tegen versie', 'objected to version'),
  CONTRA_INDICATION_JUSTIFIED: l('contra-indicatie onderbouwd', 'contra-indication justified'),
  AGGREGATE: l('cijfers opgevraagd', 'figures requested'),
  MDO: l('MDO', 'case conference'),
  SUBSCRIPTION: l('live bijgewerkt', 'live update'),
};

/** Keys of `key=value` details in a reason (`filter=person;results=3`). */
export const AUDIT_DETAIL_KEY_LABELS: Readonly<Record<string, AuditLabel>> = {
  days: l('dagen', 'days'),
  filter: l('filter', 'filter'),
  matches: l('overeenkomsten', 'matches'),
  municipalities: l('gemeenten', 'municipalities'),
  request: l('verzoek', 'request'),
  results: l('resultaten', 'results'),
  signals: l('signalen', 'signals'),
  with: l('met', 'with'),
  criteria: l('zoekcriteria', 'criteria'),
};

/** Values of the access log's own `filter=` detail. */
export const AUDIT_DETAIL_VALUE_LABELS: Readonly<Record<string, AuditLabel>> = {
  none: l('geen', 'none'),
  person: l('persoon', 'person'),
  user: l('gebruiker', 'user'),
  case: l('casus', 'case'),
  from: l('vanaf', 'from'),
  to: l('tot en met', 'to'),
  bsn: l('BSN', 'BSN'),
  nameAndDateOfBirth: l('naam en geboortedatum', 'name and date of birth'),
};

const UNKNOWN_SUBJECT = l('ander gegeven', 'other data');
const UNKNOWN_FIELD = l('ander veld', 'other field');

/** The subject type in words; never the class name. */
export function auditSubjectLabel(subjectType: string, lang: AuditLanguage = 'nl'): string {
  return (AUDIT_SUBJECT_LABELS[subjectType] ?? UNKNOWN_SUBJECT)[lang];
}

export function auditActionLabel(action: string, lang: AuditLanguage = 'nl'): string {
  return (AUDIT_ACTION_LABELS as Record<string, AuditLabel>)[action]?.[lang] ?? UNKNOWN_SUBJECT[lang];
}

/** A field in words; `GOAL.description` reads "Doel: omschrijving", a nested input field its last part. */
export function auditFieldLabel(field: string, lang: AuditLanguage = 'nl'): string {
  const own = AUDIT_FIELD_LABELS[field];
  if (own) return own[lang];
  const dot = field.indexOf('.');
  if (dot > 0) {
    const head = field.slice(0, dot);
    const rest = field.slice(dot + 1);
    const kind = AUDIT_PLAN_KIND_LABELS[head];
    if (kind) return `${kind[lang]}: ${auditFieldLabel(rest, lang)}`;
    return auditFieldLabel(rest.includes('.') ? rest.slice(rest.lastIndexOf('.') + 1) : rest, lang);
  }
  return UNKNOWN_FIELD[lang];
}

/** Whether a field has its own label (also through a plan kind prefix). */
export function hasAuditFieldLabel(field: string): boolean {
  if (AUDIT_FIELD_LABELS[field]) return true;
  const dot = field.indexOf('.');
  return dot > 0 && field.slice(0, dot) in AUDIT_PLAN_KIND_LABELS && hasAuditFieldLabel(field.slice(dot + 1));
}

const CODE = /^[A-Z][A-Z0-9_]*$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A reason code in words: whole (`NOT_ON_CASE_TEAM`), or a known start and the rest (`TRANSITION_TO_CLOSED`). */
export function auditReasonCodeLabel(code: string, lang: AuditLanguage = 'nl'): string | null {
  const whole = AUDIT_REASON_LABELS[code];
  if (whole) return whole[lang];
  const parts = code.split('_');
  for (let n = parts.length - 1; n >= 1; n--) {
    const head = AUDIT_REASON_LABELS[parts.slice(0, n).join('_')];
    if (head) return `${head[lang]} ${parts.slice(n).join(' ').toLowerCase()}`;
  }
  // `AGREE_VERSION_3`: a code with a number at the end.
  const numbered = /^(.*)_(\d+)$/.exec(code);
  const label = numbered?.[1] ? AUDIT_REASON_LABELS[numbered[1]] : undefined;
  if (label) return `${label[lang]} ${numbered?.[2] ?? ''}`;
  return null;
}

function detailValue(key: string, value: string, lang: AuditLanguage): string {
  if (key === 'filter' || key === 'criteria')
    return value
      .split('+')
      .map((v) => AUDIT_DETAIL_VALUE_LABELS[v]?.[lang] ?? auditFieldLabel(v, lang))
      .join(' + ');
  return value;
}

/**
 * A reason as a sentence part: codes and `key=value` details in words, free text (an emergency
 * access reason, an escalation ground) as written.
 */
export function describeAuditReason(reason: string, lang: AuditLanguage = 'nl'): string {
  const trimmed = reason.trim();
  const tokens = trimmed.split(/[;\s:]+/).filter(Boolean);
  const structured = tokens.every((t) => CODE.test(t) || UUID.test(t) || /^[a-z]+=/.test(t) || /^\S+\.\.\S+$/.test(t));
  if (!structured) return reason;
  const words: string[] = [];
  for (const token of tokens) {
    const eq = token.indexOf('=');
    if (eq > 0) {
      const key = token.slice(0, eq);
      const value = token.slice(eq + 1);
      const label = AUDIT_DETAIL_KEY_LABELS[key]?.[lang];
      if (key === 'with' || key === 'request') continue; // an internal id says nothing to a reader
      words.push(label ? `${label}: ${detailValue(key, value, lang)}` : value);
    } else if (UUID.test(token)) {
      continue;
    } else if (CODE.test(token)) {
      words.push(auditReasonCodeLabel(token, lang) ?? token.toLowerCase().replace(/_/g, ' '));
    } else words.push(token);
  }
  return words.join('; ');
}
