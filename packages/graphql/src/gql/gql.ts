/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment UserMenu_user on User {\n    id\n    displayName\n    roles\n    organisation {\n      id\n      name\n      type\n    }\n  }\n": typeof types.UserMenu_UserFragmentDoc,
    "\n  mutation ConfirmTotpEnrolment($code: String!) {\n    confirmTotpEnrolment(code: $code) {\n      confirmed\n    }\n  }\n": typeof types.ConfirmTotpEnrolmentDocument,
    "\n  query Me {\n    me {\n      id\n      permissions\n      ...UserMenu_user\n    }\n  }\n": typeof types.MeDocument,
    "\n  query IdentityProviders {\n    identityProviders {\n      organisationId\n      organisationName\n      startPath\n    }\n  }\n": typeof types.IdentityProvidersDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query SecondFactorStatus {\n    secondFactorStatus {\n      required\n      confirmed\n      method\n      enrolled\n    }\n  }\n": typeof types.SecondFactorStatusDocument,
    "\n  mutation StartTotpEnrolment {\n    startTotpEnrolment {\n      secret\n      otpauthUri\n    }\n  }\n": typeof types.StartTotpEnrolmentDocument,
    "\n  mutation VerifySecondFactor($code: String!) {\n    verifySecondFactor(code: $code) {\n      confirmed\n    }\n  }\n": typeof types.VerifySecondFactorDocument,
    "\n  fragment CaseEntriesSection_case on Case {\n    id\n    entries {\n      id\n      category\n      recordedAt\n      occurredOn\n      title\n      body\n      concerns\n      audience\n      redactedFields\n      withheldReason\n      authorOrganisation {\n        id\n        name\n        type\n      }\n    }\n    household {\n      id\n      members {\n        id\n        person {\n          id\n          firstName\n          lastName\n          redactedFields\n          withheldReason\n        }\n      }\n    }\n  }\n": typeof types.CaseEntriesSection_CaseFragmentDoc,
    "\n  query CaseHeader($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      status\n      profile\n      safetyScores {\n        id\n        score\n        scoredBy\n        scoredOn\n      }\n      directorHistory {\n        id\n        kind\n        status\n        responsible\n        director {\n          id\n          displayName\n        }\n      }\n      household {\n        id\n        members {\n          id\n          roles\n          person {\n            id\n            dateOfBirth\n            shelterAddress\n            redactedFields\n          }\n        }\n      }\n    }\n    plan(caseId: $id) {\n      id\n      status\n      workingCopy {\n        goals {\n          id\n          actions {\n            id\n            dueOn\n            status\n          }\n        }\n        measures {\n          id\n          kind\n          startsOn\n          endsOn\n        }\n      }\n    }\n  }\n": typeof types.CaseHeaderDocument,
    "\n  fragment CaseStatusSection_case on Case {\n    id\n    reference\n    status\n    version\n    allowedTransitions\n  }\n": typeof types.CaseStatusSection_CaseFragmentDoc,
    "\n  fragment CaseSummary_case on Case {\n    id\n    reference\n    status\n    profile\n    openedAt\n    closedAt\n    municipality {\n      code\n      name\n    }\n  }\n": typeof types.CaseSummary_CaseFragmentDoc,
    "\n  fragment CaseTable_case on Case {\n    id\n    reference\n    status\n    profile\n    openedAt\n    nextDeadline\n    caseDirectors {\n      id\n      displayName\n    }\n    municipality {\n      code\n      name\n    }\n  }\n": typeof types.CaseTable_CaseFragmentDoc,
    "\n  fragment CaseTeamTable_case on Case {\n    id\n    team {\n      id\n      purpose\n      validFrom\n      validUntil\n      active\n      organisation {\n        id\n        name\n        type\n      }\n      legalBasis {\n        kind\n        article\n        consentDate\n        statute\n      }\n    }\n  }\n": typeof types.CaseTeamTable_CaseFragmentDoc,
    "\n  fragment HouseholdMemberList_household on Household {\n    id\n    members {\n      id\n      roles\n      person {\n        id\n        firstName\n        lastName\n        dateOfBirth\n        hasBsn\n        address\n        phone\n        shelterAddress\n        safeContact\n        redactedFields\n      }\n    }\n  }\n": typeof types.HouseholdMemberList_HouseholdFragmentDoc,
    "\n  fragment RecordEntryForm_case on Case {\n    id\n    household {\n      id\n      members {\n        id\n        roles\n        person {\n          id\n          firstName\n          lastName\n          redactedFields\n        }\n      }\n    }\n  }\n": typeof types.RecordEntryForm_CaseFragmentDoc,
    "\n  subscription CaseActivity($caseId: ID!) {\n    caseActivity(caseId: $caseId) {\n      caseId\n      subjectType\n      subjectId\n      op\n      at\n      byOrganisation {\n        id\n        name\n        type\n      }\n    }\n  }\n": typeof types.CaseActivityDocument,
    "\n  mutation RecordCaseEntry($input: RecordCaseEntryInput!) {\n    recordCaseEntry(input: $input) {\n      id\n      category\n      redactedFields\n    }\n  }\n": typeof types.RecordCaseEntryDocument,
    "\n  mutation TransitionCase($input: TransitionCaseInput!) {\n    transitionCase(input: $input) {\n      id\n      status\n      version\n      allowedTransitions\n      closedAt\n    }\n  }\n": typeof types.TransitionCaseDocument,
    "\n  query CaseList($first: Int!, $after: String, $filter: CaseFilter, $orderBy: CaseOrder) {\n    cases(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CaseTable_case\n        }\n      }\n    }\n  }\n": typeof types.CaseListDocument,
    "\n  query CaseOverview($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      viewerAccess\n      ...CaseSummary_case\n      household {\n        id\n        ...HouseholdMemberList_household\n      }\n      ...CaseTeamTable_case\n      ...CaseStatusSection_case\n      ...CaseEntriesSection_case\n      ...RecordEntryForm_case\n      ...CaseReportHistory_case\n      ...CaseInvolvementSection_case\n    }\n  }\n": typeof types.CaseOverviewDocument,
    "\n  query SearchCases($text: String!) {\n    searchCases(text: $text) {\n      truncated\n      criteria\n      hits {\n        matchedOn\n        case {\n          id\n          reference\n          status\n          profile\n          municipality {\n            code\n            name\n          }\n        }\n        members {\n          personId\n          firstName\n          lastName\n          dateOfBirth\n          roles\n          redactedFields\n        }\n      }\n    }\n  }\n": typeof types.SearchCasesDocument,
    "\n  query CaseDirection($caseId: ID!) {\n    caseDirection(caseId: $caseId) {\n      id\n      kind\n      status\n      responsible\n      version\n      replacesAssignmentId\n      handoverNote\n      hasHandoverNote\n      proposedAt\n      proposedBy\n      acceptedAt\n      endedAt\n      endReason\n      declinedAt\n      declineReason\n      director {\n        id\n        displayName\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CaseDirectionDocument,
    "\n  query MyDirectorAssignments {\n    myDirectorAssignments {\n      id\n      caseId\n      caseReference\n      kind\n      status\n      proposedAt\n    }\n  }\n": typeof types.MyDirectorAssignmentsDocument,
    "\n  query DirectorCandidates {\n    workload {\n      userId\n      displayName\n      organisationId\n      organisationName\n      activeCases\n    }\n  }\n": typeof types.DirectorCandidatesDocument,
    "\n  mutation AcceptDirectorAssignment($input: AnswerDirectorAssignmentInput!) {\n    acceptDirectorAssignment(input: $input) {\n      id\n      status\n      responsible\n      version\n    }\n  }\n": typeof types.AcceptDirectorAssignmentDocument,
    "\n  mutation DeclineDirectorAssignment($input: AnswerDirectorAssignmentInput!) {\n    declineDirectorAssignment(input: $input) {\n      id\n      status\n      declineReason\n      version\n    }\n  }\n": typeof types.DeclineDirectorAssignmentDocument,
    "\n  mutation EndDirectorAssignment($input: AnswerDirectorAssignmentInput!) {\n    endDirectorAssignment(input: $input) {\n      id\n      status\n      responsible\n      endedAt\n      endReason\n      version\n    }\n  }\n": typeof types.EndDirectorAssignmentDocument,
    "\n  mutation ProposeDirector($input: ProposeDirectorInput!) {\n    proposeDirector(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ProposeDirectorDocument,
    "\n  mutation SetWaitingListContact($caseId: ID!, $contactUserId: ID!) {\n    setWaitingListContact(caseId: $caseId, contactUserId: $contactUserId) {\n      userId\n      displayName\n      organisationName\n      explicit\n    }\n  }\n": typeof types.SetWaitingListContactDocument,
    "\n  query WaitingList {\n    waitingList {\n      caseId\n      caseViewerAccess\n      reference\n      profile\n      municipality\n      waitingSince\n      waitingWorkingDays\n      normWorkingDays\n      overNorm\n      contact {\n        userId\n        displayName\n        organisationName\n        explicit\n      }\n      pendingProposals {\n        assignmentId\n        displayName\n        organisationName\n      }\n    }\n  }\n": typeof types.WaitingListDocument,
    "\n  query Workload {\n    workload {\n      userId\n      displayName\n      organisationName\n      activeCases\n      proposedCases\n      overdueActions\n      openEscalations\n      overdueEscalations\n      awaitingDecision\n    }\n  }\n": typeof types.WorkloadDocument,
    "\n  query CaseEscalations($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      viewerAccess\n      escalations {\n        id\n        ...EscalationTable_escalation\n      }\n    }\n  }\n": typeof types.CaseEscalationsDocument,
    "\n  fragment EscalationGrounds_escalation on Escalation {\n    id\n    grounds {\n      at\n      reason\n    }\n  }\n": typeof types.EscalationGrounds_EscalationFragmentDoc,
    "\n  fragment EscalationHistory_escalation on Escalation {\n    id\n    caseReference\n    history {\n      event\n      at\n      actor\n      fromLevel\n      toLevel\n      deadline\n      note\n    }\n  }\n": typeof types.EscalationHistory_EscalationFragmentDoc,
    "\n  fragment EscalationTable_escalation on Escalation {\n    id\n    caseId\n    caseReference\n    trigger\n    level\n    deciderBody\n    decider\n    deadline\n    overdue\n    status\n    mayDecide\n    raisedBy\n  }\n": typeof types.EscalationTable_EscalationFragmentDoc,
    "\n  query MyEscalations {\n    myEscalations {\n      id\n      ...EscalationTable_escalation\n    }\n  }\n": typeof types.MyEscalationsDocument,
    "\n  mutation DeEscalate($input: CloseEscalationInput!) {\n    deEscalate(input: $input) {\n      id\n      ...EscalationPage_escalation\n    }\n  }\n": typeof types.DeEscalateDocument,
    "\n  mutation DecideEscalation($input: CloseEscalationInput!) {\n    decideEscalation(input: $input) {\n      id\n      ...EscalationPage_escalation\n    }\n  }\n": typeof types.DecideEscalationDocument,
    "\n  mutation RaiseEscalation($input: RaiseEscalationInput!) {\n    raiseEscalation(input: $input) {\n      id\n      status\n      level\n      version\n    }\n  }\n": typeof types.RaiseEscalationDocument,
    "\n  mutation WithdrawEscalation($input: CloseEscalationInput!) {\n    withdrawEscalation(input: $input) {\n      id\n      ...EscalationPage_escalation\n    }\n  }\n": typeof types.WithdrawEscalationDocument,
    "\n  fragment EscalationPage_escalation on Escalation {\n    id\n    caseId\n    caseViewerAccess\n    caseReference\n    trigger\n    reason\n    decisionAsked\n    raisedBy\n    raisedById\n    raisedByOrganisation\n    raisedAt\n    level\n    deadline\n    overdue\n    deciderBody\n    decider\n    status\n    decision\n    closingReason\n    closedAt\n    mayDecide\n    version\n    ...EscalationHistory_escalation\n    ...EscalationGrounds_escalation\n  }\n": typeof types.EscalationPage_EscalationFragmentDoc,
    "\n  query Escalation($id: ID!) {\n    escalation(id: $id) {\n      id\n      ...EscalationPage_escalation\n    }\n  }\n": typeof types.EscalationDocument,
    "\n  query Figures($input: FiguresInput!) {\n    figures(input: $input) {\n      indicator\n      name\n      counts\n      granularity\n      normShare\n      normLabel\n      population {\n        source\n        year\n      }\n      columns {\n        key\n        label\n      }\n      periods {\n        label\n        rows {\n          municipality\n          name\n          share\n          meetsNorm\n          cells {\n            key\n            display\n            suppressed\n            per100k\n          }\n          total {\n            display\n            suppressed\n            per100k\n          }\n        }\n        total {\n          municipality\n          name\n          share\n          meetsNorm\n          cells {\n            key\n            count\n            display\n            suppressed\n            per100k\n          }\n          total {\n            count\n            display\n            suppressed\n            per100k\n          }\n        }\n      }\n    }\n  }\n": typeof types.FiguresDocument,
    "\n  query RiskChecklist($municipality: String!) {\n    riskChecklist(municipality: $municipality) {\n      region\n      watchFrom\n      highFrom\n      items {\n        code\n        label\n        weight\n      }\n    }\n  }\n": typeof types.RiskChecklistDocument,
    "\n  fragment CaseReportHistory_case on Case {\n    id\n    reportCount\n    firstReportedAt\n    reports {\n      receivedAt\n      kind\n      reporterKind\n      cbsCategory\n      crisis\n    }\n  }\n": typeof types.CaseReportHistory_CaseFragmentDoc,
    "\n  mutation ConfirmMatch($input: ResolveMatchInput!) {\n    confirmMatch(input: $input) {\n      id\n      status\n      version\n      caseId\n    }\n  }\n": typeof types.ConfirmMatchDocument,
    "\n  mutation DecideIntakeReport($input: DecideIntakeReportInput!) {\n    decideIntakeReport(input: $input) {\n      id\n      status\n      version\n      caseId\n    }\n  }\n": typeof types.DecideIntakeReportDocument,
    "\n  mutation RecordIntakeReport($input: RecordIntakeReportInput!) {\n    recordIntakeReport(input: $input) {\n      id\n      status\n      version\n      caseId\n    }\n  }\n": typeof types.RecordIntakeReportDocument,
    "\n  mutation RejectMatch($input: ResolveMatchInput!) {\n    rejectMatch(input: $input) {\n      id\n      status\n      version\n      caseId\n    }\n  }\n": typeof types.RejectMatchDocument,
    "\n  mutation SaveAssessment($input: SaveAssessmentInput!) {\n    saveAssessment(input: $input) {\n      id\n      status\n      version\n      caseId\n    }\n  }\n": typeof types.SaveAssessmentDocument,
    "\n  mutation ScreenIntakeReport($input: ScreenIntakeReportInput!) {\n    screenIntakeReport(input: $input) {\n      id\n      status\n      version\n      caseId\n    }\n  }\n": typeof types.ScreenIntakeReportDocument,
    "\n  query IntakeDesk {\n    intakeDesk {\n      id\n      kind\n      receivedAt\n      status\n      crisis\n      cbsCategory\n      assessmentDueOn\n      assessmentOverdue\n      workingDaysLeft\n      screeningOverdue\n      persons {\n        id\n        firstName\n        lastName\n      }\n    }\n  }\n": typeof types.IntakeDeskDocument,
    "\n  query IntakeReport($id: ID!) {\n    intakeReport(id: $id) {\n      id\n      kind\n      receivedAt\n      municipality\n      reporterKind\n      reporterName\n      reporterContact\n      reporterAccount\n      violenceNatures\n      injury\n      adviceTopic\n      adviceGiven\n      status\n      crisis\n      assessmentDueOn\n      assessmentOverdue\n      cbsCategory\n      decision\n      decisionReason\n      caseId\n      redactedFields\n      version\n      assessment {\n        complete\n        unsafety\n        structuralUnsafety\n        multiProblem\n        helpRefused\n        helpStagnating\n        problemAreas\n        intimateTerrorPerpetratorItems\n        intimateTerrorVictimItems\n        intimateTerrorConclusion\n        redFlags\n        riskScore\n        riskLevel\n        meetsMdaCriteria\n        note\n      }\n      persons {\n        id\n        personId\n        firstName\n        lastName\n        dateOfBirth\n        hasBsn\n        roles\n        matchBasis\n        earlierReportCount\n        knownCases {\n          visible\n          caseId\n          reference\n          status\n        }\n        candidates {\n          personId\n          firstName\n          lastName\n          dateOfBirth\n          hasBsn\n          reportCount\n          knownCases {\n            visible\n            caseId\n            reference\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.IntakeReportDocument,
    "\n  fragment CaseInvolvementSection_case on Case {\n    id\n    household {\n      id\n      members {\n        person {\n          id\n          firstName\n          lastName\n          hasBsn\n        }\n      }\n    }\n    involvements {\n      personId\n      organisationName\n      organisationType\n      contactPoint\n      validFrom\n      validUntil\n    }\n  }\n": typeof types.CaseInvolvementSection_CaseFragmentDoc,
    "\n  mutation EndInvolvement($id: ID!) {\n    endInvolvement(id: $id) {\n      id\n      validUntil\n    }\n  }\n": typeof types.EndInvolvementDocument,
    "\n  mutation RegisterInvolvement($input: RegisterInvolvementInput!, $fromCase: Boolean!) {\n    registerInvolvement(input: $input) {\n      id\n      alsoInvolved {\n        organisationName\n        contactPoint\n      }\n      caseInvolvements @include(if: $fromCase) {\n        personId\n        organisationName\n        organisationType\n        contactPoint\n        validFrom\n        validUntil\n      }\n    }\n  }\n": typeof types.RegisterInvolvementDocument,
    "\n  query MyInvolvements {\n    myInvolvements {\n      id\n      ownReference\n      contactPoint\n      validFrom\n      validUntil\n      alsoInvolved {\n        organisationName\n        contactPoint\n      }\n    }\n  }\n": typeof types.MyInvolvementsDocument,
    "\n  fragment AgendaItem_item on MeetingItem {\n    id\n    position\n    kind\n    visible\n    label\n    caseId\n    caseReference\n    caseViewerAccess\n    title\n    question\n    questionCategory\n    questionAuthorOrganisationIds\n    considerations\n    considerationsCategory\n    considerationsAuthorOrganisationIds\n    safetyScore\n    version\n    redactedFields\n    viewerCanContribute\n    participants {\n      organisation {\n        id\n        name\n      }\n      legalBasis\n    }\n    contributions {\n      id\n      kind\n      body\n      redactedFields\n      organisation {\n        id\n        name\n      }\n    }\n    decisions {\n      id\n      text\n      planActionId\n      planGoalId\n      dueOn\n      ownerOrganisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AgendaItem_ItemFragmentDoc,
    "\n  query CaseMeetingHistory($id: ID!) {\n    case(id: $id) {\n      id\n      meetingHistory {\n        id\n        ...MeetingTable_meeting\n      }\n    }\n  }\n": typeof types.CaseMeetingHistoryDocument,
    "\n  fragment DecisionForm_plan on Plan {\n    id\n    status\n    version\n    workingCopy {\n      goals {\n        id\n        description\n        redactedFields\n      }\n    }\n  }\n": typeof types.DecisionForm_PlanFragmentDoc,
    "\n  query MeetingItemPlan($caseId: ID!) {\n    plan(caseId: $caseId) {\n      id\n      ...DecisionForm_plan\n    }\n  }\n": typeof types.MeetingItemPlanDocument,
    "\n  query MeetingItemMembers($caseId: ID!) {\n    case(id: $caseId) {\n      id\n      household {\n        id\n        members {\n          id\n          person {\n            id\n            firstName\n            lastName\n            redactedFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.MeetingItemMembersDocument,
    "\n  fragment MeetingTable_meeting on MeetingSummary {\n    id\n    seriesName\n    startsAt\n    place\n    status\n    itemCount\n    viewerIsChair\n  }\n": typeof types.MeetingTable_MeetingFragmentDoc,
    "\n  mutation AddItemContribution($input: AddItemContributionInput!) {\n    addItemContribution(input: $input) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n": typeof types.AddItemContributionDocument,
    "\n  mutation AgreeMinutes($meetingId: ID!) {\n    agreeMinutes(meetingId: $meetingId) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n": typeof types.AgreeMinutesDocument,
    "\n  mutation MarkMeetingHeld($meetingId: ID!) {\n    markMeetingHeld(meetingId: $meetingId) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n": typeof types.MarkMeetingHeldDocument,
    "\n  subscription MeetingLive($meetingId: ID!) {\n    meetingLive(meetingId: $meetingId) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n": typeof types.MeetingLiveDocument,
    "\n  mutation MoveToItem($input: MoveToItemInput!) {\n    moveToItem(input: $input) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n": typeof types.MoveToItemDocument,
    "\n  mutation ProposePlanFromMeeting($input: ProposePlanFromMeetingInput!) {\n    proposePlanFromMeeting(input: $input) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n": typeof types.ProposePlanFromMeetingDocument,
    "\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n": typeof types.RecordAttendanceDocument,
    "\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n": typeof types.RecordDecisionDocument,
    "\n  mutation SaveItemForm($input: SaveItemFormInput!) {\n    saveItemForm(input: $input) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n": typeof types.SaveItemFormDocument,
    "\n  mutation StartMeeting($meetingId: ID!) {\n    startMeeting(meetingId: $meetingId) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n": typeof types.StartMeetingDocument,
    "\n  fragment MeetingPage_meeting on Meeting {\n    id\n    startsAt\n    endsAt\n    place\n    videoLink\n    status\n    currentItemId\n    version\n    series {\n      id\n      name\n      rhythm\n      chairId\n      chairName\n      members {\n        id\n        name\n      }\n    }\n    attendeeCandidates {\n      id\n      name\n      organisationId\n    }\n    items {\n      id\n      kind\n      label\n      visible\n      participants {\n        organisation {\n          id\n        }\n      }\n      ...AgendaItem_item\n    }\n    attendance {\n      id\n      itemId\n      status\n      userName\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MeetingPage_MeetingFragmentDoc,
    "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n": typeof types.MeetingDocument,
    "\n  query MyMeetings {\n    myMeetings {\n      id\n      ...MeetingTable_meeting\n    }\n  }\n": typeof types.MyMeetingsDocument,
    "\n  fragment FailedMailTable_mail on FailedMail {\n    id\n    kind\n    recipientName\n    recipientOrganisation\n    recipientActive\n    attempts\n    lastError\n    failedAt\n  }\n": typeof types.FailedMailTable_MailFragmentDoc,
    "\n  fragment NotificationList_notification on Notification {\n    id\n    kind\n    message\n    caseId\n    escalationId\n    createdAt\n    readAt\n  }\n": typeof types.NotificationList_NotificationFragmentDoc,
    "\n  fragment NotificationPreferences_preference on NotificationPreference {\n    kind\n    delivery\n    urgent\n  }\n": typeof types.NotificationPreferences_PreferenceFragmentDoc,
    "\n  query FailedMails {\n    failedMails {\n      ...FailedMailTable_mail\n    }\n  }\n": typeof types.FailedMailsDocument,
    "\n  query NotificationPreferences {\n    myNotificationPreferences {\n      ...NotificationPreferences_preference\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  query Notifications {\n    notifications {\n      id\n      readAt\n      ...NotificationList_notification\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      readAt\n      ...NotificationList_notification\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  mutation RetryFailedMail($id: ID!) {\n    retryFailedMail(id: $id) {\n      id\n      attempts\n    }\n  }\n": typeof types.RetryFailedMailDocument,
    "\n  mutation SetNotificationPreference($kind: String!, $delivery: NotificationDelivery!) {\n    setNotificationPreference(kind: $kind, delivery: $delivery) {\n      kind\n      delivery\n      urgent\n    }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  query ActionHistory($caseId: ID!) {\n    plan(caseId: $caseId) {\n      id\n      workingCopy {\n        goals {\n          id\n          actions {\n            id\n            version\n            history {\n              change\n              changedAt\n              changedBy {\n                name\n                organisation {\n                  name\n                }\n              }\n              fields {\n                field\n                from\n                to\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ActionHistoryDocument,
    "\n  fragment ActionRow_action on PlanAction {\n    id\n    version\n    description\n    dueOn\n    status\n    overdue\n    cancellationReason\n    interventionKind\n    assigneeUserId\n    assigneeName\n    ownerOrganisation {\n      id\n      name\n    }\n    category\n    redactedFields\n    authorOrganisation {\n      id\n      name\n    }\n    lastChangedAt\n    lastChangedBy {\n      name\n    }\n    contraIndicationJustification {\n      text\n    }\n  }\n": typeof types.ActionRow_ActionFragmentDoc,
    "\n  fragment AgreementSection_plan on Plan {\n    id\n    caseId\n    status\n    version\n    nextVersionNumber\n    agreedVersionNumber\n    viewerCan {\n      propose\n      signOff\n    }\n    versions {\n      number\n      status\n      proposedAt\n      decidedAt\n      proposedBy {\n        name\n        organisation {\n          name\n        }\n      }\n      pendingOrganisations {\n        id\n        name\n      }\n      signOffs {\n        id\n        decision\n        reason\n        signedAt\n        signedBy\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AgreementSection_PlanFragmentDoc,
    "\n  query PlanAssignees($caseId: ID!, $organisationId: ID!) {\n    planAssignees(caseId: $caseId, organisationId: $organisationId) {\n      id\n      displayName\n    }\n  }\n": typeof types.PlanAssigneesDocument,
    "\n  fragment GoalCard_goal on PlanGoal {\n    id\n    version\n    description\n    measurableEnd\n    phase\n    lifeDomain\n    concerns\n    interventionKind\n    category\n    redactedFields\n    authorOrganisation {\n      id\n      name\n    }\n    lastChangedAt\n    lastChangedBy {\n      name\n      organisation {\n        name\n      }\n    }\n    contraIndicationJustification {\n      text\n      recordedBy {\n        name\n      }\n    }\n    actions {\n      id\n      status\n      overdue\n      assigneeUserId\n      ownerOrganisation {\n        id\n      }\n      ...ActionRow_action\n    }\n  }\n": typeof types.GoalCard_GoalFragmentDoc,
    "\n  fragment MeasuresSection_measure on CoerciveMeasure {\n    id\n    version\n    kind\n    startsOn\n    endsOn\n    note\n    category\n    redactedFields\n    responsibleOrganisation {\n      id\n      name\n    }\n    clock {\n      daysLeft\n      endingSoon\n      expired\n      extendableUntil\n    }\n    authorOrganisation {\n      id\n      name\n    }\n    lastChangedAt\n    lastChangedBy {\n      name\n    }\n  }\n": typeof types.MeasuresSection_MeasureFragmentDoc,
    "\n  fragment PhaseOverview_goal on PlanGoal {\n    id\n    phase\n    actions {\n      id\n      status\n      overdue\n    }\n  }\n": typeof types.PhaseOverview_GoalFragmentDoc,
    "\n  fragment PictureSection_entry on PlanPictureEntry {\n    id\n    version\n    lifeDomain\n    text\n    category\n    redactedFields\n    authorOrganisation {\n      id\n      name\n    }\n    lastChangedAt\n    lastChangedBy {\n      name\n    }\n  }\n": typeof types.PictureSection_EntryFragmentDoc,
    "\n  fragment PlanNotes_note on PlanNote {\n    id\n    elementId\n    body\n    audience\n    category\n    createdAt\n    authorName\n    authorOrganisation {\n      id\n      name\n    }\n    redactedFields\n  }\n": typeof types.PlanNotes_NoteFragmentDoc,
    "\n  fragment SafetyPlanSection_item on SafetyPlanItem {\n    id\n    version\n    kind\n    text\n    concerns\n    category\n    redactedFields\n    authorOrganisation {\n      id\n      name\n    }\n    lastChangedAt\n    lastChangedBy {\n      name\n    }\n  }\n": typeof types.SafetyPlanSection_ItemFragmentDoc,
    "\n  query PlanVersionDiff($caseId: ID!, $from: Int!, $to: Int!) {\n    planVersionDiff(caseId: $caseId, from: $from, to: $to) {\n      from\n      to\n      entries {\n        elementId\n        kind\n        category\n        change\n        withheld\n        changedBy {\n          name\n          organisation {\n            name\n          }\n        }\n        fields {\n          field\n          from\n          to\n        }\n      }\n    }\n  }\n": typeof types.PlanVersionDiffDocument,
    "\n  mutation AddAction($input: AddActionInput!) {\n    addAction(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AddActionDocument,
    "\n  mutation AddCoerciveMeasure($input: AddCoerciveMeasureInput!) {\n    addCoerciveMeasure(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AddCoerciveMeasureDocument,
    "\n  mutation AddGoal($input: AddGoalInput!) {\n    addGoal(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AddGoalDocument,
    "\n  mutation AddPictureEntry($input: AddPictureEntryInput!) {\n    addPictureEntry(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AddPictureEntryDocument,
    "\n  mutation AddPlanNote($input: AddPlanNoteInput!) {\n    addPlanNote(input: $input) {\n      id\n    }\n  }\n": typeof types.AddPlanNoteDocument,
    "\n  mutation AddSafetyPlanItem($input: AddSafetyPlanItemInput!) {\n    addSafetyPlanItem(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AddSafetyPlanItemDocument,
    "\n  mutation ProposePlan($input: ProposePlanInput!) {\n    proposePlan(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ProposePlanDocument,
    "\n  mutation RemovePlanElement($input: RemovePlanElementInput!) {\n    removePlanElement(input: $input) {\n      id\n      removedIds\n    }\n  }\n": typeof types.RemovePlanElementDocument,
    "\n  mutation SignOffPlan($input: SignOffPlanInput!) {\n    signOffPlan(input: $input) {\n      id\n      status\n      version\n      agreedVersionNumber\n    }\n  }\n": typeof types.SignOffPlanDocument,
    "\n  mutation StartPlan($input: StartPlanInput!) {\n    startPlan(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.StartPlanDocument,
    "\n  mutation UpdateAction($input: UpdateActionInput!) {\n    updateAction(input: $input) {\n      id\n      version\n      status\n      description\n      dueOn\n    }\n  }\n": typeof types.UpdateActionDocument,
    "\n  mutation UpdateCoerciveMeasure($input: UpdateCoerciveMeasureInput!) {\n    updateCoerciveMeasure(input: $input) {\n      id\n      version\n      endsOn\n    }\n  }\n": typeof types.UpdateCoerciveMeasureDocument,
    "\n  mutation UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      id\n      version\n      description\n      measurableEnd\n      phase\n      lifeDomain\n    }\n  }\n": typeof types.UpdateGoalDocument,
    "\n  mutation UpdatePictureEntry($input: UpdatePictureEntryInput!) {\n    updatePictureEntry(input: $input) {\n      id\n      version\n      lifeDomain\n      text\n    }\n  }\n": typeof types.UpdatePictureEntryDocument,
    "\n  mutation UpdateSafetyPlanItem($input: UpdateSafetyPlanItemInput!) {\n    updateSafetyPlanItem(input: $input) {\n      id\n      version\n      text\n      concerns\n    }\n  }\n": typeof types.UpdateSafetyPlanItemDocument,
    "\n  query PlanEditor($caseId: ID!) {\n    case(id: $caseId) {\n      id\n      reference\n      viewerAccess\n      household {\n        id\n        members {\n          id\n          person {\n            id\n            firstName\n            lastName\n            redactedFields\n          }\n        }\n      }\n      team {\n        id\n        active\n        organisation {\n          id\n          name\n          type\n        }\n      }\n    }\n    plan(caseId: $caseId) {\n      id\n      status\n      version\n      viewerCan {\n        edit\n        justify\n      }\n      workingCopy {\n        picture {\n          id\n          ...PictureSection_entry\n        }\n        goals {\n          id\n          ...GoalCard_goal\n          ...PhaseOverview_goal\n        }\n        safetyPlan {\n          id\n          ...SafetyPlanSection_item\n        }\n        measures {\n          id\n          ...MeasuresSection_measure\n        }\n      }\n      notes {\n        id\n        ...PlanNotes_note\n      }\n      ...AgreementSection_plan\n    }\n  }\n": typeof types.PlanEditorDocument,
    "\n  fragment AccessLogTable_record on AuditRecord {\n    seq\n    occurredAt\n    actorName\n    actorUserId\n    organisationType\n    organisationName\n    roles\n    action\n    subjectType\n    caseReference\n    fields\n    categories\n    purpose\n    breakGlassGrantId\n    dataSubjects {\n      id\n      name\n    }\n    outcome\n    reason\n  }\n": typeof types.AccessLogTable_RecordFragmentDoc,
    "\n  query AuditLogUsers($name: String!) {\n    auditLogUsers(name: $name) {\n      id\n      name\n      organisationName\n    }\n  }\n": typeof types.AuditLogUsersDocument,
    "\n  fragment BreakGlassReviewTable_grant on BreakGlassGrant {\n    id\n    caseReference\n    requestedBy\n    organisation {\n      id\n      name\n      type\n    }\n    reason\n    grantedAt\n    expiresAt\n    reviewStatus\n    reviewComment\n    reviewedAt\n  }\n": typeof types.BreakGlassReviewTable_GrantFragmentDoc,
    "\n  query FindDataSubjects($input: DataSubjectSearchInput!) {\n    findDataSubjects(input: $input) {\n      id\n      name\n      dateOfBirth\n    }\n  }\n": typeof types.FindDataSubjectsDocument,
    "\n  query PendingErasureRequests {\n    pendingErasureRequests {\n      id\n      personId\n      requestedById\n      requestedBy\n      requesterOrganisation\n      requestedAt\n      status\n      note\n      caseReferences\n      affectedOrganisationIds\n      affectedOrganisations\n    }\n  }\n": typeof types.PendingErasureRequestsDocument,
    "\n  mutation ApproveErasure($requestId: ID!) {\n    approveErasure(requestId: $requestId) {\n      outcome\n      basis\n      restrictedUntil\n      requestId\n    }\n  }\n": typeof types.ApproveErasureDocument,
    "\n  query CurrentPurpose {\n    me {\n      id\n      purpose\n    }\n  }\n": typeof types.CurrentPurposeDocument,
    "\n  mutation DataSubjectExport($personId: ID!) {\n    dataSubjectExport(personId: $personId) {\n      generatedAt\n      document\n    }\n  }\n": typeof types.DataSubjectExportDocument,
    "\n  mutation DataSubjectExportLetter($personId: ID!) {\n    dataSubjectExportLetter(personId: $personId) {\n      fileName\n      pdfBase64\n    }\n  }\n": typeof types.DataSubjectExportLetterDocument,
    "\n  query DataSubjectById($input: DataSubjectSearchInput!) {\n    findDataSubjects(input: $input) {\n      id\n      name\n      dateOfBirth\n    }\n  }\n": typeof types.DataSubjectByIdDocument,
    "\n  mutation RequestBreakGlass($caseReference: String!, $reason: String!) {\n    requestBreakGlass(caseReference: $caseReference, reason: $reason) {\n      id\n      caseId\n      caseReference\n      grantedAt\n      expiresAt\n      reviewStatus\n    }\n  }\n": typeof types.RequestBreakGlassDocument,
    "\n  mutation RequestErasure($personId: ID!, $note: String!) {\n    requestErasure(personId: $personId, note: $note) {\n      outcome\n      basis\n      restrictedUntil\n      requestId\n    }\n  }\n": typeof types.RequestErasureDocument,
    "\n  mutation ReviewBreakGlass($input: ReviewBreakGlassInput!) {\n    reviewBreakGlass(input: $input) {\n      id\n      reviewStatus\n      reviewComment\n      reviewedAt\n    }\n  }\n": typeof types.ReviewBreakGlassDocument,
    "\n  mutation SetPurpose($purpose: Purpose) {\n    setPurpose(purpose: $purpose) {\n      id\n      purpose\n    }\n  }\n": typeof types.SetPurposeDocument,
    "\n  mutation WithdrawErasure($requestId: ID!) {\n    withdrawErasure(requestId: $requestId) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawErasureDocument,
    "\n  query AccessLog($filter: AuditLogFilter, $before: String) {\n    auditLog(filter: $filter, before: $before) {\n      nextBefore\n      records {\n        seq\n        ...AccessLogTable_record\n      }\n    }\n  }\n": typeof types.AccessLogDocument,
    "\n  query AuditAnomalies($days: Int!) {\n    auditAnomalies(days: $days) {\n      kind\n      userId\n      userName\n      organisationName\n      count\n      firstAt\n      lastAt\n    }\n  }\n": typeof types.AuditAnomaliesDocument,
    "\n  query BreakGlassReviews($status: BreakGlassReviewStatus) {\n    breakGlassReviews(status: $status) {\n      id\n      ...BreakGlassReviewTable_grant\n    }\n  }\n": typeof types.BreakGlassReviewsDocument,
    "\n  query TodayActions {\n    myPlanActions {\n      id\n      caseId\n      caseReference\n      description\n      dueOn\n      status\n      ownerOrganisation\n      reason\n      workingDaysLate\n    }\n  }\n": typeof types.TodayActionsDocument,
    "\n  query TodayEscalations {\n    myEscalations {\n      id\n      caseReference\n      trigger\n      level\n      deadline\n      overdue\n      status\n      mayDecide\n      decisionAsked\n      grounds {\n        at\n      }\n    }\n  }\n": typeof types.TodayEscalationsDocument,
    "\n  query TodayProposals {\n    myDirectorAssignments {\n      id\n      caseId\n      caseReference\n      kind\n      status\n      proposedAt\n    }\n  }\n": typeof types.TodayProposalsDocument,
    "\n  query TodayNotifications {\n    notifications {\n      id\n      kind\n      message\n      caseId\n      escalationId\n      createdAt\n      readAt\n    }\n  }\n": typeof types.TodayNotificationsDocument,
};
const documents: Documents = {
    "\n  fragment UserMenu_user on User {\n    id\n    displayName\n    roles\n    organisation {\n      id\n      name\n      type\n    }\n  }\n": types.UserMenu_UserFragmentDoc,
    "\n  mutation ConfirmTotpEnrolment($code: String!) {\n    confirmTotpEnrolment(code: $code) {\n      confirmed\n    }\n  }\n": types.ConfirmTotpEnrolmentDocument,
    "\n  query Me {\n    me {\n      id\n      permissions\n      ...UserMenu_user\n    }\n  }\n": types.MeDocument,
    "\n  query IdentityProviders {\n    identityProviders {\n      organisationId\n      organisationName\n      startPath\n    }\n  }\n": types.IdentityProvidersDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query SecondFactorStatus {\n    secondFactorStatus {\n      required\n      confirmed\n      method\n      enrolled\n    }\n  }\n": types.SecondFactorStatusDocument,
    "\n  mutation StartTotpEnrolment {\n    startTotpEnrolment {\n      secret\n      otpauthUri\n    }\n  }\n": types.StartTotpEnrolmentDocument,
    "\n  mutation VerifySecondFactor($code: String!) {\n    verifySecondFactor(code: $code) {\n      confirmed\n    }\n  }\n": types.VerifySecondFactorDocument,
    "\n  fragment CaseEntriesSection_case on Case {\n    id\n    entries {\n      id\n      category\n      recordedAt\n      occurredOn\n      title\n      body\n      concerns\n      audience\n      redactedFields\n      withheldReason\n      authorOrganisation {\n        id\n        name\n        type\n      }\n    }\n    household {\n      id\n      members {\n        id\n        person {\n          id\n          firstName\n          lastName\n          redactedFields\n          withheldReason\n        }\n      }\n    }\n  }\n": types.CaseEntriesSection_CaseFragmentDoc,
    "\n  query CaseHeader($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      status\n      profile\n      safetyScores {\n        id\n        score\n        scoredBy\n        scoredOn\n      }\n      directorHistory {\n        id\n        kind\n        status\n        responsible\n        director {\n          id\n          displayName\n        }\n      }\n      household {\n        id\n        members {\n          id\n          roles\n          person {\n            id\n            dateOfBirth\n            shelterAddress\n            redactedFields\n          }\n        }\n      }\n    }\n    plan(caseId: $id) {\n      id\n      status\n      workingCopy {\n        goals {\n          id\n          actions {\n            id\n            dueOn\n            status\n          }\n        }\n        measures {\n          id\n          kind\n          startsOn\n          endsOn\n        }\n      }\n    }\n  }\n": types.CaseHeaderDocument,
    "\n  fragment CaseStatusSection_case on Case {\n    id\n    reference\n    status\n    version\n    allowedTransitions\n  }\n": types.CaseStatusSection_CaseFragmentDoc,
    "\n  fragment CaseSummary_case on Case {\n    id\n    reference\n    status\n    profile\n    openedAt\n    closedAt\n    municipality {\n      code\n      name\n    }\n  }\n": types.CaseSummary_CaseFragmentDoc,
    "\n  fragment CaseTable_case on Case {\n    id\n    reference\n    status\n    profile\n    openedAt\n    nextDeadline\n    caseDirectors {\n      id\n      displayName\n    }\n    municipality {\n      code\n      name\n    }\n  }\n": types.CaseTable_CaseFragmentDoc,
    "\n  fragment CaseTeamTable_case on Case {\n    id\n    team {\n      id\n      purpose\n      validFrom\n      validUntil\n      active\n      organisation {\n        id\n        name\n        type\n      }\n      legalBasis {\n        kind\n        article\n        consentDate\n        statute\n      }\n    }\n  }\n": types.CaseTeamTable_CaseFragmentDoc,
    "\n  fragment HouseholdMemberList_household on Household {\n    id\n    members {\n      id\n      roles\n      person {\n        id\n        firstName\n        lastName\n        dateOfBirth\n        hasBsn\n        address\n        phone\n        shelterAddress\n        safeContact\n        redactedFields\n      }\n    }\n  }\n": types.HouseholdMemberList_HouseholdFragmentDoc,
    "\n  fragment RecordEntryForm_case on Case {\n    id\n    household {\n      id\n      members {\n        id\n        roles\n        person {\n          id\n          firstName\n          lastName\n          redactedFields\n        }\n      }\n    }\n  }\n": types.RecordEntryForm_CaseFragmentDoc,
    "\n  subscription CaseActivity($caseId: ID!) {\n    caseActivity(caseId: $caseId) {\n      caseId\n      subjectType\n      subjectId\n      op\n      at\n      byOrganisation {\n        id\n        name\n        type\n      }\n    }\n  }\n": types.CaseActivityDocument,
    "\n  mutation RecordCaseEntry($input: RecordCaseEntryInput!) {\n    recordCaseEntry(input: $input) {\n      id\n      category\n      redactedFields\n    }\n  }\n": types.RecordCaseEntryDocument,
    "\n  mutation TransitionCase($input: TransitionCaseInput!) {\n    transitionCase(input: $input) {\n      id\n      status\n      version\n      allowedTransitions\n      closedAt\n    }\n  }\n": types.TransitionCaseDocument,
    "\n  query CaseList($first: Int!, $after: String, $filter: CaseFilter, $orderBy: CaseOrder) {\n    cases(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CaseTable_case\n        }\n      }\n    }\n  }\n": types.CaseListDocument,
    "\n  query CaseOverview($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      viewerAccess\n      ...CaseSummary_case\n      household {\n        id\n        ...HouseholdMemberList_household\n      }\n      ...CaseTeamTable_case\n      ...CaseStatusSection_case\n      ...CaseEntriesSection_case\n      ...RecordEntryForm_case\n      ...CaseReportHistory_case\n      ...CaseInvolvementSection_case\n    }\n  }\n": types.CaseOverviewDocument,
    "\n  query SearchCases($text: String!) {\n    searchCases(text: $text) {\n      truncated\n      criteria\n      hits {\n        matchedOn\n        case {\n          id\n          reference\n          status\n          profile\n          municipality {\n            code\n            name\n          }\n        }\n        members {\n          personId\n          firstName\n          lastName\n          dateOfBirth\n          roles\n          redactedFields\n        }\n      }\n    }\n  }\n": types.SearchCasesDocument,
    "\n  query CaseDirection($caseId: ID!) {\n    caseDirection(caseId: $caseId) {\n      id\n      kind\n      status\n      responsible\n      version\n      replacesAssignmentId\n      handoverNote\n      hasHandoverNote\n      proposedAt\n      proposedBy\n      acceptedAt\n      endedAt\n      endReason\n      declinedAt\n      declineReason\n      director {\n        id\n        displayName\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CaseDirectionDocument,
    "\n  query MyDirectorAssignments {\n    myDirectorAssignments {\n      id\n      caseId\n      caseReference\n      kind\n      status\n      proposedAt\n    }\n  }\n": types.MyDirectorAssignmentsDocument,
    "\n  query DirectorCandidates {\n    workload {\n      userId\n      displayName\n      organisationId\n      organisationName\n      activeCases\n    }\n  }\n": types.DirectorCandidatesDocument,
    "\n  mutation AcceptDirectorAssignment($input: AnswerDirectorAssignmentInput!) {\n    acceptDirectorAssignment(input: $input) {\n      id\n      status\n      responsible\n      version\n    }\n  }\n": types.AcceptDirectorAssignmentDocument,
    "\n  mutation DeclineDirectorAssignment($input: AnswerDirectorAssignmentInput!) {\n    declineDirectorAssignment(input: $input) {\n      id\n      status\n      declineReason\n      version\n    }\n  }\n": types.DeclineDirectorAssignmentDocument,
    "\n  mutation EndDirectorAssignment($input: AnswerDirectorAssignmentInput!) {\n    endDirectorAssignment(input: $input) {\n      id\n      status\n      responsible\n      endedAt\n      endReason\n      version\n    }\n  }\n": types.EndDirectorAssignmentDocument,
    "\n  mutation ProposeDirector($input: ProposeDirectorInput!) {\n    proposeDirector(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.ProposeDirectorDocument,
    "\n  mutation SetWaitingListContact($caseId: ID!, $contactUserId: ID!) {\n    setWaitingListContact(caseId: $caseId, contactUserId: $contactUserId) {\n      userId\n      displayName\n      organisationName\n      explicit\n    }\n  }\n": types.SetWaitingListContactDocument,
    "\n  query WaitingList {\n    waitingList {\n      caseId\n      caseViewerAccess\n      reference\n      profile\n      municipality\n      waitingSince\n      waitingWorkingDays\n      normWorkingDays\n      overNorm\n      contact {\n        userId\n        displayName\n        organisationName\n        explicit\n      }\n      pendingProposals {\n        assignmentId\n        displayName\n        organisationName\n      }\n    }\n  }\n": types.WaitingListDocument,
    "\n  query Workload {\n    workload {\n      userId\n      displayName\n      organisationName\n      activeCases\n      proposedCases\n      overdueActions\n      openEscalations\n      overdueEscalations\n      awaitingDecision\n    }\n  }\n": types.WorkloadDocument,
    "\n  query CaseEscalations($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      viewerAccess\n      escalations {\n        id\n        ...EscalationTable_escalation\n      }\n    }\n  }\n": types.CaseEscalationsDocument,
    "\n  fragment EscalationGrounds_escalation on Escalation {\n    id\n    grounds {\n      at\n      reason\n    }\n  }\n": types.EscalationGrounds_EscalationFragmentDoc,
    "\n  fragment EscalationHistory_escalation on Escalation {\n    id\n    caseReference\n    history {\n      event\n      at\n      actor\n      fromLevel\n      toLevel\n      deadline\n      note\n    }\n  }\n": types.EscalationHistory_EscalationFragmentDoc,
    "\n  fragment EscalationTable_escalation on Escalation {\n    id\n    caseId\n    caseReference\n    trigger\n    level\n    deciderBody\n    decider\n    deadline\n    overdue\n    status\n    mayDecide\n    raisedBy\n  }\n": types.EscalationTable_EscalationFragmentDoc,
    "\n  query MyEscalations {\n    myEscalations {\n      id\n      ...EscalationTable_escalation\n    }\n  }\n": types.MyEscalationsDocument,
    "\n  mutation DeEscalate($input: CloseEscalationInput!) {\n    deEscalate(input: $input) {\n      id\n      ...EscalationPage_escalation\n    }\n  }\n": types.DeEscalateDocument,
    "\n  mutation DecideEscalation($input: CloseEscalationInput!) {\n    decideEscalation(input: $input) {\n      id\n      ...EscalationPage_escalation\n    }\n  }\n": types.DecideEscalationDocument,
    "\n  mutation RaiseEscalation($input: RaiseEscalationInput!) {\n    raiseEscalation(input: $input) {\n      id\n      status\n      level\n      version\n    }\n  }\n": types.RaiseEscalationDocument,
    "\n  mutation WithdrawEscalation($input: CloseEscalationInput!) {\n    withdrawEscalation(input: $input) {\n      id\n      ...EscalationPage_escalation\n    }\n  }\n": types.WithdrawEscalationDocument,
    "\n  fragment EscalationPage_escalation on Escalation {\n    id\n    caseId\n    caseViewerAccess\n    caseReference\n    trigger\n    reason\n    decisionAsked\n    raisedBy\n    raisedById\n    raisedByOrganisation\n    raisedAt\n    level\n    deadline\n    overdue\n    deciderBody\n    decider\n    status\n    decision\n    closingReason\n    closedAt\n    mayDecide\n    version\n    ...EscalationHistory_escalation\n    ...EscalationGrounds_escalation\n  }\n": types.EscalationPage_EscalationFragmentDoc,
    "\n  query Escalation($id: ID!) {\n    escalation(id: $id) {\n      id\n      ...EscalationPage_escalation\n    }\n  }\n": types.EscalationDocument,
    "\n  query Figures($input: FiguresInput!) {\n    figures(input: $input) {\n      indicator\n      name\n      counts\n      granularity\n      normShare\n      normLabel\n      population {\n        source\n        year\n      }\n      columns {\n        key\n        label\n      }\n      periods {\n        label\n        rows {\n          municipality\n          name\n          share\n          meetsNorm\n          cells {\n            key\n            display\n            suppressed\n            per100k\n          }\n          total {\n            display\n            suppressed\n            per100k\n          }\n        }\n        total {\n          municipality\n          name\n          share\n          meetsNorm\n          cells {\n            key\n            count\n            display\n            suppressed\n            per100k\n          }\n          total {\n            count\n            display\n            suppressed\n            per100k\n          }\n        }\n      }\n    }\n  }\n": types.FiguresDocument,
    "\n  query RiskChecklist($municipality: String!) {\n    riskChecklist(municipality: $municipality) {\n      region\n      watchFrom\n      highFrom\n      items {\n        code\n        label\n        weight\n      }\n    }\n  }\n": types.RiskChecklistDocument,
    "\n  fragment CaseReportHistory_case on Case {\n    id\n    reportCount\n    firstReportedAt\n    reports {\n      receivedAt\n      kind\n      reporterKind\n      cbsCategory\n      crisis\n    }\n  }\n": types.CaseReportHistory_CaseFragmentDoc,
    "\n  mutation ConfirmMatch($input: ResolveMatchInput!) {\n    confirmMatch(input: $input) {\n      id\n      status\n      version\n      caseId\n    }\n  }\n": types.ConfirmMatchDocument,
    "\n  mutation DecideIntakeReport($input: DecideIntakeReportInput!) {\n    decideIntakeReport(input: $input) {\n      id\n      status\n      version\n      caseId\n    }\n  }\n": types.DecideIntakeReportDocument,
    "\n  mutation RecordIntakeReport($input: RecordIntakeReportInput!) {\n    recordIntakeReport(input: $input) {\n      id\n      status\n      version\n      caseId\n    }\n  }\n": types.RecordIntakeReportDocument,
    "\n  mutation RejectMatch($input: ResolveMatchInput!) {\n    rejectMatch(input: $input) {\n      id\n      status\n      version\n      caseId\n    }\n  }\n": types.RejectMatchDocument,
    "\n  mutation SaveAssessment($input: SaveAssessmentInput!) {\n    saveAssessment(input: $input) {\n      id\n      status\n      version\n      caseId\n    }\n  }\n": types.SaveAssessmentDocument,
    "\n  mutation ScreenIntakeReport($input: ScreenIntakeReportInput!) {\n    screenIntakeReport(input: $input) {\n      id\n      status\n      version\n      caseId\n    }\n  }\n": types.ScreenIntakeReportDocument,
    "\n  query IntakeDesk {\n    intakeDesk {\n      id\n      kind\n      receivedAt\n      status\n      crisis\n      cbsCategory\n      assessmentDueOn\n      assessmentOverdue\n      workingDaysLeft\n      screeningOverdue\n      persons {\n        id\n        firstName\n        lastName\n      }\n    }\n  }\n": types.IntakeDeskDocument,
    "\n  query IntakeReport($id: ID!) {\n    intakeReport(id: $id) {\n      id\n      kind\n      receivedAt\n      municipality\n      reporterKind\n      reporterName\n      reporterContact\n      reporterAccount\n      violenceNatures\n      injury\n      adviceTopic\n      adviceGiven\n      status\n      crisis\n      assessmentDueOn\n      assessmentOverdue\n      cbsCategory\n      decision\n      decisionReason\n      caseId\n      redactedFields\n      version\n      assessment {\n        complete\n        unsafety\n        structuralUnsafety\n        multiProblem\n        helpRefused\n        helpStagnating\n        problemAreas\n        intimateTerrorPerpetratorItems\n        intimateTerrorVictimItems\n        intimateTerrorConclusion\n        redFlags\n        riskScore\n        riskLevel\n        meetsMdaCriteria\n        note\n      }\n      persons {\n        id\n        personId\n        firstName\n        lastName\n        dateOfBirth\n        hasBsn\n        roles\n        matchBasis\n        earlierReportCount\n        knownCases {\n          visible\n          caseId\n          reference\n          status\n        }\n        candidates {\n          personId\n          firstName\n          lastName\n          dateOfBirth\n          hasBsn\n          reportCount\n          knownCases {\n            visible\n            caseId\n            reference\n            status\n          }\n        }\n      }\n    }\n  }\n": types.IntakeReportDocument,
    "\n  fragment CaseInvolvementSection_case on Case {\n    id\n    household {\n      id\n      members {\n        person {\n          id\n          firstName\n          lastName\n          hasBsn\n        }\n      }\n    }\n    involvements {\n      personId\n      organisationName\n      organisationType\n      contactPoint\n      validFrom\n      validUntil\n    }\n  }\n": types.CaseInvolvementSection_CaseFragmentDoc,
    "\n  mutation EndInvolvement($id: ID!) {\n    endInvolvement(id: $id) {\n      id\n      validUntil\n    }\n  }\n": types.EndInvolvementDocument,
    "\n  mutation RegisterInvolvement($input: RegisterInvolvementInput!, $fromCase: Boolean!) {\n    registerInvolvement(input: $input) {\n      id\n      alsoInvolved {\n        organisationName\n        contactPoint\n      }\n      caseInvolvements @include(if: $fromCase) {\n        personId\n        organisationName\n        organisationType\n        contactPoint\n        validFrom\n        validUntil\n      }\n    }\n  }\n": types.RegisterInvolvementDocument,
    "\n  query MyInvolvements {\n    myInvolvements {\n      id\n      ownReference\n      contactPoint\n      validFrom\n      validUntil\n      alsoInvolved {\n        organisationName\n        contactPoint\n      }\n    }\n  }\n": types.MyInvolvementsDocument,
    "\n  fragment AgendaItem_item on MeetingItem {\n    id\n    position\n    kind\n    visible\n    label\n    caseId\n    caseReference\n    caseViewerAccess\n    title\n    question\n    questionCategory\n    questionAuthorOrganisationIds\n    considerations\n    considerationsCategory\n    considerationsAuthorOrganisationIds\n    safetyScore\n    version\n    redactedFields\n    viewerCanContribute\n    participants {\n      organisation {\n        id\n        name\n      }\n      legalBasis\n    }\n    contributions {\n      id\n      kind\n      body\n      redactedFields\n      organisation {\n        id\n        name\n      }\n    }\n    decisions {\n      id\n      text\n      planActionId\n      planGoalId\n      dueOn\n      ownerOrganisation {\n        id\n        name\n      }\n    }\n  }\n": types.AgendaItem_ItemFragmentDoc,
    "\n  query CaseMeetingHistory($id: ID!) {\n    case(id: $id) {\n      id\n      meetingHistory {\n        id\n        ...MeetingTable_meeting\n      }\n    }\n  }\n": types.CaseMeetingHistoryDocument,
    "\n  fragment DecisionForm_plan on Plan {\n    id\n    status\n    version\n    workingCopy {\n      goals {\n        id\n        description\n        redactedFields\n      }\n    }\n  }\n": types.DecisionForm_PlanFragmentDoc,
    "\n  query MeetingItemPlan($caseId: ID!) {\n    plan(caseId: $caseId) {\n      id\n      ...DecisionForm_plan\n    }\n  }\n": types.MeetingItemPlanDocument,
    "\n  query MeetingItemMembers($caseId: ID!) {\n    case(id: $caseId) {\n      id\n      household {\n        id\n        members {\n          id\n          person {\n            id\n            firstName\n            lastName\n            redactedFields\n          }\n        }\n      }\n    }\n  }\n": types.MeetingItemMembersDocument,
    "\n  fragment MeetingTable_meeting on MeetingSummary {\n    id\n    seriesName\n    startsAt\n    place\n    status\n    itemCount\n    viewerIsChair\n  }\n": types.MeetingTable_MeetingFragmentDoc,
    "\n  mutation AddItemContribution($input: AddItemContributionInput!) {\n    addItemContribution(input: $input) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n": types.AddItemContributionDocument,
    "\n  mutation AgreeMinutes($meetingId: ID!) {\n    agreeMinutes(meetingId: $meetingId) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n": types.AgreeMinutesDocument,
    "\n  mutation MarkMeetingHeld($meetingId: ID!) {\n    markMeetingHeld(meetingId: $meetingId) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n": types.MarkMeetingHeldDocument,
    "\n  subscription MeetingLive($meetingId: ID!) {\n    meetingLive(meetingId: $meetingId) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n": types.MeetingLiveDocument,
    "\n  mutation MoveToItem($input: MoveToItemInput!) {\n    moveToItem(input: $input) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n": types.MoveToItemDocument,
    "\n  mutation ProposePlanFromMeeting($input: ProposePlanFromMeetingInput!) {\n    proposePlanFromMeeting(input: $input) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n": types.ProposePlanFromMeetingDocument,
    "\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n": types.RecordAttendanceDocument,
    "\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n": types.RecordDecisionDocument,
    "\n  mutation SaveItemForm($input: SaveItemFormInput!) {\n    saveItemForm(input: $input) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n": types.SaveItemFormDocument,
    "\n  mutation StartMeeting($meetingId: ID!) {\n    startMeeting(meetingId: $meetingId) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n": types.StartMeetingDocument,
    "\n  fragment MeetingPage_meeting on Meeting {\n    id\n    startsAt\n    endsAt\n    place\n    videoLink\n    status\n    currentItemId\n    version\n    series {\n      id\n      name\n      rhythm\n      chairId\n      chairName\n      members {\n        id\n        name\n      }\n    }\n    attendeeCandidates {\n      id\n      name\n      organisationId\n    }\n    items {\n      id\n      kind\n      label\n      visible\n      participants {\n        organisation {\n          id\n        }\n      }\n      ...AgendaItem_item\n    }\n    attendance {\n      id\n      itemId\n      status\n      userName\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.MeetingPage_MeetingFragmentDoc,
    "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n": types.MeetingDocument,
    "\n  query MyMeetings {\n    myMeetings {\n      id\n      ...MeetingTable_meeting\n    }\n  }\n": types.MyMeetingsDocument,
    "\n  fragment FailedMailTable_mail on FailedMail {\n    id\n    kind\n    recipientName\n    recipientOrganisation\n    recipientActive\n    attempts\n    lastError\n    failedAt\n  }\n": types.FailedMailTable_MailFragmentDoc,
    "\n  fragment NotificationList_notification on Notification {\n    id\n    kind\n    message\n    caseId\n    escalationId\n    createdAt\n    readAt\n  }\n": types.NotificationList_NotificationFragmentDoc,
    "\n  fragment NotificationPreferences_preference on NotificationPreference {\n    kind\n    delivery\n    urgent\n  }\n": types.NotificationPreferences_PreferenceFragmentDoc,
    "\n  query FailedMails {\n    failedMails {\n      ...FailedMailTable_mail\n    }\n  }\n": types.FailedMailsDocument,
    "\n  query NotificationPreferences {\n    myNotificationPreferences {\n      ...NotificationPreferences_preference\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  query Notifications {\n    notifications {\n      id\n      readAt\n      ...NotificationList_notification\n    }\n  }\n": types.NotificationsDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      readAt\n      ...NotificationList_notification\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  mutation RetryFailedMail($id: ID!) {\n    retryFailedMail(id: $id) {\n      id\n      attempts\n    }\n  }\n": types.RetryFailedMailDocument,
    "\n  mutation SetNotificationPreference($kind: String!, $delivery: NotificationDelivery!) {\n    setNotificationPreference(kind: $kind, delivery: $delivery) {\n      kind\n      delivery\n      urgent\n    }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  query ActionHistory($caseId: ID!) {\n    plan(caseId: $caseId) {\n      id\n      workingCopy {\n        goals {\n          id\n          actions {\n            id\n            version\n            history {\n              change\n              changedAt\n              changedBy {\n                name\n                organisation {\n                  name\n                }\n              }\n              fields {\n                field\n                from\n                to\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ActionHistoryDocument,
    "\n  fragment ActionRow_action on PlanAction {\n    id\n    version\n    description\n    dueOn\n    status\n    overdue\n    cancellationReason\n    interventionKind\n    assigneeUserId\n    assigneeName\n    ownerOrganisation {\n      id\n      name\n    }\n    category\n    redactedFields\n    authorOrganisation {\n      id\n      name\n    }\n    lastChangedAt\n    lastChangedBy {\n      name\n    }\n    contraIndicationJustification {\n      text\n    }\n  }\n": types.ActionRow_ActionFragmentDoc,
    "\n  fragment AgreementSection_plan on Plan {\n    id\n    caseId\n    status\n    version\n    nextVersionNumber\n    agreedVersionNumber\n    viewerCan {\n      propose\n      signOff\n    }\n    versions {\n      number\n      status\n      proposedAt\n      decidedAt\n      proposedBy {\n        name\n        organisation {\n          name\n        }\n      }\n      pendingOrganisations {\n        id\n        name\n      }\n      signOffs {\n        id\n        decision\n        reason\n        signedAt\n        signedBy\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AgreementSection_PlanFragmentDoc,
    "\n  query PlanAssignees($caseId: ID!, $organisationId: ID!) {\n    planAssignees(caseId: $caseId, organisationId: $organisationId) {\n      id\n      displayName\n    }\n  }\n": types.PlanAssigneesDocument,
    "\n  fragment GoalCard_goal on PlanGoal {\n    id\n    version\n    description\n    measurableEnd\n    phase\n    lifeDomain\n    concerns\n    interventionKind\n    category\n    redactedFields\n    authorOrganisation {\n      id\n      name\n    }\n    lastChangedAt\n    lastChangedBy {\n      name\n      organisation {\n        name\n      }\n    }\n    contraIndicationJustification {\n      text\n      recordedBy {\n        name\n      }\n    }\n    actions {\n      id\n      status\n      overdue\n      assigneeUserId\n      ownerOrganisation {\n        id\n      }\n      ...ActionRow_action\n    }\n  }\n": types.GoalCard_GoalFragmentDoc,
    "\n  fragment MeasuresSection_measure on CoerciveMeasure {\n    id\n    version\n    kind\n    startsOn\n    endsOn\n    note\n    category\n    redactedFields\n    responsibleOrganisation {\n      id\n      name\n    }\n    clock {\n      daysLeft\n      endingSoon\n      expired\n      extendableUntil\n    }\n    authorOrganisation {\n      id\n      name\n    }\n    lastChangedAt\n    lastChangedBy {\n      name\n    }\n  }\n": types.MeasuresSection_MeasureFragmentDoc,
    "\n  fragment PhaseOverview_goal on PlanGoal {\n    id\n    phase\n    actions {\n      id\n      status\n      overdue\n    }\n  }\n": types.PhaseOverview_GoalFragmentDoc,
    "\n  fragment PictureSection_entry on PlanPictureEntry {\n    id\n    version\n    lifeDomain\n    text\n    category\n    redactedFields\n    authorOrganisation {\n      id\n      name\n    }\n    lastChangedAt\n    lastChangedBy {\n      name\n    }\n  }\n": types.PictureSection_EntryFragmentDoc,
    "\n  fragment PlanNotes_note on PlanNote {\n    id\n    elementId\n    body\n    audience\n    category\n    createdAt\n    authorName\n    authorOrganisation {\n      id\n      name\n    }\n    redactedFields\n  }\n": types.PlanNotes_NoteFragmentDoc,
    "\n  fragment SafetyPlanSection_item on SafetyPlanItem {\n    id\n    version\n    kind\n    text\n    concerns\n    category\n    redactedFields\n    authorOrganisation {\n      id\n      name\n    }\n    lastChangedAt\n    lastChangedBy {\n      name\n    }\n  }\n": types.SafetyPlanSection_ItemFragmentDoc,
    "\n  query PlanVersionDiff($caseId: ID!, $from: Int!, $to: Int!) {\n    planVersionDiff(caseId: $caseId, from: $from, to: $to) {\n      from\n      to\n      entries {\n        elementId\n        kind\n        category\n        change\n        withheld\n        changedBy {\n          name\n          organisation {\n            name\n          }\n        }\n        fields {\n          field\n          from\n          to\n        }\n      }\n    }\n  }\n": types.PlanVersionDiffDocument,
    "\n  mutation AddAction($input: AddActionInput!) {\n    addAction(input: $input) {\n      id\n      version\n    }\n  }\n": types.AddActionDocument,
    "\n  mutation AddCoerciveMeasure($input: AddCoerciveMeasureInput!) {\n    addCoerciveMeasure(input: $input) {\n      id\n      version\n    }\n  }\n": types.AddCoerciveMeasureDocument,
    "\n  mutation AddGoal($input: AddGoalInput!) {\n    addGoal(input: $input) {\n      id\n      version\n    }\n  }\n": types.AddGoalDocument,
    "\n  mutation AddPictureEntry($input: AddPictureEntryInput!) {\n    addPictureEntry(input: $input) {\n      id\n      version\n    }\n  }\n": types.AddPictureEntryDocument,
    "\n  mutation AddPlanNote($input: AddPlanNoteInput!) {\n    addPlanNote(input: $input) {\n      id\n    }\n  }\n": types.AddPlanNoteDocument,
    "\n  mutation AddSafetyPlanItem($input: AddSafetyPlanItemInput!) {\n    addSafetyPlanItem(input: $input) {\n      id\n      version\n    }\n  }\n": types.AddSafetyPlanItemDocument,
    "\n  mutation ProposePlan($input: ProposePlanInput!) {\n    proposePlan(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.ProposePlanDocument,
    "\n  mutation RemovePlanElement($input: RemovePlanElementInput!) {\n    removePlanElement(input: $input) {\n      id\n      removedIds\n    }\n  }\n": types.RemovePlanElementDocument,
    "\n  mutation SignOffPlan($input: SignOffPlanInput!) {\n    signOffPlan(input: $input) {\n      id\n      status\n      version\n      agreedVersionNumber\n    }\n  }\n": types.SignOffPlanDocument,
    "\n  mutation StartPlan($input: StartPlanInput!) {\n    startPlan(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.StartPlanDocument,
    "\n  mutation UpdateAction($input: UpdateActionInput!) {\n    updateAction(input: $input) {\n      id\n      version\n      status\n      description\n      dueOn\n    }\n  }\n": types.UpdateActionDocument,
    "\n  mutation UpdateCoerciveMeasure($input: UpdateCoerciveMeasureInput!) {\n    updateCoerciveMeasure(input: $input) {\n      id\n      version\n      endsOn\n    }\n  }\n": types.UpdateCoerciveMeasureDocument,
    "\n  mutation UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      id\n      version\n      description\n      measurableEnd\n      phase\n      lifeDomain\n    }\n  }\n": types.UpdateGoalDocument,
    "\n  mutation UpdatePictureEntry($input: UpdatePictureEntryInput!) {\n    updatePictureEntry(input: $input) {\n      id\n      version\n      lifeDomain\n      text\n    }\n  }\n": types.UpdatePictureEntryDocument,
    "\n  mutation UpdateSafetyPlanItem($input: UpdateSafetyPlanItemInput!) {\n    updateSafetyPlanItem(input: $input) {\n      id\n      version\n      text\n      concerns\n    }\n  }\n": types.UpdateSafetyPlanItemDocument,
    "\n  query PlanEditor($caseId: ID!) {\n    case(id: $caseId) {\n      id\n      reference\n      viewerAccess\n      household {\n        id\n        members {\n          id\n          person {\n            id\n            firstName\n            lastName\n            redactedFields\n          }\n        }\n      }\n      team {\n        id\n        active\n        organisation {\n          id\n          name\n          type\n        }\n      }\n    }\n    plan(caseId: $caseId) {\n      id\n      status\n      version\n      viewerCan {\n        edit\n        justify\n      }\n      workingCopy {\n        picture {\n          id\n          ...PictureSection_entry\n        }\n        goals {\n          id\n          ...GoalCard_goal\n          ...PhaseOverview_goal\n        }\n        safetyPlan {\n          id\n          ...SafetyPlanSection_item\n        }\n        measures {\n          id\n          ...MeasuresSection_measure\n        }\n      }\n      notes {\n        id\n        ...PlanNotes_note\n      }\n      ...AgreementSection_plan\n    }\n  }\n": types.PlanEditorDocument,
    "\n  fragment AccessLogTable_record on AuditRecord {\n    seq\n    occurredAt\n    actorName\n    actorUserId\n    organisationType\n    organisationName\n    roles\n    action\n    subjectType\n    caseReference\n    fields\n    categories\n    purpose\n    breakGlassGrantId\n    dataSubjects {\n      id\n      name\n    }\n    outcome\n    reason\n  }\n": types.AccessLogTable_RecordFragmentDoc,
    "\n  query AuditLogUsers($name: String!) {\n    auditLogUsers(name: $name) {\n      id\n      name\n      organisationName\n    }\n  }\n": types.AuditLogUsersDocument,
    "\n  fragment BreakGlassReviewTable_grant on BreakGlassGrant {\n    id\n    caseReference\n    requestedBy\n    organisation {\n      id\n      name\n      type\n    }\n    reason\n    grantedAt\n    expiresAt\n    reviewStatus\n    reviewComment\n    reviewedAt\n  }\n": types.BreakGlassReviewTable_GrantFragmentDoc,
    "\n  query FindDataSubjects($input: DataSubjectSearchInput!) {\n    findDataSubjects(input: $input) {\n      id\n      name\n      dateOfBirth\n    }\n  }\n": types.FindDataSubjectsDocument,
    "\n  query PendingErasureRequests {\n    pendingErasureRequests {\n      id\n      personId\n      requestedById\n      requestedBy\n      requesterOrganisation\n      requestedAt\n      status\n      note\n      caseReferences\n      affectedOrganisationIds\n      affectedOrganisations\n    }\n  }\n": types.PendingErasureRequestsDocument,
    "\n  mutation ApproveErasure($requestId: ID!) {\n    approveErasure(requestId: $requestId) {\n      outcome\n      basis\n      restrictedUntil\n      requestId\n    }\n  }\n": types.ApproveErasureDocument,
    "\n  query CurrentPurpose {\n    me {\n      id\n      purpose\n    }\n  }\n": types.CurrentPurposeDocument,
    "\n  mutation DataSubjectExport($personId: ID!) {\n    dataSubjectExport(personId: $personId) {\n      generatedAt\n      document\n    }\n  }\n": types.DataSubjectExportDocument,
    "\n  mutation DataSubjectExportLetter($personId: ID!) {\n    dataSubjectExportLetter(personId: $personId) {\n      fileName\n      pdfBase64\n    }\n  }\n": types.DataSubjectExportLetterDocument,
    "\n  query DataSubjectById($input: DataSubjectSearchInput!) {\n    findDataSubjects(input: $input) {\n      id\n      name\n      dateOfBirth\n    }\n  }\n": types.DataSubjectByIdDocument,
    "\n  mutation RequestBreakGlass($caseReference: String!, $reason: String!) {\n    requestBreakGlass(caseReference: $caseReference, reason: $reason) {\n      id\n      caseId\n      caseReference\n      grantedAt\n      expiresAt\n      reviewStatus\n    }\n  }\n": types.RequestBreakGlassDocument,
    "\n  mutation RequestErasure($personId: ID!, $note: String!) {\n    requestErasure(personId: $personId, note: $note) {\n      outcome\n      basis\n      restrictedUntil\n      requestId\n    }\n  }\n": types.RequestErasureDocument,
    "\n  mutation ReviewBreakGlass($input: ReviewBreakGlassInput!) {\n    reviewBreakGlass(input: $input) {\n      id\n      reviewStatus\n      reviewComment\n      reviewedAt\n    }\n  }\n": types.ReviewBreakGlassDocument,
    "\n  mutation SetPurpose($purpose: Purpose) {\n    setPurpose(purpose: $purpose) {\n      id\n      purpose\n    }\n  }\n": types.SetPurposeDocument,
    "\n  mutation WithdrawErasure($requestId: ID!) {\n    withdrawErasure(requestId: $requestId) {\n      id\n      status\n    }\n  }\n": types.WithdrawErasureDocument,
    "\n  query AccessLog($filter: AuditLogFilter, $before: String) {\n    auditLog(filter: $filter, before: $before) {\n      nextBefore\n      records {\n        seq\n        ...AccessLogTable_record\n      }\n    }\n  }\n": types.AccessLogDocument,
    "\n  query AuditAnomalies($days: Int!) {\n    auditAnomalies(days: $days) {\n      kind\n      userId\n      userName\n      organisationName\n      count\n      firstAt\n      lastAt\n    }\n  }\n": types.AuditAnomaliesDocument,
    "\n  query BreakGlassReviews($status: BreakGlassReviewStatus) {\n    breakGlassReviews(status: $status) {\n      id\n      ...BreakGlassReviewTable_grant\n    }\n  }\n": types.BreakGlassReviewsDocument,
    "\n  query TodayActions {\n    myPlanActions {\n      id\n      caseId\n      caseReference\n      description\n      dueOn\n      status\n      ownerOrganisation\n      reason\n      workingDaysLate\n    }\n  }\n": types.TodayActionsDocument,
    "\n  query TodayEscalations {\n    myEscalations {\n      id\n      caseReference\n      trigger\n      level\n      deadline\n      overdue\n      status\n      mayDecide\n      decisionAsked\n      grounds {\n        at\n      }\n    }\n  }\n": types.TodayEscalationsDocument,
    "\n  query TodayProposals {\n    myDirectorAssignments {\n      id\n      caseId\n      caseReference\n      kind\n      status\n      proposedAt\n    }\n  }\n": types.TodayProposalsDocument,
    "\n  query TodayNotifications {\n    notifications {\n      id\n      kind\n      message\n      caseId\n      escalationId\n      createdAt\n      readAt\n    }\n  }\n": types.TodayNotificationsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserMenu_user on User {\n    id\n    displayName\n    roles\n    organisation {\n      id\n      name\n      type\n    }\n  }\n"): (typeof documents)["\n  fragment UserMenu_user on User {\n    id\n    displayName\n    roles\n    organisation {\n      id\n      name\n      type\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTotpEnrolment($code: String!) {\n    confirmTotpEnrolment(code: $code) {\n      confirmed\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmTotpEnrolment($code: String!) {\n    confirmTotpEnrolment(code: $code) {\n      confirmed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      permissions\n      ...UserMenu_user\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      permissions\n      ...UserMenu_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdentityProviders {\n    identityProviders {\n      organisationId\n      organisationName\n      startPath\n    }\n  }\n"): (typeof documents)["\n  query IdentityProviders {\n    identityProviders {\n      organisationId\n      organisationName\n      startPath\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecondFactorStatus {\n    secondFactorStatus {\n      required\n      confirmed\n      method\n      enrolled\n    }\n  }\n"): (typeof documents)["\n  query SecondFactorStatus {\n    secondFactorStatus {\n      required\n      confirmed\n      method\n      enrolled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTotpEnrolment {\n    startTotpEnrolment {\n      secret\n      otpauthUri\n    }\n  }\n"): (typeof documents)["\n  mutation StartTotpEnrolment {\n    startTotpEnrolment {\n      secret\n      otpauthUri\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifySecondFactor($code: String!) {\n    verifySecondFactor(code: $code) {\n      confirmed\n    }\n  }\n"): (typeof documents)["\n  mutation VerifySecondFactor($code: String!) {\n    verifySecondFactor(code: $code) {\n      confirmed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseEntriesSection_case on Case {\n    id\n    entries {\n      id\n      category\n      recordedAt\n      occurredOn\n      title\n      body\n      concerns\n      audience\n      redactedFields\n      withheldReason\n      authorOrganisation {\n        id\n        name\n        type\n      }\n    }\n    household {\n      id\n      members {\n        id\n        person {\n          id\n          firstName\n          lastName\n          redactedFields\n          withheldReason\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CaseEntriesSection_case on Case {\n    id\n    entries {\n      id\n      category\n      recordedAt\n      occurredOn\n      title\n      body\n      concerns\n      audience\n      redactedFields\n      withheldReason\n      authorOrganisation {\n        id\n        name\n        type\n      }\n    }\n    household {\n      id\n      members {\n        id\n        person {\n          id\n          firstName\n          lastName\n          redactedFields\n          withheldReason\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseHeader($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      status\n      profile\n      safetyScores {\n        id\n        score\n        scoredBy\n        scoredOn\n      }\n      directorHistory {\n        id\n        kind\n        status\n        responsible\n        director {\n          id\n          displayName\n        }\n      }\n      household {\n        id\n        members {\n          id\n          roles\n          person {\n            id\n            dateOfBirth\n            shelterAddress\n            redactedFields\n          }\n        }\n      }\n    }\n    plan(caseId: $id) {\n      id\n      status\n      workingCopy {\n        goals {\n          id\n          actions {\n            id\n            dueOn\n            status\n          }\n        }\n        measures {\n          id\n          kind\n          startsOn\n          endsOn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseHeader($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      status\n      profile\n      safetyScores {\n        id\n        score\n        scoredBy\n        scoredOn\n      }\n      directorHistory {\n        id\n        kind\n        status\n        responsible\n        director {\n          id\n          displayName\n        }\n      }\n      household {\n        id\n        members {\n          id\n          roles\n          person {\n            id\n            dateOfBirth\n            shelterAddress\n            redactedFields\n          }\n        }\n      }\n    }\n    plan(caseId: $id) {\n      id\n      status\n      workingCopy {\n        goals {\n          id\n          actions {\n            id\n            dueOn\n            status\n          }\n        }\n        measures {\n          id\n          kind\n          startsOn\n          endsOn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseStatusSection_case on Case {\n    id\n    reference\n    status\n    version\n    allowedTransitions\n  }\n"): (typeof documents)["\n  fragment CaseStatusSection_case on Case {\n    id\n    reference\n    status\n    version\n    allowedTransitions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseSummary_case on Case {\n    id\n    reference\n    status\n    profile\n    openedAt\n    closedAt\n    municipality {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CaseSummary_case on Case {\n    id\n    reference\n    status\n    profile\n    openedAt\n    closedAt\n    municipality {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseTable_case on Case {\n    id\n    reference\n    status\n    profile\n    openedAt\n    nextDeadline\n    caseDirectors {\n      id\n      displayName\n    }\n    municipality {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CaseTable_case on Case {\n    id\n    reference\n    status\n    profile\n    openedAt\n    nextDeadline\n    caseDirectors {\n      id\n      displayName\n    }\n    municipality {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseTeamTable_case on Case {\n    id\n    team {\n      id\n      purpose\n      validFrom\n      validUntil\n      active\n      organisation {\n        id\n        name\n        type\n      }\n      legalBasis {\n        kind\n        article\n        consentDate\n        statute\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CaseTeamTable_case on Case {\n    id\n    team {\n      id\n      purpose\n      validFrom\n      validUntil\n      active\n      organisation {\n        id\n        name\n        type\n      }\n      legalBasis {\n        kind\n        article\n        consentDate\n        statute\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HouseholdMemberList_household on Household {\n    id\n    members {\n      id\n      roles\n      person {\n        id\n        firstName\n        lastName\n        dateOfBirth\n        hasBsn\n        address\n        phone\n        shelterAddress\n        safeContact\n        redactedFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment HouseholdMemberList_household on Household {\n    id\n    members {\n      id\n      roles\n      person {\n        id\n        firstName\n        lastName\n        dateOfBirth\n        hasBsn\n        address\n        phone\n        shelterAddress\n        safeContact\n        redactedFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecordEntryForm_case on Case {\n    id\n    household {\n      id\n      members {\n        id\n        roles\n        person {\n          id\n          firstName\n          lastName\n          redactedFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RecordEntryForm_case on Case {\n    id\n    household {\n      id\n      members {\n        id\n        roles\n        person {\n          id\n          firstName\n          lastName\n          redactedFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CaseActivity($caseId: ID!) {\n    caseActivity(caseId: $caseId) {\n      caseId\n      subjectType\n      subjectId\n      op\n      at\n      byOrganisation {\n        id\n        name\n        type\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription CaseActivity($caseId: ID!) {\n    caseActivity(caseId: $caseId) {\n      caseId\n      subjectType\n      subjectId\n      op\n      at\n      byOrganisation {\n        id\n        name\n        type\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCaseEntry($input: RecordCaseEntryInput!) {\n    recordCaseEntry(input: $input) {\n      id\n      category\n      redactedFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordCaseEntry($input: RecordCaseEntryInput!) {\n    recordCaseEntry(input: $input) {\n      id\n      category\n      redactedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransitionCase($input: TransitionCaseInput!) {\n    transitionCase(input: $input) {\n      id\n      status\n      version\n      allowedTransitions\n      closedAt\n    }\n  }\n"): (typeof documents)["\n  mutation TransitionCase($input: TransitionCaseInput!) {\n    transitionCase(input: $input) {\n      id\n      status\n      version\n      allowedTransitions\n      closedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseList($first: Int!, $after: String, $filter: CaseFilter, $orderBy: CaseOrder) {\n    cases(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CaseTable_case\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseList($first: Int!, $after: String, $filter: CaseFilter, $orderBy: CaseOrder) {\n    cases(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CaseTable_case\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseOverview($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      viewerAccess\n      ...CaseSummary_case\n      household {\n        id\n        ...HouseholdMemberList_household\n      }\n      ...CaseTeamTable_case\n      ...CaseStatusSection_case\n      ...CaseEntriesSection_case\n      ...RecordEntryForm_case\n      ...CaseReportHistory_case\n      ...CaseInvolvementSection_case\n    }\n  }\n"): (typeof documents)["\n  query CaseOverview($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      viewerAccess\n      ...CaseSummary_case\n      household {\n        id\n        ...HouseholdMemberList_household\n      }\n      ...CaseTeamTable_case\n      ...CaseStatusSection_case\n      ...CaseEntriesSection_case\n      ...RecordEntryForm_case\n      ...CaseReportHistory_case\n      ...CaseInvolvementSection_case\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchCases($text: String!) {\n    searchCases(text: $text) {\n      truncated\n      criteria\n      hits {\n        matchedOn\n        case {\n          id\n          reference\n          status\n          profile\n          municipality {\n            code\n            name\n          }\n        }\n        members {\n          personId\n          firstName\n          lastName\n          dateOfBirth\n          roles\n          redactedFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchCases($text: String!) {\n    searchCases(text: $text) {\n      truncated\n      criteria\n      hits {\n        matchedOn\n        case {\n          id\n          reference\n          status\n          profile\n          municipality {\n            code\n            name\n          }\n        }\n        members {\n          personId\n          firstName\n          lastName\n          dateOfBirth\n          roles\n          redactedFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseDirection($caseId: ID!) {\n    caseDirection(caseId: $caseId) {\n      id\n      kind\n      status\n      responsible\n      version\n      replacesAssignmentId\n      handoverNote\n      hasHandoverNote\n      proposedAt\n      proposedBy\n      acceptedAt\n      endedAt\n      endReason\n      declinedAt\n      declineReason\n      director {\n        id\n        displayName\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseDirection($caseId: ID!) {\n    caseDirection(caseId: $caseId) {\n      id\n      kind\n      status\n      responsible\n      version\n      replacesAssignmentId\n      handoverNote\n      hasHandoverNote\n      proposedAt\n      proposedBy\n      acceptedAt\n      endedAt\n      endReason\n      declinedAt\n      declineReason\n      director {\n        id\n        displayName\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDirectorAssignments {\n    myDirectorAssignments {\n      id\n      caseId\n      caseReference\n      kind\n      status\n      proposedAt\n    }\n  }\n"): (typeof documents)["\n  query MyDirectorAssignments {\n    myDirectorAssignments {\n      id\n      caseId\n      caseReference\n      kind\n      status\n      proposedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectorCandidates {\n    workload {\n      userId\n      displayName\n      organisationId\n      organisationName\n      activeCases\n    }\n  }\n"): (typeof documents)["\n  query DirectorCandidates {\n    workload {\n      userId\n      displayName\n      organisationId\n      organisationName\n      activeCases\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptDirectorAssignment($input: AnswerDirectorAssignmentInput!) {\n    acceptDirectorAssignment(input: $input) {\n      id\n      status\n      responsible\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptDirectorAssignment($input: AnswerDirectorAssignmentInput!) {\n    acceptDirectorAssignment(input: $input) {\n      id\n      status\n      responsible\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineDirectorAssignment($input: AnswerDirectorAssignmentInput!) {\n    declineDirectorAssignment(input: $input) {\n      id\n      status\n      declineReason\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineDirectorAssignment($input: AnswerDirectorAssignmentInput!) {\n    declineDirectorAssignment(input: $input) {\n      id\n      status\n      declineReason\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndDirectorAssignment($input: AnswerDirectorAssignmentInput!) {\n    endDirectorAssignment(input: $input) {\n      id\n      status\n      responsible\n      endedAt\n      endReason\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation EndDirectorAssignment($input: AnswerDirectorAssignmentInput!) {\n    endDirectorAssignment(input: $input) {\n      id\n      status\n      responsible\n      endedAt\n      endReason\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeDirector($input: ProposeDirectorInput!) {\n    proposeDirector(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeDirector($input: ProposeDirectorInput!) {\n    proposeDirector(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWaitingListContact($caseId: ID!, $contactUserId: ID!) {\n    setWaitingListContact(caseId: $caseId, contactUserId: $contactUserId) {\n      userId\n      displayName\n      organisationName\n      explicit\n    }\n  }\n"): (typeof documents)["\n  mutation SetWaitingListContact($caseId: ID!, $contactUserId: ID!) {\n    setWaitingListContact(caseId: $caseId, contactUserId: $contactUserId) {\n      userId\n      displayName\n      organisationName\n      explicit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WaitingList {\n    waitingList {\n      caseId\n      caseViewerAccess\n      reference\n      profile\n      municipality\n      waitingSince\n      waitingWorkingDays\n      normWorkingDays\n      overNorm\n      contact {\n        userId\n        displayName\n        organisationName\n        explicit\n      }\n      pendingProposals {\n        assignmentId\n        displayName\n        organisationName\n      }\n    }\n  }\n"): (typeof documents)["\n  query WaitingList {\n    waitingList {\n      caseId\n      caseViewerAccess\n      reference\n      profile\n      municipality\n      waitingSince\n      waitingWorkingDays\n      normWorkingDays\n      overNorm\n      contact {\n        userId\n        displayName\n        organisationName\n        explicit\n      }\n      pendingProposals {\n        assignmentId\n        displayName\n        organisationName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Workload {\n    workload {\n      userId\n      displayName\n      organisationName\n      activeCases\n      proposedCases\n      overdueActions\n      openEscalations\n      overdueEscalations\n      awaitingDecision\n    }\n  }\n"): (typeof documents)["\n  query Workload {\n    workload {\n      userId\n      displayName\n      organisationName\n      activeCases\n      proposedCases\n      overdueActions\n      openEscalations\n      overdueEscalations\n      awaitingDecision\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseEscalations($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      viewerAccess\n      escalations {\n        id\n        ...EscalationTable_escalation\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseEscalations($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      viewerAccess\n      escalations {\n        id\n        ...EscalationTable_escalation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EscalationGrounds_escalation on Escalation {\n    id\n    grounds {\n      at\n      reason\n    }\n  }\n"): (typeof documents)["\n  fragment EscalationGrounds_escalation on Escalation {\n    id\n    grounds {\n      at\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EscalationHistory_escalation on Escalation {\n    id\n    caseReference\n    history {\n      event\n      at\n      actor\n      fromLevel\n      toLevel\n      deadline\n      note\n    }\n  }\n"): (typeof documents)["\n  fragment EscalationHistory_escalation on Escalation {\n    id\n    caseReference\n    history {\n      event\n      at\n      actor\n      fromLevel\n      toLevel\n      deadline\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EscalationTable_escalation on Escalation {\n    id\n    caseId\n    caseReference\n    trigger\n    level\n    deciderBody\n    decider\n    deadline\n    overdue\n    status\n    mayDecide\n    raisedBy\n  }\n"): (typeof documents)["\n  fragment EscalationTable_escalation on Escalation {\n    id\n    caseId\n    caseReference\n    trigger\n    level\n    deciderBody\n    decider\n    deadline\n    overdue\n    status\n    mayDecide\n    raisedBy\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyEscalations {\n    myEscalations {\n      id\n      ...EscalationTable_escalation\n    }\n  }\n"): (typeof documents)["\n  query MyEscalations {\n    myEscalations {\n      id\n      ...EscalationTable_escalation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeEscalate($input: CloseEscalationInput!) {\n    deEscalate(input: $input) {\n      id\n      ...EscalationPage_escalation\n    }\n  }\n"): (typeof documents)["\n  mutation DeEscalate($input: CloseEscalationInput!) {\n    deEscalate(input: $input) {\n      id\n      ...EscalationPage_escalation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideEscalation($input: CloseEscalationInput!) {\n    decideEscalation(input: $input) {\n      id\n      ...EscalationPage_escalation\n    }\n  }\n"): (typeof documents)["\n  mutation DecideEscalation($input: CloseEscalationInput!) {\n    decideEscalation(input: $input) {\n      id\n      ...EscalationPage_escalation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaiseEscalation($input: RaiseEscalationInput!) {\n    raiseEscalation(input: $input) {\n      id\n      status\n      level\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RaiseEscalation($input: RaiseEscalationInput!) {\n    raiseEscalation(input: $input) {\n      id\n      status\n      level\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawEscalation($input: CloseEscalationInput!) {\n    withdrawEscalation(input: $input) {\n      id\n      ...EscalationPage_escalation\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawEscalation($input: CloseEscalationInput!) {\n    withdrawEscalation(input: $input) {\n      id\n      ...EscalationPage_escalation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EscalationPage_escalation on Escalation {\n    id\n    caseId\n    caseViewerAccess\n    caseReference\n    trigger\n    reason\n    decisionAsked\n    raisedBy\n    raisedById\n    raisedByOrganisation\n    raisedAt\n    level\n    deadline\n    overdue\n    deciderBody\n    decider\n    status\n    decision\n    closingReason\n    closedAt\n    mayDecide\n    version\n    ...EscalationHistory_escalation\n    ...EscalationGrounds_escalation\n  }\n"): (typeof documents)["\n  fragment EscalationPage_escalation on Escalation {\n    id\n    caseId\n    caseViewerAccess\n    caseReference\n    trigger\n    reason\n    decisionAsked\n    raisedBy\n    raisedById\n    raisedByOrganisation\n    raisedAt\n    level\n    deadline\n    overdue\n    deciderBody\n    decider\n    status\n    decision\n    closingReason\n    closedAt\n    mayDecide\n    version\n    ...EscalationHistory_escalation\n    ...EscalationGrounds_escalation\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Escalation($id: ID!) {\n    escalation(id: $id) {\n      id\n      ...EscalationPage_escalation\n    }\n  }\n"): (typeof documents)["\n  query Escalation($id: ID!) {\n    escalation(id: $id) {\n      id\n      ...EscalationPage_escalation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Figures($input: FiguresInput!) {\n    figures(input: $input) {\n      indicator\n      name\n      counts\n      granularity\n      normShare\n      normLabel\n      population {\n        source\n        year\n      }\n      columns {\n        key\n        label\n      }\n      periods {\n        label\n        rows {\n          municipality\n          name\n          share\n          meetsNorm\n          cells {\n            key\n            display\n            suppressed\n            per100k\n          }\n          total {\n            display\n            suppressed\n            per100k\n          }\n        }\n        total {\n          municipality\n          name\n          share\n          meetsNorm\n          cells {\n            key\n            count\n            display\n            suppressed\n            per100k\n          }\n          total {\n            count\n            display\n            suppressed\n            per100k\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Figures($input: FiguresInput!) {\n    figures(input: $input) {\n      indicator\n      name\n      counts\n      granularity\n      normShare\n      normLabel\n      population {\n        source\n        year\n      }\n      columns {\n        key\n        label\n      }\n      periods {\n        label\n        rows {\n          municipality\n          name\n          share\n          meetsNorm\n          cells {\n            key\n            display\n            suppressed\n            per100k\n          }\n          total {\n            display\n            suppressed\n            per100k\n          }\n        }\n        total {\n          municipality\n          name\n          share\n          meetsNorm\n          cells {\n            key\n            count\n            display\n            suppressed\n            per100k\n          }\n          total {\n            count\n            display\n            suppressed\n            per100k\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskChecklist($municipality: String!) {\n    riskChecklist(municipality: $municipality) {\n      region\n      watchFrom\n      highFrom\n      items {\n        code\n        label\n        weight\n      }\n    }\n  }\n"): (typeof documents)["\n  query RiskChecklist($municipality: String!) {\n    riskChecklist(municipality: $municipality) {\n      region\n      watchFrom\n      highFrom\n      items {\n        code\n        label\n        weight\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseReportHistory_case on Case {\n    id\n    reportCount\n    firstReportedAt\n    reports {\n      receivedAt\n      kind\n      reporterKind\n      cbsCategory\n      crisis\n    }\n  }\n"): (typeof documents)["\n  fragment CaseReportHistory_case on Case {\n    id\n    reportCount\n    firstReportedAt\n    reports {\n      receivedAt\n      kind\n      reporterKind\n      cbsCategory\n      crisis\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmMatch($input: ResolveMatchInput!) {\n    confirmMatch(input: $input) {\n      id\n      status\n      version\n      caseId\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmMatch($input: ResolveMatchInput!) {\n    confirmMatch(input: $input) {\n      id\n      status\n      version\n      caseId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideIntakeReport($input: DecideIntakeReportInput!) {\n    decideIntakeReport(input: $input) {\n      id\n      status\n      version\n      caseId\n    }\n  }\n"): (typeof documents)["\n  mutation DecideIntakeReport($input: DecideIntakeReportInput!) {\n    decideIntakeReport(input: $input) {\n      id\n      status\n      version\n      caseId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordIntakeReport($input: RecordIntakeReportInput!) {\n    recordIntakeReport(input: $input) {\n      id\n      status\n      version\n      caseId\n    }\n  }\n"): (typeof documents)["\n  mutation RecordIntakeReport($input: RecordIntakeReportInput!) {\n    recordIntakeReport(input: $input) {\n      id\n      status\n      version\n      caseId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectMatch($input: ResolveMatchInput!) {\n    rejectMatch(input: $input) {\n      id\n      status\n      version\n      caseId\n    }\n  }\n"): (typeof documents)["\n  mutation RejectMatch($input: ResolveMatchInput!) {\n    rejectMatch(input: $input) {\n      id\n      status\n      version\n      caseId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveAssessment($input: SaveAssessmentInput!) {\n    saveAssessment(input: $input) {\n      id\n      status\n      version\n      caseId\n    }\n  }\n"): (typeof documents)["\n  mutation SaveAssessment($input: SaveAssessmentInput!) {\n    saveAssessment(input: $input) {\n      id\n      status\n      version\n      caseId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScreenIntakeReport($input: ScreenIntakeReportInput!) {\n    screenIntakeReport(input: $input) {\n      id\n      status\n      version\n      caseId\n    }\n  }\n"): (typeof documents)["\n  mutation ScreenIntakeReport($input: ScreenIntakeReportInput!) {\n    screenIntakeReport(input: $input) {\n      id\n      status\n      version\n      caseId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntakeDesk {\n    intakeDesk {\n      id\n      kind\n      receivedAt\n      status\n      crisis\n      cbsCategory\n      assessmentDueOn\n      assessmentOverdue\n      workingDaysLeft\n      screeningOverdue\n      persons {\n        id\n        firstName\n        lastName\n      }\n    }\n  }\n"): (typeof documents)["\n  query IntakeDesk {\n    intakeDesk {\n      id\n      kind\n      receivedAt\n      status\n      crisis\n      cbsCategory\n      assessmentDueOn\n      assessmentOverdue\n      workingDaysLeft\n      screeningOverdue\n      persons {\n        id\n        firstName\n        lastName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntakeReport($id: ID!) {\n    intakeReport(id: $id) {\n      id\n      kind\n      receivedAt\n      municipality\n      reporterKind\n      reporterName\n      reporterContact\n      reporterAccount\n      violenceNatures\n      injury\n      adviceTopic\n      adviceGiven\n      status\n      crisis\n      assessmentDueOn\n      assessmentOverdue\n      cbsCategory\n      decision\n      decisionReason\n      caseId\n      redactedFields\n      version\n      assessment {\n        complete\n        unsafety\n        structuralUnsafety\n        multiProblem\n        helpRefused\n        helpStagnating\n        problemAreas\n        intimateTerrorPerpetratorItems\n        intimateTerrorVictimItems\n        intimateTerrorConclusion\n        redFlags\n        riskScore\n        riskLevel\n        meetsMdaCriteria\n        note\n      }\n      persons {\n        id\n        personId\n        firstName\n        lastName\n        dateOfBirth\n        hasBsn\n        roles\n        matchBasis\n        earlierReportCount\n        knownCases {\n          visible\n          caseId\n          reference\n          status\n        }\n        candidates {\n          personId\n          firstName\n          lastName\n          dateOfBirth\n          hasBsn\n          reportCount\n          knownCases {\n            visible\n            caseId\n            reference\n            status\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IntakeReport($id: ID!) {\n    intakeReport(id: $id) {\n      id\n      kind\n      receivedAt\n      municipality\n      reporterKind\n      reporterName\n      reporterContact\n      reporterAccount\n      violenceNatures\n      injury\n      adviceTopic\n      adviceGiven\n      status\n      crisis\n      assessmentDueOn\n      assessmentOverdue\n      cbsCategory\n      decision\n      decisionReason\n      caseId\n      redactedFields\n      version\n      assessment {\n        complete\n        unsafety\n        structuralUnsafety\n        multiProblem\n        helpRefused\n        helpStagnating\n        problemAreas\n        intimateTerrorPerpetratorItems\n        intimateTerrorVictimItems\n        intimateTerrorConclusion\n        redFlags\n        riskScore\n        riskLevel\n        meetsMdaCriteria\n        note\n      }\n      persons {\n        id\n        personId\n        firstName\n        lastName\n        dateOfBirth\n        hasBsn\n        roles\n        matchBasis\n        earlierReportCount\n        knownCases {\n          visible\n          caseId\n          reference\n          status\n        }\n        candidates {\n          personId\n          firstName\n          lastName\n          dateOfBirth\n          hasBsn\n          reportCount\n          knownCases {\n            visible\n            caseId\n            reference\n            status\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseInvolvementSection_case on Case {\n    id\n    household {\n      id\n      members {\n        person {\n          id\n          firstName\n          lastName\n          hasBsn\n        }\n      }\n    }\n    involvements {\n      personId\n      organisationName\n      organisationType\n      contactPoint\n      validFrom\n      validUntil\n    }\n  }\n"): (typeof documents)["\n  fragment CaseInvolvementSection_case on Case {\n    id\n    household {\n      id\n      members {\n        person {\n          id\n          firstName\n          lastName\n          hasBsn\n        }\n      }\n    }\n    involvements {\n      personId\n      organisationName\n      organisationType\n      contactPoint\n      validFrom\n      validUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndInvolvement($id: ID!) {\n    endInvolvement(id: $id) {\n      id\n      validUntil\n    }\n  }\n"): (typeof documents)["\n  mutation EndInvolvement($id: ID!) {\n    endInvolvement(id: $id) {\n      id\n      validUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterInvolvement($input: RegisterInvolvementInput!, $fromCase: Boolean!) {\n    registerInvolvement(input: $input) {\n      id\n      alsoInvolved {\n        organisationName\n        contactPoint\n      }\n      caseInvolvements @include(if: $fromCase) {\n        personId\n        organisationName\n        organisationType\n        contactPoint\n        validFrom\n        validUntil\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterInvolvement($input: RegisterInvolvementInput!, $fromCase: Boolean!) {\n    registerInvolvement(input: $input) {\n      id\n      alsoInvolved {\n        organisationName\n        contactPoint\n      }\n      caseInvolvements @include(if: $fromCase) {\n        personId\n        organisationName\n        organisationType\n        contactPoint\n        validFrom\n        validUntil\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyInvolvements {\n    myInvolvements {\n      id\n      ownReference\n      contactPoint\n      validFrom\n      validUntil\n      alsoInvolved {\n        organisationName\n        contactPoint\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyInvolvements {\n    myInvolvements {\n      id\n      ownReference\n      contactPoint\n      validFrom\n      validUntil\n      alsoInvolved {\n        organisationName\n        contactPoint\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgendaItem_item on MeetingItem {\n    id\n    position\n    kind\n    visible\n    label\n    caseId\n    caseReference\n    caseViewerAccess\n    title\n    question\n    questionCategory\n    questionAuthorOrganisationIds\n    considerations\n    considerationsCategory\n    considerationsAuthorOrganisationIds\n    safetyScore\n    version\n    redactedFields\n    viewerCanContribute\n    participants {\n      organisation {\n        id\n        name\n      }\n      legalBasis\n    }\n    contributions {\n      id\n      kind\n      body\n      redactedFields\n      organisation {\n        id\n        name\n      }\n    }\n    decisions {\n      id\n      text\n      planActionId\n      planGoalId\n      dueOn\n      ownerOrganisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AgendaItem_item on MeetingItem {\n    id\n    position\n    kind\n    visible\n    label\n    caseId\n    caseReference\n    caseViewerAccess\n    title\n    question\n    questionCategory\n    questionAuthorOrganisationIds\n    considerations\n    considerationsCategory\n    considerationsAuthorOrganisationIds\n    safetyScore\n    version\n    redactedFields\n    viewerCanContribute\n    participants {\n      organisation {\n        id\n        name\n      }\n      legalBasis\n    }\n    contributions {\n      id\n      kind\n      body\n      redactedFields\n      organisation {\n        id\n        name\n      }\n    }\n    decisions {\n      id\n      text\n      planActionId\n      planGoalId\n      dueOn\n      ownerOrganisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseMeetingHistory($id: ID!) {\n    case(id: $id) {\n      id\n      meetingHistory {\n        id\n        ...MeetingTable_meeting\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseMeetingHistory($id: ID!) {\n    case(id: $id) {\n      id\n      meetingHistory {\n        id\n        ...MeetingTable_meeting\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DecisionForm_plan on Plan {\n    id\n    status\n    version\n    workingCopy {\n      goals {\n        id\n        description\n        redactedFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DecisionForm_plan on Plan {\n    id\n    status\n    version\n    workingCopy {\n      goals {\n        id\n        description\n        redactedFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingItemPlan($caseId: ID!) {\n    plan(caseId: $caseId) {\n      id\n      ...DecisionForm_plan\n    }\n  }\n"): (typeof documents)["\n  query MeetingItemPlan($caseId: ID!) {\n    plan(caseId: $caseId) {\n      id\n      ...DecisionForm_plan\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingItemMembers($caseId: ID!) {\n    case(id: $caseId) {\n      id\n      household {\n        id\n        members {\n          id\n          person {\n            id\n            firstName\n            lastName\n            redactedFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingItemMembers($caseId: ID!) {\n    case(id: $caseId) {\n      id\n      household {\n        id\n        members {\n          id\n          person {\n            id\n            firstName\n            lastName\n            redactedFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingTable_meeting on MeetingSummary {\n    id\n    seriesName\n    startsAt\n    place\n    status\n    itemCount\n    viewerIsChair\n  }\n"): (typeof documents)["\n  fragment MeetingTable_meeting on MeetingSummary {\n    id\n    seriesName\n    startsAt\n    place\n    status\n    itemCount\n    viewerIsChair\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddItemContribution($input: AddItemContributionInput!) {\n    addItemContribution(input: $input) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n"): (typeof documents)["\n  mutation AddItemContribution($input: AddItemContributionInput!) {\n    addItemContribution(input: $input) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgreeMinutes($meetingId: ID!) {\n    agreeMinutes(meetingId: $meetingId) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n"): (typeof documents)["\n  mutation AgreeMinutes($meetingId: ID!) {\n    agreeMinutes(meetingId: $meetingId) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkMeetingHeld($meetingId: ID!) {\n    markMeetingHeld(meetingId: $meetingId) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n"): (typeof documents)["\n  mutation MarkMeetingHeld($meetingId: ID!) {\n    markMeetingHeld(meetingId: $meetingId) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MeetingLive($meetingId: ID!) {\n    meetingLive(meetingId: $meetingId) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n"): (typeof documents)["\n  subscription MeetingLive($meetingId: ID!) {\n    meetingLive(meetingId: $meetingId) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveToItem($input: MoveToItemInput!) {\n    moveToItem(input: $input) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n"): (typeof documents)["\n  mutation MoveToItem($input: MoveToItemInput!) {\n    moveToItem(input: $input) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposePlanFromMeeting($input: ProposePlanFromMeetingInput!) {\n    proposePlanFromMeeting(input: $input) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n"): (typeof documents)["\n  mutation ProposePlanFromMeeting($input: ProposePlanFromMeetingInput!) {\n    proposePlanFromMeeting(input: $input) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n"): (typeof documents)["\n  mutation RecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveItemForm($input: SaveItemFormInput!) {\n    saveItemForm(input: $input) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n"): (typeof documents)["\n  mutation SaveItemForm($input: SaveItemFormInput!) {\n    saveItemForm(input: $input) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartMeeting($meetingId: ID!) {\n    startMeeting(meetingId: $meetingId) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n"): (typeof documents)["\n  mutation StartMeeting($meetingId: ID!) {\n    startMeeting(meetingId: $meetingId) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingPage_meeting on Meeting {\n    id\n    startsAt\n    endsAt\n    place\n    videoLink\n    status\n    currentItemId\n    version\n    series {\n      id\n      name\n      rhythm\n      chairId\n      chairName\n      members {\n        id\n        name\n      }\n    }\n    attendeeCandidates {\n      id\n      name\n      organisationId\n    }\n    items {\n      id\n      kind\n      label\n      visible\n      participants {\n        organisation {\n          id\n        }\n      }\n      ...AgendaItem_item\n    }\n    attendance {\n      id\n      itemId\n      status\n      userName\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingPage_meeting on Meeting {\n    id\n    startsAt\n    endsAt\n    place\n    videoLink\n    status\n    currentItemId\n    version\n    series {\n      id\n      name\n      rhythm\n      chairId\n      chairName\n      members {\n        id\n        name\n      }\n    }\n    attendeeCandidates {\n      id\n      name\n      organisationId\n    }\n    items {\n      id\n      kind\n      label\n      visible\n      participants {\n        organisation {\n          id\n        }\n      }\n      ...AgendaItem_item\n    }\n    attendance {\n      id\n      itemId\n      status\n      userName\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n"): (typeof documents)["\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      ...MeetingPage_meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMeetings {\n    myMeetings {\n      id\n      ...MeetingTable_meeting\n    }\n  }\n"): (typeof documents)["\n  query MyMeetings {\n    myMeetings {\n      id\n      ...MeetingTable_meeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FailedMailTable_mail on FailedMail {\n    id\n    kind\n    recipientName\n    recipientOrganisation\n    recipientActive\n    attempts\n    lastError\n    failedAt\n  }\n"): (typeof documents)["\n  fragment FailedMailTable_mail on FailedMail {\n    id\n    kind\n    recipientName\n    recipientOrganisation\n    recipientActive\n    attempts\n    lastError\n    failedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationList_notification on Notification {\n    id\n    kind\n    message\n    caseId\n    escalationId\n    createdAt\n    readAt\n  }\n"): (typeof documents)["\n  fragment NotificationList_notification on Notification {\n    id\n    kind\n    message\n    caseId\n    escalationId\n    createdAt\n    readAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationPreferences_preference on NotificationPreference {\n    kind\n    delivery\n    urgent\n  }\n"): (typeof documents)["\n  fragment NotificationPreferences_preference on NotificationPreference {\n    kind\n    delivery\n    urgent\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FailedMails {\n    failedMails {\n      ...FailedMailTable_mail\n    }\n  }\n"): (typeof documents)["\n  query FailedMails {\n    failedMails {\n      ...FailedMailTable_mail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    myNotificationPreferences {\n      ...NotificationPreferences_preference\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    myNotificationPreferences {\n      ...NotificationPreferences_preference\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications {\n    notifications {\n      id\n      readAt\n      ...NotificationList_notification\n    }\n  }\n"): (typeof documents)["\n  query Notifications {\n    notifications {\n      id\n      readAt\n      ...NotificationList_notification\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      readAt\n      ...NotificationList_notification\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      readAt\n      ...NotificationList_notification\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryFailedMail($id: ID!) {\n    retryFailedMail(id: $id) {\n      id\n      attempts\n    }\n  }\n"): (typeof documents)["\n  mutation RetryFailedMail($id: ID!) {\n    retryFailedMail(id: $id) {\n      id\n      attempts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($kind: String!, $delivery: NotificationDelivery!) {\n    setNotificationPreference(kind: $kind, delivery: $delivery) {\n      kind\n      delivery\n      urgent\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreference($kind: String!, $delivery: NotificationDelivery!) {\n    setNotificationPreference(kind: $kind, delivery: $delivery) {\n      kind\n      delivery\n      urgent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionHistory($caseId: ID!) {\n    plan(caseId: $caseId) {\n      id\n      workingCopy {\n        goals {\n          id\n          actions {\n            id\n            version\n            history {\n              change\n              changedAt\n              changedBy {\n                name\n                organisation {\n                  name\n                }\n              }\n              fields {\n                field\n                from\n                to\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActionHistory($caseId: ID!) {\n    plan(caseId: $caseId) {\n      id\n      workingCopy {\n        goals {\n          id\n          actions {\n            id\n            version\n            history {\n              change\n              changedAt\n              changedBy {\n                name\n                organisation {\n                  name\n                }\n              }\n              fields {\n                field\n                from\n                to\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActionRow_action on PlanAction {\n    id\n    version\n    description\n    dueOn\n    status\n    overdue\n    cancellationReason\n    interventionKind\n    assigneeUserId\n    assigneeName\n    ownerOrganisation {\n      id\n      name\n    }\n    category\n    redactedFields\n    authorOrganisation {\n      id\n      name\n    }\n    lastChangedAt\n    lastChangedBy {\n      name\n    }\n    contraIndicationJustification {\n      text\n    }\n  }\n"): (typeof documents)["\n  fragment ActionRow_action on PlanAction {\n    id\n    version\n    description\n    dueOn\n    status\n    overdue\n    cancellationReason\n    interventionKind\n    assigneeUserId\n    assigneeName\n    ownerOrganisation {\n      id\n      name\n    }\n    category\n    redactedFields\n    authorOrganisation {\n      id\n      name\n    }\n    lastChangedAt\n    lastChangedBy {\n      name\n    }\n    contraIndicationJustification {\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgreementSection_plan on Plan {\n    id\n    caseId\n    status\n    version\n    nextVersionNumber\n    agreedVersionNumber\n    viewerCan {\n      propose\n      signOff\n    }\n    versions {\n      number\n      status\n      proposedAt\n      decidedAt\n      proposedBy {\n        name\n        organisation {\n          name\n        }\n      }\n      pendingOrganisations {\n        id\n        name\n      }\n      signOffs {\n        id\n        decision\n        reason\n        signedAt\n        signedBy\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AgreementSection_plan on Plan {\n    id\n    caseId\n    status\n    version\n    nextVersionNumber\n    agreedVersionNumber\n    viewerCan {\n      propose\n      signOff\n    }\n    versions {\n      number\n      status\n      proposedAt\n      decidedAt\n      proposedBy {\n        name\n        organisation {\n          name\n        }\n      }\n      pendingOrganisations {\n        id\n        name\n      }\n      signOffs {\n        id\n        decision\n        reason\n        signedAt\n        signedBy\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanAssignees($caseId: ID!, $organisationId: ID!) {\n    planAssignees(caseId: $caseId, organisationId: $organisationId) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query PlanAssignees($caseId: ID!, $organisationId: ID!) {\n    planAssignees(caseId: $caseId, organisationId: $organisationId) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GoalCard_goal on PlanGoal {\n    id\n    version\n    description\n    measurableEnd\n    phase\n    lifeDomain\n    concerns\n    interventionKind\n    category\n    redactedFields\n    authorOrganisation {\n      id\n      name\n    }\n    lastChangedAt\n    lastChangedBy {\n      name\n      organisation {\n        name\n      }\n    }\n    contraIndicationJustification {\n      text\n      recordedBy {\n        name\n      }\n    }\n    actions {\n      id\n      status\n      overdue\n      assigneeUserId\n      ownerOrganisation {\n        id\n      }\n      ...ActionRow_action\n    }\n  }\n"): (typeof documents)["\n  fragment GoalCard_goal on PlanGoal {\n    id\n    version\n    description\n    measurableEnd\n    phase\n    lifeDomain\n    concerns\n    interventionKind\n    category\n    redactedFields\n    authorOrganisation {\n      id\n      name\n    }\n    lastChangedAt\n    lastChangedBy {\n      name\n      organisation {\n        name\n      }\n    }\n    contraIndicationJustification {\n      text\n      recordedBy {\n        name\n      }\n    }\n    actions {\n      id\n      status\n      overdue\n      assigneeUserId\n      ownerOrganisation {\n        id\n      }\n      ...ActionRow_action\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeasuresSection_measure on CoerciveMeasure {\n    id\n    version\n    kind\n    startsOn\n    endsOn\n    note\n    category\n    redactedFields\n    responsibleOrganisation {\n      id\n      name\n    }\n    clock {\n      daysLeft\n      endingSoon\n      expired\n      extendableUntil\n    }\n    authorOrganisation {\n      id\n      name\n    }\n    lastChangedAt\n    lastChangedBy {\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment MeasuresSection_measure on CoerciveMeasure {\n    id\n    version\n    kind\n    startsOn\n    endsOn\n    note\n    category\n    redactedFields\n    responsibleOrganisation {\n      id\n      name\n    }\n    clock {\n      daysLeft\n      endingSoon\n      expired\n      extendableUntil\n    }\n    authorOrganisation {\n      id\n      name\n    }\n    lastChangedAt\n    lastChangedBy {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PhaseOverview_goal on PlanGoal {\n    id\n    phase\n    actions {\n      id\n      status\n      overdue\n    }\n  }\n"): (typeof documents)["\n  fragment PhaseOverview_goal on PlanGoal {\n    id\n    phase\n    actions {\n      id\n      status\n      overdue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PictureSection_entry on PlanPictureEntry {\n    id\n    version\n    lifeDomain\n    text\n    category\n    redactedFields\n    authorOrganisation {\n      id\n      name\n    }\n    lastChangedAt\n    lastChangedBy {\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PictureSection_entry on PlanPictureEntry {\n    id\n    version\n    lifeDomain\n    text\n    category\n    redactedFields\n    authorOrganisation {\n      id\n      name\n    }\n    lastChangedAt\n    lastChangedBy {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanNotes_note on PlanNote {\n    id\n    elementId\n    body\n    audience\n    category\n    createdAt\n    authorName\n    authorOrganisation {\n      id\n      name\n    }\n    redactedFields\n  }\n"): (typeof documents)["\n  fragment PlanNotes_note on PlanNote {\n    id\n    elementId\n    body\n    audience\n    category\n    createdAt\n    authorName\n    authorOrganisation {\n      id\n      name\n    }\n    redactedFields\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SafetyPlanSection_item on SafetyPlanItem {\n    id\n    version\n    kind\n    text\n    concerns\n    category\n    redactedFields\n    authorOrganisation {\n      id\n      name\n    }\n    lastChangedAt\n    lastChangedBy {\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SafetyPlanSection_item on SafetyPlanItem {\n    id\n    version\n    kind\n    text\n    concerns\n    category\n    redactedFields\n    authorOrganisation {\n      id\n      name\n    }\n    lastChangedAt\n    lastChangedBy {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanVersionDiff($caseId: ID!, $from: Int!, $to: Int!) {\n    planVersionDiff(caseId: $caseId, from: $from, to: $to) {\n      from\n      to\n      entries {\n        elementId\n        kind\n        category\n        change\n        withheld\n        changedBy {\n          name\n          organisation {\n            name\n          }\n        }\n        fields {\n          field\n          from\n          to\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanVersionDiff($caseId: ID!, $from: Int!, $to: Int!) {\n    planVersionDiff(caseId: $caseId, from: $from, to: $to) {\n      from\n      to\n      entries {\n        elementId\n        kind\n        category\n        change\n        withheld\n        changedBy {\n          name\n          organisation {\n            name\n          }\n        }\n        fields {\n          field\n          from\n          to\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAction($input: AddActionInput!) {\n    addAction(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AddAction($input: AddActionInput!) {\n    addAction(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCoerciveMeasure($input: AddCoerciveMeasureInput!) {\n    addCoerciveMeasure(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AddCoerciveMeasure($input: AddCoerciveMeasureInput!) {\n    addCoerciveMeasure(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddGoal($input: AddGoalInput!) {\n    addGoal(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AddGoal($input: AddGoalInput!) {\n    addGoal(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPictureEntry($input: AddPictureEntryInput!) {\n    addPictureEntry(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AddPictureEntry($input: AddPictureEntryInput!) {\n    addPictureEntry(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPlanNote($input: AddPlanNoteInput!) {\n    addPlanNote(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddPlanNote($input: AddPlanNoteInput!) {\n    addPlanNote(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddSafetyPlanItem($input: AddSafetyPlanItemInput!) {\n    addSafetyPlanItem(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AddSafetyPlanItem($input: AddSafetyPlanItemInput!) {\n    addSafetyPlanItem(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposePlan($input: ProposePlanInput!) {\n    proposePlan(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ProposePlan($input: ProposePlanInput!) {\n    proposePlan(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePlanElement($input: RemovePlanElementInput!) {\n    removePlanElement(input: $input) {\n      id\n      removedIds\n    }\n  }\n"): (typeof documents)["\n  mutation RemovePlanElement($input: RemovePlanElementInput!) {\n    removePlanElement(input: $input) {\n      id\n      removedIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOffPlan($input: SignOffPlanInput!) {\n    signOffPlan(input: $input) {\n      id\n      status\n      version\n      agreedVersionNumber\n    }\n  }\n"): (typeof documents)["\n  mutation SignOffPlan($input: SignOffPlanInput!) {\n    signOffPlan(input: $input) {\n      id\n      status\n      version\n      agreedVersionNumber\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPlan($input: StartPlanInput!) {\n    startPlan(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation StartPlan($input: StartPlanInput!) {\n    startPlan(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAction($input: UpdateActionInput!) {\n    updateAction(input: $input) {\n      id\n      version\n      status\n      description\n      dueOn\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAction($input: UpdateActionInput!) {\n    updateAction(input: $input) {\n      id\n      version\n      status\n      description\n      dueOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCoerciveMeasure($input: UpdateCoerciveMeasureInput!) {\n    updateCoerciveMeasure(input: $input) {\n      id\n      version\n      endsOn\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCoerciveMeasure($input: UpdateCoerciveMeasureInput!) {\n    updateCoerciveMeasure(input: $input) {\n      id\n      version\n      endsOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      id\n      version\n      description\n      measurableEnd\n      phase\n      lifeDomain\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      id\n      version\n      description\n      measurableEnd\n      phase\n      lifeDomain\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePictureEntry($input: UpdatePictureEntryInput!) {\n    updatePictureEntry(input: $input) {\n      id\n      version\n      lifeDomain\n      text\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePictureEntry($input: UpdatePictureEntryInput!) {\n    updatePictureEntry(input: $input) {\n      id\n      version\n      lifeDomain\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSafetyPlanItem($input: UpdateSafetyPlanItemInput!) {\n    updateSafetyPlanItem(input: $input) {\n      id\n      version\n      text\n      concerns\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSafetyPlanItem($input: UpdateSafetyPlanItemInput!) {\n    updateSafetyPlanItem(input: $input) {\n      id\n      version\n      text\n      concerns\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanEditor($caseId: ID!) {\n    case(id: $caseId) {\n      id\n      reference\n      viewerAccess\n      household {\n        id\n        members {\n          id\n          person {\n            id\n            firstName\n            lastName\n            redactedFields\n          }\n        }\n      }\n      team {\n        id\n        active\n        organisation {\n          id\n          name\n          type\n        }\n      }\n    }\n    plan(caseId: $caseId) {\n      id\n      status\n      version\n      viewerCan {\n        edit\n        justify\n      }\n      workingCopy {\n        picture {\n          id\n          ...PictureSection_entry\n        }\n        goals {\n          id\n          ...GoalCard_goal\n          ...PhaseOverview_goal\n        }\n        safetyPlan {\n          id\n          ...SafetyPlanSection_item\n        }\n        measures {\n          id\n          ...MeasuresSection_measure\n        }\n      }\n      notes {\n        id\n        ...PlanNotes_note\n      }\n      ...AgreementSection_plan\n    }\n  }\n"): (typeof documents)["\n  query PlanEditor($caseId: ID!) {\n    case(id: $caseId) {\n      id\n      reference\n      viewerAccess\n      household {\n        id\n        members {\n          id\n          person {\n            id\n            firstName\n            lastName\n            redactedFields\n          }\n        }\n      }\n      team {\n        id\n        active\n        organisation {\n          id\n          name\n          type\n        }\n      }\n    }\n    plan(caseId: $caseId) {\n      id\n      status\n      version\n      viewerCan {\n        edit\n        justify\n      }\n      workingCopy {\n        picture {\n          id\n          ...PictureSection_entry\n        }\n        goals {\n          id\n          ...GoalCard_goal\n          ...PhaseOverview_goal\n        }\n        safetyPlan {\n          id\n          ...SafetyPlanSection_item\n        }\n        measures {\n          id\n          ...MeasuresSection_measure\n        }\n      }\n      notes {\n        id\n        ...PlanNotes_note\n      }\n      ...AgreementSection_plan\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccessLogTable_record on AuditRecord {\n    seq\n    occurredAt\n    actorName\n    actorUserId\n    organisationType\n    organisationName\n    roles\n    action\n    subjectType\n    caseReference\n    fields\n    categories\n    purpose\n    breakGlassGrantId\n    dataSubjects {\n      id\n      name\n    }\n    outcome\n    reason\n  }\n"): (typeof documents)["\n  fragment AccessLogTable_record on AuditRecord {\n    seq\n    occurredAt\n    actorName\n    actorUserId\n    organisationType\n    organisationName\n    roles\n    action\n    subjectType\n    caseReference\n    fields\n    categories\n    purpose\n    breakGlassGrantId\n    dataSubjects {\n      id\n      name\n    }\n    outcome\n    reason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogUsers($name: String!) {\n    auditLogUsers(name: $name) {\n      id\n      name\n      organisationName\n    }\n  }\n"): (typeof documents)["\n  query AuditLogUsers($name: String!) {\n    auditLogUsers(name: $name) {\n      id\n      name\n      organisationName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BreakGlassReviewTable_grant on BreakGlassGrant {\n    id\n    caseReference\n    requestedBy\n    organisation {\n      id\n      name\n      type\n    }\n    reason\n    grantedAt\n    expiresAt\n    reviewStatus\n    reviewComment\n    reviewedAt\n  }\n"): (typeof documents)["\n  fragment BreakGlassReviewTable_grant on BreakGlassGrant {\n    id\n    caseReference\n    requestedBy\n    organisation {\n      id\n      name\n      type\n    }\n    reason\n    grantedAt\n    expiresAt\n    reviewStatus\n    reviewComment\n    reviewedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindDataSubjects($input: DataSubjectSearchInput!) {\n    findDataSubjects(input: $input) {\n      id\n      name\n      dateOfBirth\n    }\n  }\n"): (typeof documents)["\n  query FindDataSubjects($input: DataSubjectSearchInput!) {\n    findDataSubjects(input: $input) {\n      id\n      name\n      dateOfBirth\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingErasureRequests {\n    pendingErasureRequests {\n      id\n      personId\n      requestedById\n      requestedBy\n      requesterOrganisation\n      requestedAt\n      status\n      note\n      caseReferences\n      affectedOrganisationIds\n      affectedOrganisations\n    }\n  }\n"): (typeof documents)["\n  query PendingErasureRequests {\n    pendingErasureRequests {\n      id\n      personId\n      requestedById\n      requestedBy\n      requesterOrganisation\n      requestedAt\n      status\n      note\n      caseReferences\n      affectedOrganisationIds\n      affectedOrganisations\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveErasure($requestId: ID!) {\n    approveErasure(requestId: $requestId) {\n      outcome\n      basis\n      restrictedUntil\n      requestId\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveErasure($requestId: ID!) {\n    approveErasure(requestId: $requestId) {\n      outcome\n      basis\n      restrictedUntil\n      requestId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentPurpose {\n    me {\n      id\n      purpose\n    }\n  }\n"): (typeof documents)["\n  query CurrentPurpose {\n    me {\n      id\n      purpose\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DataSubjectExport($personId: ID!) {\n    dataSubjectExport(personId: $personId) {\n      generatedAt\n      document\n    }\n  }\n"): (typeof documents)["\n  mutation DataSubjectExport($personId: ID!) {\n    dataSubjectExport(personId: $personId) {\n      generatedAt\n      document\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DataSubjectExportLetter($personId: ID!) {\n    dataSubjectExportLetter(personId: $personId) {\n      fileName\n      pdfBase64\n    }\n  }\n"): (typeof documents)["\n  mutation DataSubjectExportLetter($personId: ID!) {\n    dataSubjectExportLetter(personId: $personId) {\n      fileName\n      pdfBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataSubjectById($input: DataSubjectSearchInput!) {\n    findDataSubjects(input: $input) {\n      id\n      name\n      dateOfBirth\n    }\n  }\n"): (typeof documents)["\n  query DataSubjectById($input: DataSubjectSearchInput!) {\n    findDataSubjects(input: $input) {\n      id\n      name\n      dateOfBirth\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestBreakGlass($caseReference: String!, $reason: String!) {\n    requestBreakGlass(caseReference: $caseReference, reason: $reason) {\n      id\n      caseId\n      caseReference\n      grantedAt\n      expiresAt\n      reviewStatus\n    }\n  }\n"): (typeof documents)["\n  mutation RequestBreakGlass($caseReference: String!, $reason: String!) {\n    requestBreakGlass(caseReference: $caseReference, reason: $reason) {\n      id\n      caseId\n      caseReference\n      grantedAt\n      expiresAt\n      reviewStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestErasure($personId: ID!, $note: String!) {\n    requestErasure(personId: $personId, note: $note) {\n      outcome\n      basis\n      restrictedUntil\n      requestId\n    }\n  }\n"): (typeof documents)["\n  mutation RequestErasure($personId: ID!, $note: String!) {\n    requestErasure(personId: $personId, note: $note) {\n      outcome\n      basis\n      restrictedUntil\n      requestId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewBreakGlass($input: ReviewBreakGlassInput!) {\n    reviewBreakGlass(input: $input) {\n      id\n      reviewStatus\n      reviewComment\n      reviewedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewBreakGlass($input: ReviewBreakGlassInput!) {\n    reviewBreakGlass(input: $input) {\n      id\n      reviewStatus\n      reviewComment\n      reviewedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPurpose($purpose: Purpose) {\n    setPurpose(purpose: $purpose) {\n      id\n      purpose\n    }\n  }\n"): (typeof documents)["\n  mutation SetPurpose($purpose: Purpose) {\n    setPurpose(purpose: $purpose) {\n      id\n      purpose\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawErasure($requestId: ID!) {\n    withdrawErasure(requestId: $requestId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawErasure($requestId: ID!) {\n    withdrawErasure(requestId: $requestId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessLog($filter: AuditLogFilter, $before: String) {\n    auditLog(filter: $filter, before: $before) {\n      nextBefore\n      records {\n        seq\n        ...AccessLogTable_record\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccessLog($filter: AuditLogFilter, $before: String) {\n    auditLog(filter: $filter, before: $before) {\n      nextBefore\n      records {\n        seq\n        ...AccessLogTable_record\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditAnomalies($days: Int!) {\n    auditAnomalies(days: $days) {\n      kind\n      userId\n      userName\n      organisationName\n      count\n      firstAt\n      lastAt\n    }\n  }\n"): (typeof documents)["\n  query AuditAnomalies($days: Int!) {\n    auditAnomalies(days: $days) {\n      kind\n      userId\n      userName\n      organisationName\n      count\n      firstAt\n      lastAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BreakGlassReviews($status: BreakGlassReviewStatus) {\n    breakGlassReviews(status: $status) {\n      id\n      ...BreakGlassReviewTable_grant\n    }\n  }\n"): (typeof documents)["\n  query BreakGlassReviews($status: BreakGlassReviewStatus) {\n    breakGlassReviews(status: $status) {\n      id\n      ...BreakGlassReviewTable_grant\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TodayActions {\n    myPlanActions {\n      id\n      caseId\n      caseReference\n      description\n      dueOn\n      status\n      ownerOrganisation\n      reason\n      workingDaysLate\n    }\n  }\n"): (typeof documents)["\n  query TodayActions {\n    myPlanActions {\n      id\n      caseId\n      caseReference\n      description\n      dueOn\n      status\n      ownerOrganisation\n      reason\n      workingDaysLate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TodayEscalations {\n    myEscalations {\n      id\n      caseReference\n      trigger\n      level\n      deadline\n      overdue\n      status\n      mayDecide\n      decisionAsked\n      grounds {\n        at\n      }\n    }\n  }\n"): (typeof documents)["\n  query TodayEscalations {\n    myEscalations {\n      id\n      caseReference\n      trigger\n      level\n      deadline\n      overdue\n      status\n      mayDecide\n      decisionAsked\n      grounds {\n        at\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TodayProposals {\n    myDirectorAssignments {\n      id\n      caseId\n      caseReference\n      kind\n      status\n      proposedAt\n    }\n  }\n"): (typeof documents)["\n  query TodayProposals {\n    myDirectorAssignments {\n      id\n      caseId\n      caseReference\n      kind\n      status\n      proposedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TodayNotifications {\n    notifications {\n      id\n      kind\n      message\n      caseId\n      escalationId\n      createdAt\n      readAt\n    }\n  }\n"): (typeof documents)["\n  query TodayNotifications {\n    notifications {\n      id\n      kind\n      message\n      caseId\n      escalationId\n      createdAt\n      readAt\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;