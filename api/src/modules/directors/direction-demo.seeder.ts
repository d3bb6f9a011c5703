import type { EntityManager } from '@mikro-orm/postgresql';
import { addWorkingDaysAt, amsterdamDateOf, amsterdamInstant, isWorkingDay } from '@mda/domain';
import { User } from '../identity/user.entity.js';
import { Case } from '../cases/case.entity.js';
import { DirectorAssignment } from './director-assignment.entity.js';
import { DirectionWaitingContact } from './direction-waiting-contact.entity.js';
import { Escalation } from '../escalations/escalation.entity.js';
import { EscalationGround } from '../escalations/escalation-ground.entity.js';
import { EscalationHistory } from '../escalations/escalation-history.entity.js';
import { SafetyScore } from '../escalations/safety-score.entity.js';
import { decidersAt } from '../escalations/escalation-ladder.service.js';
import { ladderOf, regionOfMunicipality } from '../escalations/escalation-settings.js';
import { generateDirectionData, type DemoDirectionData } from './direction-demo-data.js';
import { demoNeed, type DemoSeedContext } from '../demo/demo.seeder.js';

/** 10:00 in Amsterdam, `n` working days before `now`. */
function workingDaysAgo(now: Date, n: number): Date {
  let day = new Date(`${amsterdamDateOf(now)}T12:00:00Z`);
  let left = n;
  while (left > 0) {
    day = new Date(day.getTime() - 86_400_000);
    if (isWorkingDay(amsterdamDateOf(day))) left -= 1;
  }
  return amsterdamInstant(amsterdamDateOf(day), { hours: 10, minutes: 0 });
}

/** Writes the direction part of the demo (after cases, users and accepted directors exist). */
export async function seedDirectionData(
  tx: EntityManager,
  direction: DemoDirectionData,
  now: Date = new Date(),
): Promise<void> {
  const users = new Map((await tx.find(User, {}, { populate: ['organisation'] })).map((u) => [u.email, u]));
  const cases = new Map((await tx.find(Case, {})).map((c) => [c.reference, c]));
  const user = (email: string): User => {
    const found = users.get(email);
    if (!found) throw new Error(`demo direction data refers to unknown user ${email}`);
    return found;
  };
  const caseOf = (reference: string): Case => {
    const found = cases.get(reference);
    if (!found) throw new Error(`demo direction data refers to unknown case ${reference}`);
    return found;
  };

  for (const e of direction.endedDirectors) {
    const endedAt = workingDaysAgo(now, e.endedWorkingDaysAgo);
    const c = caseOf(e.caseReference);
    tx.create(DirectorAssignment, {
      caseFile: c,
      user: user(e.email),
      kind: 'CASE_DIRECTOR',
      status: 'ENDED',
      acceptedAt: c.openedAt,
      endedAt,
      endReason: 'Langdurig afwezig; casus terug in de werkvoorraad',
      createdAt: c.openedAt,
    });
  }
  await tx.flush();
  for (const p of direction.proposals) {
    const c = caseOf(p.caseReference);
    const replaces = p.replacesEmail
      ? await tx.findOneOrFail(DirectorAssignment, {
          caseFile: c,
          user: user(p.replacesEmail),
          kind: 'CASE_DIRECTOR',
          status: 'ACCEPTED',
        })
      : null;
    tx.create(DirectorAssignment, {
      caseFile: c,
      user: user(p.nomineeEmail),
      kind: 'CASE_DIRECTOR',
      status: 'PROPOSED',
      proposedBy: user(p.proposedByEmail),
      replaces,
      handoverNote: p.handoverNote,
      createdAt: workingDaysAgo(now, p.proposedWorkingDaysAgo),
    });
  }
  for (const w of direction.waitingContacts) {
    tx.create(DirectionWaitingContact, {
      caseFile: caseOf(w.caseReference),
      contact: user(w.email),
      setBy: user(w.setByEmail),
      setAt: workingDaysAgo(now, 1),
    });
  }
  await tx.flush();

  for (const e of direction.escalations) {
    const c = caseOf(e.caseReference);
    const ladder = await ladderOf(tx, regionOfMunicipality(c.municipality));
    const raisedAt = workingDaysAgo(now, e.raisedWorkingDaysAgo);
    const raiser = e.raisedByEmail ? user(e.raisedByEmail) : null;
    let deadline = addWorkingDaysAt(raisedAt, ladder.get(1)!.deadlineWorkingDays);
    const steps: { from: number; to: number; at: Date; deadline: Date }[] = [];
    for (let level = 2; level <= e.level; level += 1) {
      const next = addWorkingDaysAt(deadline, ladder.get(level)!.deadlineWorkingDays);
      steps.push({ from: level - 1, to: level, at: deadline, deadline: next });
      deadline = next;
    }
    const deciders = await decidersAt(tx, c.id, e.level);
    const escalation = tx.create(Escalation, {
      caseFile: c,
      trigger: e.trigger,
      sourceKey: e.trigger === 'SAFETY_SCORE' ? `case:${c.id}` : `demo:${c.reference}:${e.level}`,
      reason: e.reason,
      decisionAsked: e.decisionAsked,
      raisedBy: raiser,
      raisedByOrganisation: raiser?.organisation ?? null,
      level: e.level,
      deadlineAt: deadline,
      deciderBody: ladder.get(e.level)!.deciderBody,
      deciderUser: deciders.deciderUserId ? tx.getReference(User, deciders.deciderUserId) : null,
      createdAt: raisedAt,
    });
    tx.create(EscalationGround, { escalation, sourceKey: escalation.sourceKey, reason: e.reason, createdAt: raisedAt });
    tx.create(EscalationHistory, {
      escalation,
      event: 'RAISED',
      fromLevel: null,
      toLevel: 1,
      deadlineAt: steps[0]?.at ?? deadline,
      actor: raiser,
      note: `Trigger ${e.trigger}`,
      createdAt: raisedAt,
    });
    for (const s of steps) {
      tx.create(EscalationHistory, {
        escalation,
        event: 'CLIMBED_AT_DEADLINE',
        fromLevel: s.from,
        toLevel: s.to,
        deadlineAt: s.deadline,
        actor: null,
        note: `Niet besloten voor de termijn: automatisch naar niveau ${s.to}.`,
        createdAt: s.at,
      });
    }
  }

  const today = amsterdamDateOf(now);
  for (const s of direction.safetyScores) {
    const c = caseOf(s.caseReference);
    const scoredOn = amsterdamDateOf(new Date(c.openedAt.getTime() + s.daysAfterOpening * 86_400_000));
    if (scoredOn > today) continue;
    const recorder = user(s.recordedByEmail);
    tx.create(SafetyScore, {
      caseFile: c,
      score: s.score,
      scoredBy: s.scoredBy,
      scoredOn,
      recordedBy: recorder,
      recordedByOrganisation: recorder.organisation,
    });
  }
  await tx.flush();
}

/** The demo's accepted case directors, then the direction part (proposals, escalations, scores). */
export async function seedDirectionDemo(tx: EntityManager, ctx: DemoSeedContext): Promise<void> {
  for (const d of ctx.privacy.directors) {
    const caseFile = demoNeed(ctx.cases.get(d.caseReference), 'case');
    tx.create(DirectorAssignment, {
      caseFile,
      user: demoNeed(ctx.users.get(d.email), 'user'),
      kind: d.kind,
      status: 'ACCEPTED',
      acceptedAt: caseFile.openedAt,
    });
  }
  await tx.flush();
  await seedDirectionData(tx, generateDirectionData(ctx.data, ctx.privacy));
}
