import { type AppAbility, defineAbilityFor, packedRulesFor } from '@mda/authz';
import { describe, expect, it } from 'vitest';
import {
  abilityFromPermissions,
  mayAnswerDirectorProposal,
  mayDeEscalate,
  mayEndDirectorAssignment,
  mayProposeDirector,
  mayRaiseEscalation,
  mayReadEscalations,
  mayReadWaitingList,
  mayReadWorkload,
  maySetWaitingListContact,
  mayWithdrawEscalation,
} from './permissions';
import { reachOf, testActor, type TestActor } from './testActor';

// Direction and escalation in the web, decided with the session's packed rules exactly as the
// API decides (packages/authz/src/direction-rules.ts).
const persona = (over: Parameters<typeof testActor>[0]): TestActor =>
  testActor({ userId: 'me', organisationId: 'own-org', ...over });

const PERSONAS = {
  professional: persona({ organisationType: 'SAFE_HOME', roles: ['PROFESSIONAL'] }),
  caseDirector: persona({ organisationType: 'LOCAL_TEAM', roles: ['CASE_DIRECTOR'], directorCaseIds: ['team-case'] }),
  processDirector: persona({ organisationType: 'SAFE_HOME', roles: ['PROCESS_DIRECTOR'] }),
  localTeamLead: persona({ organisationType: 'LOCAL_TEAM', roles: ['TEAM_LEAD'] }),
  safetyHouseLead: persona({ organisationType: 'SAFETY_HOUSE', roles: ['TEAM_LEAD'], teamCaseIds: [] }),
} as const;

const webAbility = (actor: TestActor): AppAbility =>
  abilityFromPermissions(JSON.stringify(packedRulesFor(actor)), reachOf(actor));

function decisions(ability: AppAbility) {
  const ownDirector = { userId: 'colleague', organisationId: 'own-org' };
  const otherDirector = { userId: 'stranger', organisationId: 'other-org' };
  return {
    waitingList: mayReadWaitingList(ability),
    workload: mayReadWorkload(ability),
    escalations: mayReadEscalations(ability),
    proposeOwn: mayProposeDirector(ability, 'team-case', ownDirector),
    proposeOther: mayProposeDirector(ability, 'team-case', otherDirector),
    proposeOutsideTeam: mayProposeDirector(ability, 'other-case', ownDirector),
    endOwn: mayEndDirectorAssignment(ability, 'team-case', ownDirector),
    endOther: mayEndDirectorAssignment(ability, 'team-case', otherDirector),
    endOutsideTeam: mayEndDirectorAssignment(ability, 'other-case', ownDirector),
    setContact: maySetWaitingListContact(ability, 'team-case', 'own-org'),
    setContactOutsideTeam: maySetWaitingListContact(ability, 'other-case', 'own-org'),
    answerMine: mayAnswerDirectorProposal(ability, { id: 'a1', caseId: 'team-case', directorId: 'me' }),
    answerOthers: mayAnswerDirectorProposal(ability, { id: 'a2', caseId: 'team-case', directorId: 'colleague' }),
    raise: mayRaiseEscalation(ability, 'team-case'),
    raiseOutsideTeam: mayRaiseEscalation(ability, 'other-case'),
    withdrawOwn: mayWithdrawEscalation(ability, { id: 'e1', caseId: 'other-case', level: 2, raisedById: 'me' }),
    withdrawOnDirectedCase: mayWithdrawEscalation(ability, {
      id: 'e2',
      caseId: 'team-case',
      level: 1,
      raisedById: 'colleague',
    }),
    deEscalateLevel3: mayDeEscalate(ability, { id: 'e3', caseId: 'other-case', level: 3 }),
  };
}

describe('direction and escalation decisions in the web', () => {
  it.each(Object.entries(PERSONAS))('%s: the packed rules decide like the server', (_name, actor) => {
    expect(decisions(webAbility(actor))).toEqual(decisions(defineAbilityFor(actor, reachOf(actor))));
  });

  it('a process director assigns any director on a team case and reads waiting list and workload', () => {
    expect(decisions(webAbility(PERSONAS.processDirector))).toMatchObject({
      waitingList: true,
      workload: true,
      proposeOwn: true,
      proposeOther: true,
      proposeOutsideTeam: false,
      endOwn: true,
      endOther: true,
      endOutsideTeam: false,
      setContact: true,
      setContactOutsideTeam: false,
      answerMine: true,
      answerOthers: false,
    });
  });

  it('a team lead assigns only directors of their own organisation and reads no escalation of a team case', () => {
    expect(decisions(webAbility(PERSONAS.localTeamLead))).toMatchObject({
      waitingList: true,
      proposeOwn: true,
      proposeOther: false,
      endOwn: true,
      endOther: false,
      setContact: true,
      setContactOutsideTeam: false,
      answerMine: false,
      raise: false,
    });
  });

  it('a professional raises on a team case and withdraws only their own; no waiting list', () => {
    expect(decisions(webAbility(PERSONAS.professional))).toMatchObject({
      waitingList: false,
      workload: false,
      raise: true,
      raiseOutsideTeam: false,
      withdrawOwn: true,
      withdrawOnDirectedCase: false,
      proposeOwn: false,
      endOwn: false,
      setContact: false,
    });
  });

  it('the case director withdraws on a case they direct; the safety house lead hands back level 3', () => {
    expect(decisions(webAbility(PERSONAS.caseDirector))).toMatchObject({
      withdrawOnDirectedCase: true,
      deEscalateLevel3: false,
    });
    expect(decisions(webAbility(PERSONAS.safetyHouseLead))).toMatchObject({
      deEscalateLevel3: true,
      escalations: true,
      raise: false,
    });
  });
});
