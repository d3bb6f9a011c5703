import {
  abilityFromPacked,
  abilityFromRules,
  type AppAbility,
  asSubject,
  type CaseAccessLookup,
  noCaseAccess,
} from '@mda/authz';
import type { DataCategory } from '@mda/graphql';

/**
 * The web decides with the API's own rules: `me.permissions` holds this session's CASL
 * rules, packed. Anything the web cannot read as rules allows nothing (deny by default);
 * the API checks every request again anyway. Rules bound to a case speak of how the viewer
 * reaches it (team, direction, emergency grant): `accessOf` answers that from the cases the web
 * received (`Case.viewerAccess`); a case it does not know is reached in no way (deny).
 */
export function abilityFromPermissions(
  packed: string | null | undefined,
  accessOf: CaseAccessLookup = noCaseAccess,
): AppAbility {
  if (!packed) return abilityFromRules([]);
  try {
    const rules: unknown = JSON.parse(packed);
    return Array.isArray(rules)
      ? abilityFromPacked(rules as Parameters<typeof abilityFromPacked>[0], accessOf)
      : abilityFromRules([]);
  } catch {
    return abilityFromRules([]);
  }
}

/** Works on case content: lists cases, reads and records shared information. */
export function mayDoCasework(ability: AppAbility): boolean {
  return ability.can('read', 'Case');
}

/** Declares a purpose for the session: only who reads shared information needs one. */
export function mayDeclarePurpose(ability: AppAbility): boolean {
  return ability.can('read', 'CaseEntry');
}

/** May ask emergency read access to a case outside their teams. */
export function mayRequestBreakGlass(ability: AppAbility): boolean {
  return ability.can('requestBreakGlass', 'Case');
}

/** The privacy officer's console (FG): the access log, signals, data-subject requests. */
export function mayUsePrivacyConsole(ability: AppAbility): boolean {
  return ability.can('read', 'AuditLog');
}

/** Reviews emergency access afterwards. */
export function mayReviewBreakGlass(ability: AppAbility): boolean {
  return ability.can('review', 'BreakGlassGrant');
}

/** Hands in an AVG art. 17 erasure request: the covenant's coordinating privacy officer. */
export function mayRequestErasure(ability: AppAbility): boolean {
  return ability.can('erase', 'DataSubject');
}

/** An erasure request as the four-eyes rules look at it. */
export interface ErasureRequestFacts {
  id: string;
  status: string;
  requestedById: string;
  affectedOrganisationIds: readonly string[];
}
const erasureRequest = (r: ErasureRequestFacts) =>
  asSubject('ErasureRequest', {
    id: r.id,
    status: r.status,
    requestedById: r.requestedById,
    affectedOrganisationIds: [...r.affectedOrganisationIds],
  });

/** The second privacy officer's approval: never the requester's own. */
export function mayApproveErasure(ability: AppAbility, request: ErasureRequestFacts): boolean {
  return ability.can('approve', erasureRequest(request));
}

/** The requester withdraws while no second privacy officer approved. */
export function mayWithdrawErasure(ability: AppAbility, request: ErasureRequestFacts): boolean {
  return ability.can('withdraw', erasureRequest(request));
}

/** Moves this case's status (the state machine in the API says which moves exist). */
export function mayTransitionCase(ability: AppAbility, caseId: string): boolean {
  return ability.can('transition', asSubject('Case', { id: caseId }));
}

/** Composes this case's team. */
export function mayManageTeam(ability: AppAbility, caseId: string): boolean {
  return ability.can('manageTeam', asSubject('Case', { id: caseId }));
}

/** The categories of `candidates` this user may record on this case now (purpose included). */
export function recordableCategories(
  ability: AppAbility,
  caseId: string,
  candidates: readonly DataCategory[],
): DataCategory[] {
  // A new entry has no id yet; the rules for creating one look at its case and category only.
  return candidates.filter((category) => ability.can('create', asSubject('CaseEntry', { id: '', caseId, category })));
}

/**
 * Registers a household member of this case in the involvement index from the case page: an
 * organisation that registers at all, reaching the case as a team member (the rule that shows
 * the case team the index entries; packages/authz/involvement-rules.ts), as the API decides.
 */
export function mayRegisterInvolvementFromCase(ability: AppAbility, caseId: string): boolean {
  return (
    ability.can('create', 'Involvement') &&
    ability.can('read', asSubject('Involvement', { id: '-', organisationId: '-', caseId }), 'contactPoint')
  );
}

/** The intake desk of Veilig Thuis: reports and advice requests (docs/intake.md). */
export function mayUseIntakeDesk(ability: AppAbility): boolean {
  return ability.can('create', 'IntakeReport');
}

/** The involvement index (verwijsindex): casework roles of every partner organisation. */
export function mayUseInvolvementIndex(ability: AppAbility): boolean {
  return ability.can('create', 'Involvement');
}

/** The waiting list (werkvoorraad): cases of the teams without a case director. */
export function mayReadWaitingList(ability: AppAbility): boolean {
  return ability.can('read', 'WaitingList');
}

/** The mails the sender gave up on, and their retry: the functional administrator (notification-rules.ts). */
export function mayManageMailDelivery(ability: AppAbility): boolean {
  return ability.can('read', 'MailDelivery');
}

/** Figures at a glance (cijfers): a process director for the region, a policy officer for its municipalities. */
export function mayReadFigures(ability: AppAbility): boolean {
  return ability.can('read', 'Figures');
}

/** Directors' workload (all of them, those of the own organisation, or only one's own). */
export function mayReadWorkload(ability: AppAbility): boolean {
  return ability.can('read', 'Workload');
}

