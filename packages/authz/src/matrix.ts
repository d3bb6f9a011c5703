import { ORGANISATION_TYPES, USER_ROLES, type OrganisationType, type UserRole } from '@mda/domain';
import { defineAbilityFor, asSubject } from './ability.js';
import { caseAccessFrom } from './case-access.js';
import { meetingTextSubject } from './meeting-rules.js';
import {
  CATEGORY_POLICY,
  DATA_CATEGORIES,
  PERSON_FIELDS,
  PURPOSE_BOUND_CATEGORIES,
  SECOND_FACTOR_CATEGORIES,
} from './categories.js';

const mark = (read: boolean, write: boolean): string => (read && write ? 'RW' : read ? 'R' : write ? 'W' : '-');

/**
 * docs/permissions.md, rendered from the rules themselves (not from a copy of them): each
 * cell asks the ability of a team-member actor with a declared purpose.
 */
export function renderPermissionMatrix(): string {
  const lines: string[] = [];
  lines.push('# Permissions: who sees what, field by field');
  lines.push('');
  lines.push('<!-- Generated from packages/authz (renderPermissionMatrix). Do not edit by hand:');
  lines.push('     run `pnpm docs:permissions`; a unit test fails when this file and the rules differ. -->');
  lines.push('');
  lines.push("Deny unless a rule allows. Rules are built per request from the user's organisation type,");
  lines.push('roles and the purpose declared for the session. Rules bound to a case name how the user');
  lines.push('reaches it, never a list of cases: TEAM (a case-team membership of the organisation active');
  lines.push('today), DIRECTOR (the accepted case director) or BREAK_GLASS (an active break-the-glass');
  lines.push('grant); PostgreSQL evaluates these per case (docs/adr/0006-permission-scope-in-sql.md).');
  lines.push('');
  lines.push('## Data categories and their fields');
  lines.push('');
  lines.push('| category | where | fields |');
  lines.push('|---|---|---|');
  for (const [category, fields] of Object.entries(PERSON_FIELDS))
    lines.push(`| ${category} | Person | ${fields.join(', ')} |`);
  lines.push(
    '| CRIMINAL, HEALTH, CHILD_PROTECTION, PLAN, RESTRICTED_NOTE | CaseEntry (category per row) | title, body, occurredOn, concerns |',
  );
  lines.push('');
  lines.push('Every team member sees *that* an entry exists, its category and which organisation');
  lines.push('recorded it (the reference-index principle); its content only as below. A field the');
  lines.push('viewer may not read resolves to `null` and is named in `redactedFields`.');
  lines.push('');
  lines.push(
    `Purpose-bound categories (AVG art. 9 and 10): ${PURPOSE_BOUND_CATEGORIES.join(', ')}. Without a purpose declared`,
  );
  lines.push('for the session (`setPurpose`) they are neither read nor written.');
  lines.push('');
  lines.push(
    `Second-factor categories: ${SECOND_FACTOR_CATEGORIES.join(', ')}. Where the deployment requires a second factor`,
  );
  lines.push('(`SECOND_FACTOR_REQUIRED`), a session reads them only after confirming one (TOTP, or an identity');
  lines.push('provider asserting it); until then they are withheld with `withheldReason` (docs/identity.md).');
  lines.push('');
  lines.push('## Matrix: organisation type x category (team member, casework role, purpose declared)');
  lines.push('');
  lines.push('R = read, W = record (create), - = neither. Roles PROFESSIONAL, CASE_DIRECTOR and');
  lines.push(
    'PROCESS_DIRECTOR get the same cell; PRIVACY_OFFICER (also when coordinating) and ADMIN get `-` everywhere.',
  );
  lines.push('');
  lines.push(`| organisation type | ${DATA_CATEGORIES.join(' | ')} |`);
  lines.push(`|---|${DATA_CATEGORIES.map(() => '---').join('|')}|`);
  for (const type of ORGANISATION_TYPES) {
    const ability = defineAbilityFor(
      {
        userId: 'u',
        organisationId: 'o',
        organisationType: type,
        roles: ['PROFESSIONAL'],
        purpose: 'PLAN_EXECUTION',
      },
      caseAccessFrom({ team: ['c'] }),
    );
    const cells = DATA_CATEGORIES.map((category) => {
      const target = asSubject('CaseEntry', {
        id: 'e',
        caseId: 'c',
        category,
        authorOrganisationId: 'x',
        audience: CATEGORY_POLICY[category].audienceBound ? [type] : [],
      });
      return mark(ability.can('read', target, 'body'), ability.can('create', target));
    });
    lines.push(`| ${type} | ${cells.join(' | ')} |`);
  }
  lines.push('');
  lines.push('RESTRICTED_NOTE cells hold for notes whose audience names the organisation type; the');
  lines.push('author organisation always reads and corrects its own entries while on the team.');
  lines.push('');
  lines.push('## By role');
  lines.push('');
  lines.push('| role | cases | content | status and team | privacy console |');
  lines.push('|---|---|---|---|---|');
  for (const role of USER_ROLES) {
    const ability = defineAbilityFor(
      { userId: 'u', organisationId: 'o', organisationType: 'SAFE_HOME', roles: [role], purpose: 'PLAN_EXECUTION' },
      caseAccessFrom({ team: ['c'] }),
    );
    const c = asSubject('Case', { id: 'c' });
    lines.push(
      `| ${role} | ${ability.can('read', c) ? 'team cases' : '-'} | ${ability.can('read', asSubject('CaseEntry', { id: 'e', caseId: 'c', category: 'PLAN', authorOrganisationId: 'x', audience: [] }), 'body') ? 'per matrix' : '-'} | ${ability.can('transition', c) ? 'yes' : '-'} | ${ability.can('read', 'AuditLog') ? 'yes' : '-'} |`,
    );
  }
  lines.push('');
  lines.push('## Special rules');
  lines.push('');
  lines.push('- The accepted case director (*casusregisseur*) of a case also reads, on that case only:');
  lines.push(
    `  ${DATA_CATEGORIES.filter((c) => CATEGORY_POLICY[c].caseDirectorReads).join(', ')} (notably the secret location, whatever the director's organisation).`,
  );
  lines.push('- Break the glass: a casework user outside the team may take emergency read access to one');
  lines.push('  case with a mandatory reason, for a limited time; it reads what its organisation type');
  lines.push('  would read as a member, never writes, and every access is marked and reviewed by the privacy officer.');
  lines.push('- Ending a membership takes effect on the very next request: rules are rebuilt per request.');
  lines.push(
    '- Status changes and team composition: CASE_DIRECTOR and PROCESS_DIRECTOR of a team-member organisation.',
  );
  lines.push('- Opening a case: casework roles at SAFE_HOME, LOCAL_TEAM, CENTRE, SAFETY_HOUSE.');
  const vt = defineAbilityFor({
    userId: 'u',
    organisationId: 'o',
    organisationType: 'SAFE_HOME',
    roles: ['PROFESSIONAL'],
    purpose: null,
  });
  const readers = ORGANISATION_TYPES.filter((type) =>
    defineAbilityFor(
      { userId: 'u', organisationId: 'o', organisationType: type, roles: ['PROFESSIONAL'], purpose: 'PLAN_EXECUTION' },
      caseAccessFrom({ team: ['c'], director: ['c'] }),
    ).can('read', asSubject('IntakeReport', { id: 'r', organisationId: 'o' }), 'reporterName'),
  );
  lines.push(
    `- Reports and advice requests (intake, docs/intake.md): recorded, screened, assessed and decided by casework roles at ${vt.can('create', 'IntakeReport') ? 'SAFE_HOME' : '-'};`,
  );
  lines.push(
    `  who reported (REPORTER_IDENTITY) and the reporter's account (REPORTER_ACCOUNT) are read by ${readers.join(', ') || 'nobody'} only.`,
  );
  lines.push('  A case team sees of the reports about its household only the count, dates, kind and CBS category.');
  const team = (type: OrganisationType) =>
    defineAbilityFor(
      { userId: 'u', organisationId: 'o', organisationType: type, roles: ['PROFESSIONAL'], purpose: null },
      caseAccessFrom({ team: ['c'] }),
    );
  const registrars = ORGANISATION_TYPES.filter((type) => team(type).can('create', 'Involvement'));
  const entry = asSubject('Involvement', { id: 'i', organisationId: 'x', caseId: 'c' });
  const entryFields = [
    'organisationName',
    'organisationType',
    'contactPoint',
    'validFrom',
    'validUntil',
    'basisKind',
    'basisDetail',
    'ownReference',
  ].filter((f) => team('LOCAL_TEAM').can('read', entry, f));
  lines.push(
    `- Involvement index (verwijsindex): registered by casework roles at ${registrars.join(', ') || 'nobody'}; an organisation reads its own`,
  );
  const ender = team('LOCAL_TEAM');
  const endsOwn = ender.can('update', asSubject('Involvement', { id: 'i', organisationId: 'o' }));
  const endsOther = ender.can('update', asSubject('Involvement', { id: 'i', organisationId: 'x' }));
  lines.push(
    `  registrations in full; a case team reads of its household's persons' entries only: ${entryFields.join(', ')}.`,
  );
  lines.push(
    `  An organisation ends its own registration early: ${endsOwn ? 'yes' : 'no'}; another organisation's: ${endsOther ? 'yes' : 'no'}.`,
  );
  lines.push('');
  lines.push(...renderFiguresMatrix());
  lines.push(...renderDirectionMatrix());
  lines.push(...renderMeetingMatrix());
  lines.push(...renderPrivacyMatrix());
  lines.push(...renderMailDeliveryMatrix());
  return `${lines.join('\n')}`;
}

