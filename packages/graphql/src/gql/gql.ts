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
    "\n  query Me {\n    me {\n      id\n      permissions\n      ...UserMenu_user\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  fragment CaseEntriesSection_case on Case {\n    id\n    entries {\n      id\n      category\n      recordedAt\n      occurredOn\n      title\n      body\n      concerns\n      audience\n      redactedFields\n      authorOrganisation {\n        id\n        name\n        type\n      }\n    }\n    household {\n      id\n      members {\n        id\n        person {\n          id\n          firstName\n          lastName\n          redactedFields\n        }\n      }\n    }\n  }\n": typeof types.CaseEntriesSection_CaseFragmentDoc,
    "\n  fragment CaseStatusSection_case on Case {\n    id\n    reference\n    status\n    version\n    allowedTransitions\n  }\n": typeof types.CaseStatusSection_CaseFragmentDoc,
    "\n  fragment CaseSummary_case on Case {\n    id\n    reference\n    status\n    profile\n    openedAt\n    closedAt\n    municipality {\n      code\n      name\n    }\n  }\n": typeof types.CaseSummary_CaseFragmentDoc,
    "\n  fragment CaseTable_case on Case {\n    id\n    reference\n    status\n    profile\n    openedAt\n    municipality {\n      code\n      name\n    }\n  }\n": typeof types.CaseTable_CaseFragmentDoc,
    "\n  fragment CaseTeamTable_case on Case {\n    id\n    team {\n      id\n      purpose\n      validFrom\n      validUntil\n      active\n      organisation {\n        id\n        name\n        type\n      }\n      legalBasis {\n        kind\n        article\n        consentDate\n        statute\n      }\n    }\n  }\n": typeof types.CaseTeamTable_CaseFragmentDoc,
    "\n  fragment HouseholdMemberList_household on Household {\n    id\n    members {\n      id\n      roles\n      person {\n        id\n        firstName\n        lastName\n        dateOfBirth\n        hasBsn\n        address\n        phone\n        shelterAddress\n        safeContact\n        redactedFields\n      }\n    }\n  }\n": typeof types.HouseholdMemberList_HouseholdFragmentDoc,
    "\n  fragment RecordEntryForm_case on Case {\n    id\n    household {\n      id\n      members {\n        id\n        roles\n        person {\n          id\n          firstName\n          lastName\n          redactedFields\n        }\n      }\n    }\n  }\n": typeof types.RecordEntryForm_CaseFragmentDoc,
    "\n  subscription CaseActivity($caseId: ID!) {\n    caseActivity(caseId: $caseId) {\n      caseId\n      subjectType\n      subjectId\n      op\n      at\n      byOrganisation {\n        id\n        name\n        type\n      }\n    }\n  }\n": typeof types.CaseActivityDocument,
    "\n  mutation RecordCaseEntry($input: RecordCaseEntryInput!) {\n    recordCaseEntry(input: $input) {\n      id\n      category\n      redactedFields\n    }\n  }\n": typeof types.RecordCaseEntryDocument,
    "\n  mutation TransitionCase($input: TransitionCaseInput!) {\n    transitionCase(input: $input) {\n      id\n      status\n      version\n      allowedTransitions\n      closedAt\n    }\n  }\n": typeof types.TransitionCaseDocument,
    "\n  query CaseList($first: Int!, $after: String, $filter: CaseFilter) {\n    cases(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CaseTable_case\n        }\n      }\n    }\n  }\n": typeof types.CaseListDocument,
    "\n  query CaseOverview($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      ...CaseSummary_case\n      household {\n        id\n        ...HouseholdMemberList_household\n      }\n      ...CaseTeamTable_case\n      ...CaseStatusSection_case\n      ...CaseEntriesSection_case\n      ...RecordEntryForm_case\n    }\n  }\n": typeof types.CaseOverviewDocument,
    "\n  query CaseDirection($caseId: ID!) {\n    caseDirection(caseId: $caseId) {\n      id\n      kind\n      status\n      responsible\n      version\n      replacesAssignmentId\n      handoverNote\n      proposedAt\n      proposedBy\n      acceptedAt\n      endedAt\n      endReason\n      declinedAt\n      declineReason\n      director {\n        id\n        displayName\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CaseDirectionDocument,
    "\n  query MyDirectorAssignments {\n    myDirectorAssignments {\n      id\n      caseId\n      caseReference\n      kind\n      status\n      proposedAt\n    }\n  }\n": typeof types.MyDirectorAssignmentsDocument,
    "\n  query DirectorCandidates {\n    workload {\n      userId\n      displayName\n      organisationId\n      organisationName\n      activeCases\n    }\n  }\n": typeof types.DirectorCandidatesDocument,
    "\n  mutation AcceptDirectorAssignment($input: AnswerDirectorAssignmentInput!) {\n    acceptDirectorAssignment(input: $input) {\n      id\n      status\n      responsible\n      version\n    }\n  }\n": typeof types.AcceptDirectorAssignmentDocument,
    "\n  mutation DeclineDirectorAssignment($input: AnswerDirectorAssignmentInput!) {\n    declineDirectorAssignment(input: $input) {\n      id\n      status\n      declineReason\n      version\n    }\n  }\n": typeof types.DeclineDirectorAssignmentDocument,
    "\n  mutation ProposeDirector($input: ProposeDirectorInput!) {\n    proposeDirector(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ProposeDirectorDocument,
    "\n  query WaitingList {\n    waitingList {\n      caseId\n      reference\n      profile\n      municipality\n      waitingSince\n      waitingWorkingDays\n      normWorkingDays\n      overNorm\n      contact {\n        userId\n        displayName\n        organisationName\n        explicit\n      }\n      pendingProposals {\n        assignmentId\n        displayName\n        organisationName\n      }\n    }\n  }\n": typeof types.WaitingListDocument,
    "\n  query Workload {\n    workload {\n      userId\n      displayName\n      organisationName\n      activeCases\n      proposedCases\n      overdueActions\n      openEscalations\n      overdueEscalations\n      awaitingDecision\n    }\n  }\n": typeof types.WorkloadDocument,
    "\n  query CaseEscalations($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      escalations {\n        id\n        ...EscalationTable_escalation\n      }\n    }\n  }\n": typeof types.CaseEscalationsDocument,
    "\n  fragment EscalationHistory_escalation on Escalation {\n    id\n    caseReference\n    history {\n      event\n      at\n      actor\n      fromLevel\n      toLevel\n      deadline\n      note\n    }\n  }\n": typeof types.EscalationHistory_EscalationFragmentDoc,
    "\n  fragment EscalationTable_escalation on Escalation {\n    id\n    caseId\n    caseReference\n    trigger\n    level\n    deciderBody\n    decider\n    deadline\n    overdue\n    status\n    mayDecide\n    raisedBy\n  }\n": typeof types.EscalationTable_EscalationFragmentDoc,
    "\n  query MyEscalations {\n    myEscalations {\n      id\n      ...EscalationTable_escalation\n    }\n  }\n": typeof types.MyEscalationsDocument,
    "\n  mutation DeEscalate($input: CloseEscalationInput!) {\n    deEscalate(input: $input) {\n      id\n      ...EscalationPage_escalation\n    }\n  }\n": typeof types.DeEscalateDocument,
    "\n  mutation DecideEscalation($input: CloseEscalationInput!) {\n    decideEscalation(input: $input) {\n      id\n      ...EscalationPage_escalation\n    }\n  }\n": typeof types.DecideEscalationDocument,
    "\n  mutation RaiseEscalation($input: RaiseEscalationInput!) {\n    raiseEscalation(input: $input) {\n      id\n      status\n      level\n      version\n    }\n  }\n": typeof types.RaiseEscalationDocument,
    "\n  mutation WithdrawEscalation($input: CloseEscalationInput!) {\n    withdrawEscalation(input: $input) {\n      id\n      ...EscalationPage_escalation\n    }\n  }\n": typeof types.WithdrawEscalationDocument,
    "\n  fragment EscalationPage_escalation on Escalation {\n    id\n    caseId\n    caseReference\n    trigger\n    reason\n    decisionAsked\n    raisedBy\n    raisedById\n    raisedByOrganisation\n    raisedAt\n    level\n    deadline\n    overdue\n    deciderBody\n    decider\n    status\n    decision\n    closingReason\n    closedAt\n    mayDecide\n    version\n    ...EscalationHistory_escalation\n  }\n": typeof types.EscalationPage_EscalationFragmentDoc,
    "\n  query Escalation($id: ID!) {\n    escalation(id: $id) {\n      id\n      ...EscalationPage_escalation\n    }\n  }\n": typeof types.EscalationDocument,
    "\n  fragment AccessLogTable_record on AuditRecord {\n    seq\n    occurredAt\n    actorName\n    organisationType\n    organisationName\n    roles\n    action\n    subjectType\n    caseReference\n    fields\n    categories\n    purpose\n    breakGlassGrantId\n    dataSubjectIds\n    outcome\n    reason\n  }\n": typeof types.AccessLogTable_RecordFragmentDoc,
    "\n  fragment BreakGlassReviewTable_grant on BreakGlassGrant {\n    id\n    caseReference\n    requestedBy\n    organisation {\n      id\n      name\n      type\n    }\n    reason\n    grantedAt\n    expiresAt\n    reviewStatus\n    reviewComment\n    reviewedAt\n  }\n": typeof types.BreakGlassReviewTable_GrantFragmentDoc,
    "\n  fragment NotificationList_notification on Notification {\n    id\n    kind\n    message\n    caseId\n    escalationId\n    createdAt\n    readAt\n  }\n": typeof types.NotificationList_NotificationFragmentDoc,
    "\n  query CurrentPurpose {\n    me {\n      id\n      purpose\n    }\n  }\n": typeof types.CurrentPurposeDocument,
    "\n  mutation DataSubjectExport($personId: ID!) {\n    dataSubjectExport(personId: $personId) {\n      generatedAt\n      document\n    }\n  }\n": typeof types.DataSubjectExportDocument,
    "\n  query Notifications {\n    notifications {\n      id\n      readAt\n      ...NotificationList_notification\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      readAt\n      ...NotificationList_notification\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  mutation RequestBreakGlass($caseReference: String!, $reason: String!) {\n    requestBreakGlass(caseReference: $caseReference, reason: $reason) {\n      id\n      caseId\n      caseReference\n      grantedAt\n      expiresAt\n      reviewStatus\n    }\n  }\n": typeof types.RequestBreakGlassDocument,
    "\n  mutation RequestErasure($personId: ID!, $note: String!) {\n    requestErasure(personId: $personId, note: $note) {\n      outcome\n      basis\n      restrictedUntil\n    }\n  }\n": typeof types.RequestErasureDocument,
    "\n  mutation ReviewBreakGlass($input: ReviewBreakGlassInput!) {\n    reviewBreakGlass(input: $input) {\n      id\n      reviewStatus\n      reviewComment\n      reviewedAt\n    }\n  }\n": typeof types.ReviewBreakGlassDocument,
    "\n  mutation SetPurpose($purpose: Purpose) {\n    setPurpose(purpose: $purpose) {\n      id\n      purpose\n    }\n  }\n": typeof types.SetPurposeDocument,
    "\n  query AccessLog($filter: AuditLogFilter, $before: String) {\n    auditLog(filter: $filter, before: $before) {\n      nextBefore\n      records {\n        seq\n        ...AccessLogTable_record\n      }\n    }\n  }\n": typeof types.AccessLogDocument,
    "\n  query AuditAnomalies($days: Int!) {\n    auditAnomalies(days: $days) {\n      kind\n      userId\n      userName\n      organisationName\n      count\n      firstAt\n      lastAt\n    }\n  }\n": typeof types.AuditAnomaliesDocument,
    "\n  query BreakGlassReviews($status: BreakGlassReviewStatus) {\n    breakGlassReviews(status: $status) {\n      id\n      ...BreakGlassReviewTable_grant\n    }\n  }\n": typeof types.BreakGlassReviewsDocument,
};
const documents: Documents = {
    "\n  fragment UserMenu_user on User {\n    id\n    displayName\n    roles\n    organisation {\n      id\n      name\n      type\n    }\n  }\n": types.UserMenu_UserFragmentDoc,
    "\n  query Me {\n    me {\n      id\n      permissions\n      ...UserMenu_user\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      expiresAt\n      user {\n        id\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  fragment CaseEntriesSection_case on Case {\n    id\n    entries {\n      id\n      category\n      recordedAt\n      occurredOn\n      title\n      body\n      concerns\n      audience\n      redactedFields\n      authorOrganisation {\n        id\n        name\n        type\n      }\n    }\n    household {\n      id\n      members {\n        id\n        person {\n          id\n          firstName\n          lastName\n          redactedFields\n        }\n      }\n    }\n  }\n": types.CaseEntriesSection_CaseFragmentDoc,
    "\n  fragment CaseStatusSection_case on Case {\n    id\n    reference\n    status\n    version\n    allowedTransitions\n  }\n": types.CaseStatusSection_CaseFragmentDoc,
    "\n  fragment CaseSummary_case on Case {\n    id\n    reference\n    status\n    profile\n    openedAt\n    closedAt\n    municipality {\n      code\n      name\n    }\n  }\n": types.CaseSummary_CaseFragmentDoc,
    "\n  fragment CaseTable_case on Case {\n    id\n    reference\n    status\n    profile\n    openedAt\n    municipality {\n      code\n      name\n    }\n  }\n": types.CaseTable_CaseFragmentDoc,
    "\n  fragment CaseTeamTable_case on Case {\n    id\n    team {\n      id\n      purpose\n      validFrom\n      validUntil\n      active\n      organisation {\n        id\n        name\n        type\n      }\n      legalBasis {\n        kind\n        article\n        consentDate\n        statute\n      }\n    }\n  }\n": types.CaseTeamTable_CaseFragmentDoc,
    "\n  fragment HouseholdMemberList_household on Household {\n    id\n    members {\n      id\n      roles\n      person {\n        id\n        firstName\n        lastName\n        dateOfBirth\n        hasBsn\n        address\n        phone\n        shelterAddress\n        safeContact\n        redactedFields\n      }\n    }\n  }\n": types.HouseholdMemberList_HouseholdFragmentDoc,
    "\n  fragment RecordEntryForm_case on Case {\n    id\n    household {\n      id\n      members {\n        id\n        roles\n        person {\n          id\n          firstName\n          lastName\n          redactedFields\n        }\n      }\n    }\n  }\n": types.RecordEntryForm_CaseFragmentDoc,
    "\n  subscription CaseActivity($caseId: ID!) {\n    caseActivity(caseId: $caseId) {\n      caseId\n      subjectType\n      subjectId\n      op\n      at\n      byOrganisation {\n        id\n        name\n        type\n      }\n    }\n  }\n": types.CaseActivityDocument,
    "\n  mutation RecordCaseEntry($input: RecordCaseEntryInput!) {\n    recordCaseEntry(input: $input) {\n      id\n      category\n      redactedFields\n    }\n  }\n": types.RecordCaseEntryDocument,
    "\n  mutation TransitionCase($input: TransitionCaseInput!) {\n    transitionCase(input: $input) {\n      id\n      status\n      version\n      allowedTransitions\n      closedAt\n    }\n  }\n": types.TransitionCaseDocument,
    "\n  query CaseList($first: Int!, $after: String, $filter: CaseFilter) {\n    cases(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CaseTable_case\n        }\n      }\n    }\n  }\n": types.CaseListDocument,
    "\n  query CaseOverview($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      ...CaseSummary_case\n      household {\n        id\n        ...HouseholdMemberList_household\n      }\n      ...CaseTeamTable_case\n      ...CaseStatusSection_case\n      ...CaseEntriesSection_case\n      ...RecordEntryForm_case\n    }\n  }\n": types.CaseOverviewDocument,
    "\n  query CaseDirection($caseId: ID!) {\n    caseDirection(caseId: $caseId) {\n      id\n      kind\n      status\n      responsible\n      version\n      replacesAssignmentId\n      handoverNote\n      proposedAt\n      proposedBy\n      acceptedAt\n      endedAt\n      endReason\n      declinedAt\n      declineReason\n      director {\n        id\n        displayName\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CaseDirectionDocument,
    "\n  query MyDirectorAssignments {\n    myDirectorAssignments {\n      id\n      caseId\n      caseReference\n      kind\n      status\n      proposedAt\n    }\n  }\n": types.MyDirectorAssignmentsDocument,
    "\n  query DirectorCandidates {\n    workload {\n      userId\n      displayName\n      organisationId\n      organisationName\n      activeCases\n    }\n  }\n": types.DirectorCandidatesDocument,
    "\n  mutation AcceptDirectorAssignment($input: AnswerDirectorAssignmentInput!) {\n    acceptDirectorAssignment(input: $input) {\n      id\n      status\n      responsible\n      version\n    }\n  }\n": types.AcceptDirectorAssignmentDocument,
    "\n  mutation DeclineDirectorAssignment($input: AnswerDirectorAssignmentInput!) {\n    declineDirectorAssignment(input: $input) {\n      id\n      status\n      declineReason\n      version\n    }\n  }\n": types.DeclineDirectorAssignmentDocument,
    "\n  mutation ProposeDirector($input: ProposeDirectorInput!) {\n    proposeDirector(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.ProposeDirectorDocument,
    "\n  query WaitingList {\n    waitingList {\n      caseId\n      reference\n      profile\n      municipality\n      waitingSince\n      waitingWorkingDays\n      normWorkingDays\n      overNorm\n      contact {\n        userId\n        displayName\n        organisationName\n        explicit\n      }\n      pendingProposals {\n        assignmentId\n        displayName\n        organisationName\n      }\n    }\n  }\n": types.WaitingListDocument,
    "\n  query Workload {\n    workload {\n      userId\n      displayName\n      organisationName\n      activeCases\n      proposedCases\n      overdueActions\n      openEscalations\n      overdueEscalations\n      awaitingDecision\n    }\n  }\n": types.WorkloadDocument,
    "\n  query CaseEscalations($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      escalations {\n        id\n        ...EscalationTable_escalation\n      }\n    }\n  }\n": types.CaseEscalationsDocument,
    "\n  fragment EscalationHistory_escalation on Escalation {\n    id\n    caseReference\n    history {\n      event\n      at\n      actor\n      fromLevel\n      toLevel\n      deadline\n      note\n    }\n  }\n": types.EscalationHistory_EscalationFragmentDoc,
    "\n  fragment EscalationTable_escalation on Escalation {\n    id\n    caseId\n    caseReference\n    trigger\n    level\n    deciderBody\n    decider\n    deadline\n    overdue\n    status\n    mayDecide\n    raisedBy\n  }\n": types.EscalationTable_EscalationFragmentDoc,
    "\n  query MyEscalations {\n    myEscalations {\n      id\n      ...EscalationTable_escalation\n    }\n  }\n": types.MyEscalationsDocument,
    "\n  mutation DeEscalate($input: CloseEscalationInput!) {\n    deEscalate(input: $input) {\n      id\n      ...EscalationPage_escalation\n    }\n  }\n": types.DeEscalateDocument,
    "\n  mutation DecideEscalation($input: CloseEscalationInput!) {\n    decideEscalation(input: $input) {\n      id\n      ...EscalationPage_escalation\n    }\n  }\n": types.DecideEscalationDocument,
    "\n  mutation RaiseEscalation($input: RaiseEscalationInput!) {\n    raiseEscalation(input: $input) {\n      id\n      status\n      level\n      version\n    }\n  }\n": types.RaiseEscalationDocument,
    "\n  mutation WithdrawEscalation($input: CloseEscalationInput!) {\n    withdrawEscalation(input: $input) {\n      id\n      ...EscalationPage_escalation\n    }\n  }\n": types.WithdrawEscalationDocument,
    "\n  fragment EscalationPage_escalation on Escalation {\n    id\n    caseId\n    caseReference\n    trigger\n    reason\n    decisionAsked\n    raisedBy\n    raisedById\n    raisedByOrganisation\n    raisedAt\n    level\n    deadline\n    overdue\n    deciderBody\n    decider\n    status\n    decision\n    closingReason\n    closedAt\n    mayDecide\n    version\n    ...EscalationHistory_escalation\n  }\n": types.EscalationPage_EscalationFragmentDoc,
    "\n  query Escalation($id: ID!) {\n    escalation(id: $id) {\n      id\n      ...EscalationPage_escalation\n    }\n  }\n": types.EscalationDocument,
    "\n  fragment AccessLogTable_record on AuditRecord {\n    seq\n    occurredAt\n    actorName\n    organisationType\n    organisationName\n    roles\n    action\n    subjectType\n    caseReference\n    fields\n    categories\n    purpose\n    breakGlassGrantId\n    dataSubjectIds\n    outcome\n    reason\n  }\n": types.AccessLogTable_RecordFragmentDoc,
    "\n  fragment BreakGlassReviewTable_grant on BreakGlassGrant {\n    id\n    caseReference\n    requestedBy\n    organisation {\n      id\n      name\n      type\n    }\n    reason\n    grantedAt\n    expiresAt\n    reviewStatus\n    reviewComment\n    reviewedAt\n  }\n": types.BreakGlassReviewTable_GrantFragmentDoc,
    "\n  fragment NotificationList_notification on Notification {\n    id\n    kind\n    message\n    caseId\n    escalationId\n    createdAt\n    readAt\n  }\n": types.NotificationList_NotificationFragmentDoc,
    "\n  query CurrentPurpose {\n    me {\n      id\n      purpose\n    }\n  }\n": types.CurrentPurposeDocument,
    "\n  mutation DataSubjectExport($personId: ID!) {\n    dataSubjectExport(personId: $personId) {\n      generatedAt\n      document\n    }\n  }\n": types.DataSubjectExportDocument,
    "\n  query Notifications {\n    notifications {\n      id\n      readAt\n      ...NotificationList_notification\n    }\n  }\n": types.NotificationsDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      readAt\n      ...NotificationList_notification\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  mutation RequestBreakGlass($caseReference: String!, $reason: String!) {\n    requestBreakGlass(caseReference: $caseReference, reason: $reason) {\n      id\n      caseId\n      caseReference\n      grantedAt\n      expiresAt\n      reviewStatus\n    }\n  }\n": types.RequestBreakGlassDocument,
    "\n  mutation RequestErasure($personId: ID!, $note: String!) {\n    requestErasure(personId: $personId, note: $note) {\n      outcome\n      basis\n      restrictedUntil\n    }\n  }\n": types.RequestErasureDocument,
    "\n  mutation ReviewBreakGlass($input: ReviewBreakGlassInput!) {\n    reviewBreakGlass(input: $input) {\n      id\n      reviewStatus\n      reviewComment\n      reviewedAt\n    }\n  }\n": types.ReviewBreakGlassDocument,
    "\n  mutation SetPurpose($purpose: Purpose) {\n    setPurpose(purpose: $purpose) {\n      id\n      purpose\n    }\n  }\n": types.SetPurposeDocument,
    "\n  query AccessLog($filter: AuditLogFilter, $before: String) {\n    auditLog(filter: $filter, before: $before) {\n      nextBefore\n      records {\n        seq\n        ...AccessLogTable_record\n      }\n    }\n  }\n": types.AccessLogDocument,
    "\n  query AuditAnomalies($days: Int!) {\n    auditAnomalies(days: $days) {\n      kind\n      userId\n      userName\n      organisationName\n      count\n      firstAt\n      lastAt\n    }\n  }\n": types.AuditAnomaliesDocument,
    "\n  query BreakGlassReviews($status: BreakGlassReviewStatus) {\n    breakGlassReviews(status: $status) {\n      id\n      ...BreakGlassReviewTable_grant\n    }\n  }\n": types.BreakGlassReviewsDocument,
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
export function graphql(source: "\n  query Me {\n    me {\n      id\n      permissions\n      ...UserMenu_user\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      permissions\n      ...UserMenu_user\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment CaseEntriesSection_case on Case {\n    id\n    entries {\n      id\n      category\n      recordedAt\n      occurredOn\n      title\n      body\n      concerns\n      audience\n      redactedFields\n      authorOrganisation {\n        id\n        name\n        type\n      }\n    }\n    household {\n      id\n      members {\n        id\n        person {\n          id\n          firstName\n          lastName\n          redactedFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CaseEntriesSection_case on Case {\n    id\n    entries {\n      id\n      category\n      recordedAt\n      occurredOn\n      title\n      body\n      concerns\n      audience\n      redactedFields\n      authorOrganisation {\n        id\n        name\n        type\n      }\n    }\n    household {\n      id\n      members {\n        id\n        person {\n          id\n          firstName\n          lastName\n          redactedFields\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment CaseTable_case on Case {\n    id\n    reference\n    status\n    profile\n    openedAt\n    municipality {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CaseTable_case on Case {\n    id\n    reference\n    status\n    profile\n    openedAt\n    municipality {\n      code\n      name\n    }\n  }\n"];
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
export function graphql(source: "\n  query CaseList($first: Int!, $after: String, $filter: CaseFilter) {\n    cases(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CaseTable_case\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseList($first: Int!, $after: String, $filter: CaseFilter) {\n    cases(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CaseTable_case\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseOverview($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      ...CaseSummary_case\n      household {\n        id\n        ...HouseholdMemberList_household\n      }\n      ...CaseTeamTable_case\n      ...CaseStatusSection_case\n      ...CaseEntriesSection_case\n      ...RecordEntryForm_case\n    }\n  }\n"): (typeof documents)["\n  query CaseOverview($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      ...CaseSummary_case\n      household {\n        id\n        ...HouseholdMemberList_household\n      }\n      ...CaseTeamTable_case\n      ...CaseStatusSection_case\n      ...CaseEntriesSection_case\n      ...RecordEntryForm_case\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseDirection($caseId: ID!) {\n    caseDirection(caseId: $caseId) {\n      id\n      kind\n      status\n      responsible\n      version\n      replacesAssignmentId\n      handoverNote\n      proposedAt\n      proposedBy\n      acceptedAt\n      endedAt\n      endReason\n      declinedAt\n      declineReason\n      director {\n        id\n        displayName\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseDirection($caseId: ID!) {\n    caseDirection(caseId: $caseId) {\n      id\n      kind\n      status\n      responsible\n      version\n      replacesAssignmentId\n      handoverNote\n      proposedAt\n      proposedBy\n      acceptedAt\n      endedAt\n      endReason\n      declinedAt\n      declineReason\n      director {\n        id\n        displayName\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation ProposeDirector($input: ProposeDirectorInput!) {\n    proposeDirector(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeDirector($input: ProposeDirectorInput!) {\n    proposeDirector(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WaitingList {\n    waitingList {\n      caseId\n      reference\n      profile\n      municipality\n      waitingSince\n      waitingWorkingDays\n      normWorkingDays\n      overNorm\n      contact {\n        userId\n        displayName\n        organisationName\n        explicit\n      }\n      pendingProposals {\n        assignmentId\n        displayName\n        organisationName\n      }\n    }\n  }\n"): (typeof documents)["\n  query WaitingList {\n    waitingList {\n      caseId\n      reference\n      profile\n      municipality\n      waitingSince\n      waitingWorkingDays\n      normWorkingDays\n      overNorm\n      contact {\n        userId\n        displayName\n        organisationName\n        explicit\n      }\n      pendingProposals {\n        assignmentId\n        displayName\n        organisationName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Workload {\n    workload {\n      userId\n      displayName\n      organisationName\n      activeCases\n      proposedCases\n      overdueActions\n      openEscalations\n      overdueEscalations\n      awaitingDecision\n    }\n  }\n"): (typeof documents)["\n  query Workload {\n    workload {\n      userId\n      displayName\n      organisationName\n      activeCases\n      proposedCases\n      overdueActions\n      openEscalations\n      overdueEscalations\n      awaitingDecision\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseEscalations($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      escalations {\n        id\n        ...EscalationTable_escalation\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseEscalations($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      escalations {\n        id\n        ...EscalationTable_escalation\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment EscalationPage_escalation on Escalation {\n    id\n    caseId\n    caseReference\n    trigger\n    reason\n    decisionAsked\n    raisedBy\n    raisedById\n    raisedByOrganisation\n    raisedAt\n    level\n    deadline\n    overdue\n    deciderBody\n    decider\n    status\n    decision\n    closingReason\n    closedAt\n    mayDecide\n    version\n    ...EscalationHistory_escalation\n  }\n"): (typeof documents)["\n  fragment EscalationPage_escalation on Escalation {\n    id\n    caseId\n    caseReference\n    trigger\n    reason\n    decisionAsked\n    raisedBy\n    raisedById\n    raisedByOrganisation\n    raisedAt\n    level\n    deadline\n    overdue\n    deciderBody\n    decider\n    status\n    decision\n    closingReason\n    closedAt\n    mayDecide\n    version\n    ...EscalationHistory_escalation\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Escalation($id: ID!) {\n    escalation(id: $id) {\n      id\n      ...EscalationPage_escalation\n    }\n  }\n"): (typeof documents)["\n  query Escalation($id: ID!) {\n    escalation(id: $id) {\n      id\n      ...EscalationPage_escalation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccessLogTable_record on AuditRecord {\n    seq\n    occurredAt\n    actorName\n    organisationType\n    organisationName\n    roles\n    action\n    subjectType\n    caseReference\n    fields\n    categories\n    purpose\n    breakGlassGrantId\n    dataSubjectIds\n    outcome\n    reason\n  }\n"): (typeof documents)["\n  fragment AccessLogTable_record on AuditRecord {\n    seq\n    occurredAt\n    actorName\n    organisationType\n    organisationName\n    roles\n    action\n    subjectType\n    caseReference\n    fields\n    categories\n    purpose\n    breakGlassGrantId\n    dataSubjectIds\n    outcome\n    reason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BreakGlassReviewTable_grant on BreakGlassGrant {\n    id\n    caseReference\n    requestedBy\n    organisation {\n      id\n      name\n      type\n    }\n    reason\n    grantedAt\n    expiresAt\n    reviewStatus\n    reviewComment\n    reviewedAt\n  }\n"): (typeof documents)["\n  fragment BreakGlassReviewTable_grant on BreakGlassGrant {\n    id\n    caseReference\n    requestedBy\n    organisation {\n      id\n      name\n      type\n    }\n    reason\n    grantedAt\n    expiresAt\n    reviewStatus\n    reviewComment\n    reviewedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationList_notification on Notification {\n    id\n    kind\n    message\n    caseId\n    escalationId\n    createdAt\n    readAt\n  }\n"): (typeof documents)["\n  fragment NotificationList_notification on Notification {\n    id\n    kind\n    message\n    caseId\n    escalationId\n    createdAt\n    readAt\n  }\n"];
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
export function graphql(source: "\n  query Notifications {\n    notifications {\n      id\n      readAt\n      ...NotificationList_notification\n    }\n  }\n"): (typeof documents)["\n  query Notifications {\n    notifications {\n      id\n      readAt\n      ...NotificationList_notification\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      readAt\n      ...NotificationList_notification\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      readAt\n      ...NotificationList_notification\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestBreakGlass($caseReference: String!, $reason: String!) {\n    requestBreakGlass(caseReference: $caseReference, reason: $reason) {\n      id\n      caseId\n      caseReference\n      grantedAt\n      expiresAt\n      reviewStatus\n    }\n  }\n"): (typeof documents)["\n  mutation RequestBreakGlass($caseReference: String!, $reason: String!) {\n    requestBreakGlass(caseReference: $caseReference, reason: $reason) {\n      id\n      caseId\n      caseReference\n      grantedAt\n      expiresAt\n      reviewStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestErasure($personId: ID!, $note: String!) {\n    requestErasure(personId: $personId, note: $note) {\n      outcome\n      basis\n      restrictedUntil\n    }\n  }\n"): (typeof documents)["\n  mutation RequestErasure($personId: ID!, $note: String!) {\n    requestErasure(personId: $personId, note: $note) {\n      outcome\n      basis\n      restrictedUntil\n    }\n  }\n"];
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
export function graphql(source: "\n  query AccessLog($filter: AuditLogFilter, $before: String) {\n    auditLog(filter: $filter, before: $before) {\n      nextBefore\n      records {\n        seq\n        ...AccessLogTable_record\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccessLog($filter: AuditLogFilter, $before: String) {\n    auditLog(filter: $filter, before: $before) {\n      nextBefore\n      records {\n        seq\n        ...AccessLogTable_record\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditAnomalies($days: Int!) {\n    auditAnomalies(days: $days) {\n      kind\n      userId\n      userName\n      organisationName\n      count\n      firstAt\n      lastAt\n    }\n  }\n"): (typeof documents)["\n  query AuditAnomalies($days: Int!) {\n    auditAnomalies(days: $days) {\n      kind\n      userId\n      userName\n      organisationName\n      count\n      firstAt\n      lastAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BreakGlassReviews($status: BreakGlassReviewStatus) {\n    breakGlassReviews(status: $status) {\n      id\n      ...BreakGlassReviewTable_grant\n    }\n  }\n"): (typeof documents)["\n  query BreakGlassReviews($status: BreakGlassReviewStatus) {\n    breakGlassReviews(status: $status) {\n      id\n      ...BreakGlassReviewTable_grant\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;