/** Proposes this person as director of this case (a team lead only for their own organisation). */
export function mayProposeDirector(
  ability: AppAbility,
  caseId: string,
  director: { userId: string; organisationId: string },
): boolean {
  return ability.can(
    'assign',
    asSubject('DirectorAssignment', {
      id: '',
      caseId,
      userId: director.userId,
      directorOrganisationId: director.organisationId,
    }),
  );
}

/** Ends this director's assignment on this case, or withdraws a proposal (the same rule as assigning them). */
export function mayEndDirectorAssignment(
  ability: AppAbility,
  caseId: string,
  director: { userId: string; organisationId: string },
): boolean {
  return mayProposeDirector(ability, caseId, director);
}

/**
 * Names the contact person while this case waits for a case director: who may assign a
 * director of their own organisation on it (the API asks exactly that).
 */
export function maySetWaitingListContact(ability: AppAbility, caseId: string, ownOrganisationId: string): boolean {
  return ability.can(
    'assign',
    asSubject('DirectorAssignment', { id: '', caseId, userId: '', directorOrganisationId: ownOrganisationId }),
  );
}

/** Answers (accepts or declines) a proposal: only the proposed director. */
export function mayAnswerDirectorProposal(
  ability: AppAbility,
  proposal: { id: string; caseId: string; directorId: string },
): boolean {
  return ability.can(
    'respond',
    asSubject('DirectorAssignment', { id: proposal.id, caseId: proposal.caseId, userId: proposal.directorId }),
  );
}

/** Reads escalations ("Mijn escalaties"): team members and the deciders of the ladder. */
/** Takes part in multidisciplinary meetings ("Mijn overleggen"): casework roles. */
export function mayReadMeetings(ability: AppAbility): boolean {
  return ability.can('read', 'Meeting');
}

export function mayReadEscalations(ability: AppAbility): boolean {
  return ability.can('read', 'Escalation');
}

/** Raises an escalation on this case (any casework team member). */
export function mayRaiseEscalation(ability: AppAbility, caseId: string): boolean {
  return ability.can('raise', asSubject('Escalation', { id: '', caseId }));
}

/** Withdraws this escalation: who raised it, or the case director. */
export function mayWithdrawEscalation(
  ability: AppAbility,
  escalation: { id: string; caseId: string; level: number; raisedById: string | null },
): boolean {
  return ability.can('withdraw', asSubject('Escalation', escalation));
}

/** Hands this escalation back one level: the deciders of its level, from level 2. */
export function mayDeEscalate(ability: AppAbility, escalation: { id: string; caseId: string; level: number }): boolean {
  return ability.can('deEscalate', asSubject('Escalation', escalation));
}

/** Changes the working copy of this case's joint plan (casework roles on the team). */
export function mayEditPlan(ability: AppAbility, caseId: string): boolean {
  return ability.can('edit', asSubject('Plan', { id: caseId, caseId }));
}

/** Proposes the plan for agreement (directing roles on the team, the accepted case director). */
export function mayProposePlan(ability: AppAbility, caseId: string): boolean {
  return ability.can('propose', asSubject('Plan', { id: caseId, caseId }));
}

/** Agrees or objects to a proposed version for this user's organisation. */
export function maySignOffPlan(ability: AppAbility, caseId: string): boolean {
  return ability.can('signOff', asSubject('Plan', { id: caseId, caseId }));
}

/** Records a contra-indicated intervention with a justification (the accepted case director). */
export function mayJustifyContraIndication(ability: AppAbility, caseId: string): boolean {
  return ability.can('justify', asSubject('Plan', { id: caseId, caseId }));
}

/** The categories of `candidates` this user may write plan elements in on this case now. */
export function writablePlanCategories(
  ability: AppAbility,
  caseId: string,
  candidates: readonly DataCategory[],
): DataCategory[] {
  return candidates.filter((category) => ability.can('create', asSubject('PlanElement', { id: '', caseId, category })));
}

/**
 * The first page this user can use, by the session's rules: casework first ("Vandaag":
 * what waits for them today), then "Mijn escalaties", the waiting list, the workload, the FG console,
 * the figures, the administrator's failed e-mails, and the notifications, which everyone with a session has. A team lead lands on what they do.
 */
export function landingPath(ability: AppAbility): string {
  if (mayDoCasework(ability)) return '/vandaag';
  if (mayReadEscalations(ability)) return '/escalaties';
  if (mayReadWaitingList(ability)) return '/werkvoorraad';
  if (mayReadWorkload(ability)) return '/werklast';
  if (mayUsePrivacyConsole(ability)) return '/fg';
  if (mayReadFigures(ability)) return '/cijfers';
  if (mayManageMailDelivery(ability)) return '/beheer/e-mail';
  return '/meldingen';
}

/** Changes or removes a plan element of this category on this case (e.g. a safety-plan item). */
export function mayChangePlanElement(ability: AppAbility, caseId: string, category: DataCategory): boolean {
  return ability.can('update', asSubject('PlanElement', { id: '', caseId, category }));
}

/**
 * Changes or removes a picture entry (beeldvorming): what an organisation contributed stays
 * its own, so only the author organisation, and only in a category it may write.
 */
export function mayChangePictureEntry(
  ability: AppAbility,
  caseId: string,
  entry: { category: DataCategory; authorOrganisationId: string },
): boolean {
  return ability.can(
    'update',
    asSubject('PlanElement', {
      id: '',
      caseId,
      category: entry.category,
      kind: 'PICTURE',
      authorOrganisationId: entry.authorOrganisationId,
    }),
  );
}