/** Given-up mails (notification-rules.ts): who sees them and puts one back in the queue, per role. */
function renderMailDeliveryMatrix(): string[] {
  const out = [
    '## Mails the sender gave up on',
    '',
    'Rules in `packages/authz/src/notification-rules.ts`; the sender in `docs/notifications.md`. The list shows kind,',
    'recipient (name and organisation), attempts and the SMTP error code: never a case, a reference or the text.',
    '',
    '| role | see given-up mails | retry one |',
    '|---|---|---|',
  ];
  const mail = asSubject('MailDelivery', { id: 'm' });
  for (const role of USER_ROLES) {
    const a = defineAbilityFor({
      userId: 'u',
      organisationId: 'o',
      organisationType: 'MUNICIPALITY',
      roles: [role],
      purpose: null,
    });
    out.push(`| ${role} | ${a.can('read', mail) ? 'yes' : '-'} | ${a.can('retry', mail) ? 'yes' : '-'} |`);
  }
  out.push('');
  return out;
}

/** Case direction and escalation (direction-rules.ts), asked of the ability per kind of actor. */
function renderDirectionMatrix(): string[] {
  const rows: [string, OrganisationType, UserRole, string[]][] = [
    ['professional on the team', 'POLICE', 'PROFESSIONAL', []],
    ['case director on the team', 'LOCAL_TEAM', 'CASE_DIRECTOR', []],
    ['accepted case director of the case', 'LOCAL_TEAM', 'CASE_DIRECTOR', ['c']],
    ['process director on the team', 'SAFE_HOME', 'PROCESS_DIRECTOR', []],
    ['team lead, organisation on the team', 'LOCAL_TEAM', 'TEAM_LEAD', []],
    ['team lead Zorg- en Veiligheidshuis', 'SAFETY_HOUSE', 'TEAM_LEAD', []],
    ['team lead municipality', 'MUNICIPALITY', 'TEAM_LEAD', []],
    ['privacy officer', 'SAFE_HOME', 'PRIVACY_OFFICER', []],
  ];
  const out: string[] = [];
  out.push('## Case direction and escalation');
  out.push('');
  out.push(
    'Rules in `packages/authz/src/direction-rules.ts`; the workflow in `docs/direction.md`. Assign = propose or end a',
  );
  out.push(
    "director assignment (own org = only a director of the actor's own organisation). Levels: 1 casusregisseur,",
  );
  out.push('2 procesregisseur / MDO, 3 ZVH-management (doorzettingsmacht), 4 bestuurlijk overleg.');
  out.push('');
  out.push('| actor | assign director | waiting list | raise | decide at level | handover note text | case content |');
  out.push('|---|---|---|---|---|---|---|');
  for (const [label, type, role, directorCaseIds] of rows) {
    const a = defineAbilityFor(
      { userId: 'u', organisationId: 'o', organisationType: type, roles: [role], purpose: null },
      caseAccessFrom({ team: ['c'], director: directorCaseIds }),
    );
    const any = a.can(
      'assign',
      asSubject('DirectorAssignment', { id: 'a', caseId: 'c', directorOrganisationId: 'x', userId: 'v' }),
    );
    const own = a.can(
      'assign',
      asSubject('DirectorAssignment', { id: 'a', caseId: 'c', directorOrganisationId: 'o', userId: 'v' }),
    );
    const levels = [1, 2, 3, 4].filter((level) =>
      a.can('decide', asSubject('Escalation', { id: 'e', caseId: 'c', level, raisedById: 'v' })),
    );
    const note = (party: Record<string, string>) =>
      a.can(
        'readHandoverNote',
        asSubject('DirectorAssignment', {
          id: 'a',
          caseId: 'c',
          directorOrganisationId: 'x',
          userId: 'v',
          replacedUserId: 'w',
          proposedById: 'p',
          ...party,
        }),
      );
    const notes = note({})
      ? 'yes'
      : ['userId', 'replacedUserId', 'proposedById'].every((f) => note({ [f]: 'u' }))
        ? 'as party'
        : '-';
    out.push(
      `| ${label} (${type} ${role}) | ${any ? 'yes' : own ? 'own org' : '-'} | ${a.can('read', 'WaitingList') ? 'yes' : '-'} | ${a.can('raise', asSubject('Escalation', { id: 'e', caseId: 'c', level: 1, raisedById: 'v' })) ? 'yes' : '-'} | ${levels.join(', ') || '-'} | ${notes} | ${a.can('read', asSubject('Case', { id: 'c' })) ? 'team case' : '-'} |`,
    );
  }
  out.push('');
  out.push('Handover note text: "as party" = only when the actor is the incoming director, the outgoing director or');
  out.push('the proposer of that handover; everyone else who reads the direction sees only that a note exists.');
  out.push('');
  return out;
}

