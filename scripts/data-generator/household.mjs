// One generated household of the data generator (scripts/data-generator.mjs): its persons,
// cases and everything hanging off them, written to the COPY sinks.
import { MUNICIPALITY_CODES } from '../../packages/domain/dist/region.js';
import { DAY, YEARS, PROFILES, DOMAINS, PHASES, STREETS, ENTRY_KINDS } from './constants.mjs';
import { arr, iso, day } from './copy.mjs';

/** Writes household `h`; `ctx` holds the state generateData shares between households. */
export async function writeHousehold(h, ctx) {
  const {
    rnd,
    now,
    startMs,
    regionCount,
    region,
    sinks,
    nextReference,
    backgrounds,
    caseOpened,
    caseIds,
    caseRegion,
    caseTeams,
    caseSubjects,
  } = ctx;
  const r = h % regionCount;
  const reg = region[r];
  const householdId = rnd.uuid();
  const firstOpened = startMs + rnd.int(YEARS * 365) * DAY + rnd.int(DAY);
  const bg = rnd.pick(backgrounds);
  const family = rnd.pick(bg.family);
  const created = iso(firstOpened);
  await sinks.household.add([householdId, created, created]);
  const profile = rnd.pick(PROFILES);
  const members = [];
  const addPerson = async (roles, female, ageYears) => {
    const id = rnd.uuid();
    const dob = day(firstOpened - ageYears * 365 * DAY - rnd.int(365) * DAY);
    const adult = ageYears >= 18;
    await sinks.person.add([
      id,
      created,
      created,
      rnd.pick(female ? bg.female : bg.male),
      family,
      dob,
      rnd.hex(64),
      `${rnd.pick(STREETS)} ${1 + rnd.int(200)}`,
      adult ? `06-${String(10_000_000 + rnd.int(89_999_999))}` : null,
    ]);
    await sinks.household_member.add([rnd.uuid(), created, created, householdId, id, arr(roles)]);
    members.push(id);
  };
  await addPerson(['VICTIM'], true, 22 + rnd.int(40));
  if (profile !== 'ELDER_ABUSE' || rnd.chance(0.5))
    await addPerson(rnd.chance(0.1) ? ['VICTIM', 'PERPETRATOR'] : ['PERPETRATOR'], false, 22 + rnd.int(45));
  if (!profile.endsWith('WITHOUT_CHILDREN'))
    for (let k = rnd.int(4); k > 0; k--) await addPerson(['CHILD'], rnd.chance(0.5), rnd.int(17));
  if (rnd.chance(0.15)) await addPerson(['OTHER'], rnd.chance(0.5), 55 + rnd.int(25));

  // One case per household, a second (earlier one closed) for about one in five.
  const caseCount = rnd.chance(0.2) ? 2 : 1;
  let opened = firstOpened;
  for (let k = 0; k < caseCount; k++) {
    const last = k === caseCount - 1;
    const ageDays = (now - opened) / DAY;
    let status;
    if (!last || ageDays > 900) status = 'CLOSED';
    else if (ageDays < 30) status = rnd.pick(['INTAKE', 'INTAKE', 'ACTIVE']);
    else if (ageDays < 400) status = rnd.pick(['ACTIVE', 'ACTIVE', 'MONITORING', 'INTAKE', 'CLOSED']);
    else status = rnd.pick(['MONITORING', 'CLOSED', 'CLOSED', 'ACTIVE']);
    const closedAt = status === 'CLOSED' ? Math.min(now - DAY, opened + (60 + rnd.int(500)) * DAY) : null;
    const caseId = rnd.uuid();
    const openedIso = iso(opened);
    await sinks.case_file.add([
      caseId,
      openedIso,
      iso(closedAt ?? opened),
      nextReference(opened),
      status,
      rnd.pick(MUNICIPALITY_CODES),
      profile,
      householdId,
      openedIso,
      closedAt === null ? null : iso(closedAt),
    ]);

    // The team: Veilig Thuis and the police nearly always, then two to four others.
    const types = new Set(['SAFE_HOME']);
    if (rnd.chance(0.8)) types.add('POLICE');
    for (let t = 2 + rnd.int(3); t > 0; t--) types.add(rnd.pick(reg.orgTypes));
    const team = [...types].map((t) => rnd.pick(reg.byType.get(t) ?? reg.orgs));
    const firstUser = reg.userOf.get(team[0].id) ?? reg.users[0];
    for (const org of team) {
      await sinks.case_team_membership.add([
        rnd.uuid(),
        openedIso,
        openedIso,
        caseId,
        org.id,
        'COVENANT',
        'Convenant Zorg- en Veiligheidshuis, art. 7',
        'Gezamenlijk plan van aanpak MDA++',
        day(opened),
        closedAt === null ? null : day(closedAt),
        closedAt === null ? null : iso(closedAt),
        firstUser.id,
      ]);
    }
    // A case director once past intake (ended at closure); INTAKE cases wait without one.
    // About one running case in sixteen waits for a director (the waiting list), half of
    // them with a proposal not yet accepted.
    let director = null;
    const waiting = (status === 'ACTIVE' || status === 'MONITORING') && rnd.chance(0.06);
    if (waiting && rnd.chance(0.5)) {
      const proposed = opened + (1 + rnd.int(10)) * DAY;
      await sinks.director_assignment.add([
        rnd.uuid(),
        iso(proposed),
        iso(proposed),
        caseId,
        rnd.pick(reg.caseDirectors).id,
        'CASE_DIRECTOR',
        'PROPOSED',
        firstUser.id,
        null,
        null,
        null,
      ]);
    }
    if (status !== 'INTAKE' && !waiting) {
      director = rnd.pick(reg.caseDirectors);
      const accepted = opened + (1 + rnd.int(20)) * DAY;
      await sinks.director_assignment.add([
        rnd.uuid(),
        iso(accepted),
        iso(closedAt ?? accepted),
        caseId,
        director.id,
        'CASE_DIRECTOR',
        closedAt === null ? 'ACCEPTED' : 'ENDED',
        firstUser.id,
        iso(accepted),
        closedAt === null ? null : iso(closedAt),
        closedAt === null ? null : 'Casus gesloten',
      ]);
      if (rnd.chance(0.3)) {
        const pd = rnd.pick(reg.processDirectors);
        await sinks.director_assignment.add([
          rnd.uuid(),
          iso(accepted),
          iso(closedAt ?? accepted),
          caseId,
          pd.id,
          'PROCESS_DIRECTOR',
          closedAt === null ? 'ACCEPTED' : 'ENDED',
          firstUser.id,
          iso(accepted),
          closedAt === null ? null : iso(closedAt),
          closedAt === null ? null : 'Casus gesloten',
        ]);
      }
    }
    const author = director ?? firstUser;
    const authorOrg = author.organisation_id;
    // Reports (meldingen) that led to the case, entries, and for cases past intake a plan.
    for (let m = 1 + rnd.int(3); m > 0; m--) {
      const received = opened - rnd.int(60) * DAY;
      await sinks.household_report.add([
        rnd.uuid(),
        iso(received),
        iso(received),
        caseId,
        day(received),
        rnd.pick(['POLICE', 'POLICE', 'PROFESSIONAL', 'CITIZEN', 'HOUSEHOLD_MEMBER', 'ANONYMOUS']),
        rnd.chance(0.1),
        null,
        firstUser.id,
        team[0].id,
      ]);
    }
    for (let e = 1 + rnd.int(4); e > 0; e--) {
      const [category, orgType, title, body] = rnd.pick(ENTRY_KINDS);
      const org = team.find((o) => o.type === orgType) ?? team[0];
      const at = opened + rnd.int(Math.max(1, Math.floor(((closedAt ?? now) - opened) / DAY))) * DAY;
      await sinks.case_entry.add([
        rnd.uuid(),
        iso(at),
        iso(at),
        caseId,
        category,
        org.id,
        (reg.userOf.get(org.id) ?? author).id,
        title,
        body,
        day(at),
        arr([rnd.pick(members)]),
        arr([]),
      ]);
    }
    if (status !== 'INTAKE') {
      const planId = rnd.uuid();
      const planAt = opened + (5 + rnd.int(20)) * DAY;
      await sinks.plan.add([planId, caseId, 'DRAFT', day(planAt), 0, author.id, iso(planAt), iso(planAt)]);
      const element = async (kind, parent, content, extra) => {
        const id = rnd.uuid();
        await sinks.plan_element.add([
          id,
          caseId,
          planId,
          kind,
          'PLAN',
          parent,
          extra.owner ?? null,
          extra.due ?? null,
          extra.status ?? null,
          JSON.stringify(content),
          authorOrg,
          author.id,
          author.id,
          authorOrg,
          iso(planAt),
          iso(planAt),
        ]);
        await sinks.plan_element_change.add([
          rnd.uuid(),
          caseId,
          planId,
          id,
          kind,
          'PLAN',
          'CREATE',
          JSON.stringify(
            Object.entries(content)
              .filter(([, v]) => typeof v === 'string')
              .map(([field, to]) => ({ field, from: null, to })),
          ),
          author.id,
          authorOrg,
          iso(planAt),
          iso(planAt),
          iso(planAt),
        ]);
        return id;
      };
      await element(
        'PICTURE',
        null,
        { text: 'Spanning in het gezin; eerdere hulp is vastgelopen.', lifeDomain: 'SAFETY' },
        {},
      );
      await element(
        'PICTURE',
        null,
        { text: 'Problematische schulden, geen overzicht over inkomsten en uitgaven.', lifeDomain: 'INCOME_DEBT' },
        {},
      );
      for (const phase of PHASES) {
        const goal = await element(
          'GOAL',
          null,
          {
            phase,
            concerns: [members[0]],
            lifeDomain: rnd.pick(DOMAINS),
            description: 'Slachtoffer en kinderen zijn veilig in en rond de woning',
            justification: null,
            measurableEnd: 'Geen nieuwe incidenten gemeld in drie maanden',
            interventionKind: 'SAFETY_PLANNING',
          },
          {},
        );
        for (let a = 0; a < 2; a++) {
          const due = planAt + (14 + rnd.int(120)) * DAY;
          const done = closedAt !== null || due < now - 60 * DAY;
          await element(
            'ACTION',
            goal,
            {
              description: 'Veiligheidsplan opstellen met slachtoffer',
              justification: null,
              assigneeUserId: null,
              interventionKind: null,
              cancellationReason: null,
            },
            { owner: rnd.pick(team).id, due: day(due), status: done ? 'DONE' : rnd.pick(['OPEN', 'IN_PROGRESS']) },
          );
        }
      }
      // Safety scores at 3 and 12 months, by the family and by a professional.
      for (const months of [3, 12]) {
        const on = opened + months * 30 * DAY;
        if (on > (closedAt ?? now)) continue;
        for (const by of ['FAMILY', 'PROFESSIONAL'])
          await sinks.safety_score.add([
            rnd.uuid(),
            iso(on),
            iso(on),
            caseId,
            3 + rnd.int(8),
            by,
            day(on),
            author.id,
            authorOrg,
          ]);
      }
    }
    // Escalations: an open one for a few open cases, a decided one for some closed ones.
    if (status !== 'INTAKE' && rnd.chance(status === 'CLOSED' ? 0.05 : 0.08)) {
      const id = rnd.uuid();
      const raised = closedAt === null ? now - rnd.int(20) * DAY : opened + 30 * DAY;
      const open = closedAt === null;
      const level = 1 + rnd.int(2);
      const decider = level === 1 ? director : rnd.pick(reg.processDirectors);
      await sinks.escalation.add([
        id,
        iso(raised),
        iso(raised),
        caseId,
        'MANUAL',
        `gen:${caseId}:${h}`,
        "Afgesproken intake is na twee MDO's nog niet gepland.",
        'Besluit wie de intake regelt en binnen welke termijn.',
        author.id,
        authorOrg,
        level,
        iso(raised + 3 * DAY),
        level === 1 ? 'De casusregisseur van het huishouden' : 'De procesregisseur, zo nodig in het MDO',
        decider?.id ?? null,
        open ? 'OPEN' : 'DECIDED',
        open ? null : 'Intake binnen een week gepland',
        open ? null : (decider?.id ?? null),
        open ? null : iso(raised + 2 * DAY),
      ]);
      await sinks.escalation_history.add([
        rnd.uuid(),
        iso(raised),
        iso(raised),
        id,
        'RAISED',
        null,
        level,
        iso(raised + 3 * DAY),
        author.id,
        'Trigger MANUAL',
      ]);
      if (decider)
        await sinks.notification.add([
          rnd.uuid(),
          iso(raised),
          iso(raised),
          decider.id,
          'ESCALATION_RAISED',
          caseId,
          'Er is een escalatie voor u aangemaakt.',
          open ? null : iso(raised + DAY),
        ]);
    }
    if (director && rnd.chance(0.3))
      await sinks.notification.add([
        rnd.uuid(),
        openedIso,
        openedIso,
        director.id,
        'DIRECTOR_PROPOSED',
        caseId,
        'U bent voorgesteld als casusregisseur.',
        iso(opened + DAY),
      ]);
    caseOpened.push(opened);
    caseIds.push(caseId);
    caseRegion.push(r);
    caseTeams.push(team);
    caseSubjects.push(members);
    if (closedAt !== null) opened = Math.min(now - DAY, closedAt + (30 + rnd.int(400)) * DAY);
  }
}