/** The MDO (meeting-rules.ts): per kind of actor, on a case item of the table `o` sits at. */
function renderMeetingMatrix(): string[] {
  const rows: [string, OrganisationType, UserRole, string, { team: string[]; director: string[] }][] = [
    [
      'chair (process director), organisation on the team',
      'SAFE_HOME',
      'PROCESS_DIRECTOR',
      'u',
      { team: ['c'], director: [] },
    ],
    ['professional, organisation on the case team', 'POLICE', 'PROFESSIONAL', 'v', { team: ['c'], director: [] }],
    [
      'professional, organisation at the table but not on the case team',
      'POLICE',
      'PROFESSIONAL',
      'v',
      { team: [], director: [] },
    ],
    ['accepted case director of the case', 'LOCAL_TEAM', 'CASE_DIRECTOR', 'v', { team: ['c'], director: ['c'] }],
    ['privacy officer', 'SAFE_HOME', 'PRIVACY_OFFICER', 'v', { team: ['c'], director: [] }],
  ];
  const out: string[] = [];
  out.push('## The multidisciplinary meeting (MDO)');
  out.push('');
  out.push(
    "Rules in `packages/authz/src/meeting-rules.ts`; the workflow in `docs/meetings.md`. An item's texts are masked per",
  );
  out.push(
    'data category like case entries (matrix above). A member organisation that may not hear an item sees only that it',
  );
  out.push(
    'exists ("Casus 4 - niet voor uw organisatie"). Presence at an item is refused unless the organisation is on its case team.',
  );
  out.push('');
  out.push(
    '| actor | read meeting | put case on agenda | read item | contribute | decide | run (start, next, held, minutes) | present at item off-team |',
  );
  out.push('|---|---|---|---|---|---|---|---|');
  const yes = (b: boolean) => (b ? 'yes' : '-');
  for (const [label, type, role, userId, reach] of rows) {
    const a = defineAbilityFor(
      { userId, organisationId: 'o', organisationType: type, roles: [role], purpose: 'MDO_PREPARATION' },
      caseAccessFrom(reach),
    );
    const meeting = asSubject('Meeting', { id: 'm', chairId: 'u', memberOrganisationIds: ['o'] });
    const item = asSubject('MeetingItem', {
      id: 'i',
      caseId: 'c',
      kind: 'CASE',
      chairId: 'u',
      memberOrganisationIds: ['o'],
    });
    const offTeam = asSubject('MeetingAttendance', { id: 'a', chairId: 'u', organisationId: 'o', mayHear: false });
    out.push(
      `| ${label} (${type} ${role}) | ${yes(a.can('read', meeting))} | ${yes(a.can('create', item))} | ${yes(a.can('read', item))} | ${yes(a.can('contribute', item))} | ${yes(a.can('decide', item))} | ${yes(a.can('run', meeting))} | ${yes(a.can('attend', offTeam))} |`,
    );
  }
  out.push('');
  out.push(...renderMeetingTextCategories());
  return out;
}

/** Who may give an existing MDO text (question, considerations) which category (`recategorise`). */
function renderMeetingTextCategories(): string[] {
  const a = defineAbilityFor({
    userId: 'v',
    organisationId: 'o',
    organisationType: 'SAFE_HOME',
    roles: ['PROFESSIONAL'],
    purpose: 'MDO_PREPARATION',
  });
  const out = [
    'Changing the data category of an existing MDO text (question, considerations): the organisation that alone wrote',
    'it gives it any category it may record; any other organisation (and anyone, once several organisations wrote it)',
    'only keeps or narrows it: the new category may not reach a reader the old one did not (another organisation type,',
    'the case director, a session without the purpose or second factor the old one demands). The case-entry write',
    'policy applies on top. The API refuses a widening with `BAD_USER_INPUT` at the category field; nothing changes.',
    '',
    '| category now | another organisation may give it |',
    '|---|---|',
  ];
  for (const from of DATA_CATEGORIES) {
    const to = DATA_CATEGORIES.filter((c) => a.can('recategorise', meetingTextSubject(['author'], from, c)));
    out.push(`| ${from} | ${to.join(', ')} |`);
  }
  out.push('');
  return out;
}

/** Figures at a glance (figures-rules.ts): who reads which municipality's counts. */
function renderFiguresMatrix(): string[] {
  const rows: [string, OrganisationType, UserRole][] = [
    ['process director', 'SAFE_HOME', 'PROCESS_DIRECTOR'],
    ['policy officer of a municipality serving ROTTERDAM', 'MUNICIPALITY', 'POLICY_OFFICER'],
    ['team lead municipality', 'MUNICIPALITY', 'TEAM_LEAD'],
    ['case director', 'LOCAL_TEAM', 'CASE_DIRECTOR'],
    ['professional', 'POLICE', 'PROFESSIONAL'],
    ['privacy officer', 'SAFE_HOME', 'PRIVACY_OFFICER'],
  ];
  const out: string[] = [];
  out.push('## Figures (cijfers)');
  out.push('');
  out.push(
    'Rules in `packages/authz/src/figures-rules.ts`; the indicators in `docs/figures.md`. Only suppressed counts',
  );
  out.push('(cells under 5 shown as "< 5", with complements) leave the server; no figure reaches a person or a case.');
  out.push('');
  out.push('| actor | figures of ROTTERDAM | figures of SCHIEDAM | case content |');
  out.push('|---|---|---|---|');
  for (const [label, type, role] of rows) {
    const a = defineAbilityFor(
      {
        userId: 'u',
        organisationId: 'o',
        organisationType: type,
        roles: [role],
        purpose: null,
        municipalities: ['ROTTERDAM'],
      },
      caseAccessFrom({ team: ['c'] }),
    );
    const sees = (m: string) => (a.can('read', asSubject('Figures', { id: m, municipality: m })) ? 'yes' : '-');
    out.push(
      `| ${label} (${type} ${role}) | ${sees('ROTTERDAM')} | ${sees('SCHIEDAM')} | ${a.can('read', asSubject('Case', { id: 'c' })) ? 'team case' : '-'} |`,
    );
  }
  out.push('');
  return out;
}

/** The privacy officer's mandate (privacy-rules.ts): organisation `o` is the officer's own, `x` another one. */
function renderPrivacyMatrix(): string[] {
  const rows: [string, UserRole[]][] = [
    ['privacy officer (FG)', ['PRIVACY_OFFICER']],
    ['coordinating privacy officer (covenant)', ['PRIVACY_OFFICER', 'COORDINATING_PRIVACY_OFFICER']],
    ['professional', ['PROFESSIONAL']],
  ];
  const out: string[] = [];
  out.push('## Privacy officer mandate');
  out.push('');
  out.push(
    'Rules in `packages/authz/src/privacy-rules.ts`; the workflow in `docs/privacy.md`. Own = records of the own',
  );
  out.push(
    "organisation's users or about data it recorded; an art. 17 request that affects another organisation's data waits",
  );
  out.push(
    'for a second privacy officer (four eyes): one of an affected organisation, or the coordinating one, never the requester.',
  );
  out.push('');
  out.push(
    '| actor | access log | review emergency access | art. 15 export | art. 17 erasure | approve an erasure | find and name a person |',
  );
  out.push('|---|---|---|---|---|---|---|');
  for (const [label, roles] of rows) {
    const a = defineAbilityFor({
      userId: 'u',
      organisationId: 'o',
      organisationType: 'MUNICIPALITY',
      roles,
      purpose: null,
    });
    const log = a.can('read', asSubject('AuditLog', { id: 'r', organisationId: 'x', recordedBy: ['x'] }))
      ? 'region'
      : a.can('read', asSubject('AuditLog', { id: 'r', organisationId: 'o', recordedBy: [] }))
        ? 'own'
        : '-';
    const review = a.can('review', asSubject('BreakGlassGrant', { id: 'g', organisationId: 'x' }))
      ? 'any'
      : a.can('review', asSubject('BreakGlassGrant', { id: 'g', organisationId: 'o' }))
        ? "own organisation's"
        : '-';
    const exportCell = a.can('export', asSubject('DataSubject', { id: 'p', organisationIds: ['x'] }))
      ? 'joint record'
      : a.can('export', asSubject('DataSubject', { id: 'p', organisationIds: ['o', 'x'] }))
        ? 'own part, persons on own cases'
        : '-';
    const erase = a.can('erase', asSubject('DataSubject', { id: 'p', organisationIds: ['x'] })) ? 'yes' : '-';
    const pending = (affected: string[]) =>
      asSubject('ErasureRequest', {
        id: 'e',
        status: 'PENDING_APPROVAL',
        requestedById: 'v',
        affectedOrganisationIds: affected,
      });
    const approve = a.can('approve', pending(['x']))
      ? 'any (not own request)'
      : a.can('approve', pending(['o', 'x']))
        ? 'when own organisation affected'
        : '-';
    const identify = a.can('identify', asSubject('DataSubject', { id: 'p', organisationIds: ['x'] }))
      ? 'any person'
      : a.can('identify', asSubject('DataSubject', { id: 'p', organisationIds: ['o', 'x'] }))
        ? 'persons on own cases'
        : '-';
    out.push(`| ${label} | ${log} | ${review} | ${exportCell} | ${erase} | ${approve} | ${identify} |`);
  }
  out.push('');
  return out;
}
