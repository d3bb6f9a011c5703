import { graphql } from '@mda/graphql';
import { useQuery } from '@apollo/client/react';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorCode } from '../../../app/errors';
import { PageTitle } from '../../../app/PageTitle';
import { CaseHeader } from '../../cases/components/CaseHeader';
import { QueryError } from '../../../app/QueryError';
import { type Feedback, FeedbackRegions } from '../../../ui/FeedbackRegions';
import { LiveRegion } from '../../../ui/LiveRegion';
import { LoadingState } from '../../../ui/LoadingState';
import { RouterLink } from '../../../ui/RouterLink';
import { useAppAbility } from '../../auth/hooks/useAppAbility';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import {
  mayChangePictureEntry,
  mayChangePlanElement,
  mayEditPlan,
  mayJustifyContraIndication,
  mayProposePlan,
  maySignOffPlan,
  writablePlanCategories,
} from '../../auth/permissions';
import { useCaseActivity } from '../../cases/hooks/useCaseActivity';
import { personName } from '../../cases/personName';
import { AddToggle } from '../components/AddToggle';
import { AgreementSection } from '../components/AgreementSection';
import { GoalCard } from '../components/GoalCard';
import { PhaseOverview } from '../components/PhaseOverview';
import { ActionFilterField, useActionFilter } from '../components/ActionFilterField';
import { GoalForm } from '../components/GoalForm';
import { MeasuresSection } from '../components/MeasuresSection';
import { PictureSection } from '../components/PictureSection';
import { SafetyPlanSection } from '../components/SafetyPlanSection';
import { PICTURE_CATEGORIES, PLAN_CATEGORIES } from '../planOptions';
import { PlanWriteTrackerContext, type PlanWriteTracker } from '../hooks/planWriteTracker';
import { useStartPlanMutation } from '../hooks/useStartPlanMutation';
import {
  isChangeByOthers,
  NO_OWN_WRITES,
  NOTICE_VISIBLE_MS,
  type OwnWrites,
  writeFinished,
  writeStarted,
} from '../liveNotice';

const PlanEditorQuery = graphql(`
  query PlanEditor($caseId: ID!) {
    case(id: $caseId) {
      id
      reference
      viewerAccess
      household {
        id
        members {
          id
          person {
            id
            firstName
            lastName
            redactedFields
          }
        }
      }
      team {
        id
        active
        organisation {
          id
          name
          type
        }
      }
    }
    plan(caseId: $caseId) {
      id
      status
      version
      viewerCan {
        edit
        justify
      }
      workingCopy {
        picture {
          id
          ...PictureSection_entry
        }
        goals {
          id
          ...GoalCard_goal
          ...PhaseOverview_goal
        }
        safetyPlan {
          id
          ...SafetyPlanSection_item
        }
        measures {
          id
          ...MeasuresSection_measure
        }
      }
      notes {
        id
        ...PlanNotes_note
      }
      ...AgreementSection_plan
    }
  }
`);

/** Plan events arrive from these tables (docs/realtime.md). */
function isPlanEvent(subjectType: string): boolean {
  return subjectType.startsWith('plan');
}

/**
 * The joint plan of one case (gezamenlijk plan), in the BOB steps, with agreement. What the
 * user may do follows the session's rules and the plan's own `viewerCan`; partners' edits
 * appear live without touching a form the user is typing in.
 */
export function PlanEditorPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const ability = useAppAbility();
  const { data, loading, error, refetch } = useQuery(PlanEditorQuery, { variables: { caseId: id } });
  const { user } = useCurrentUser();
  const [actionFilter, setActionFilter] = useActionFilter();
  const viewer = user ? { userId: user.id, organisationId: user.organisation.id } : null;
  const [notice, setNotice] = useState<{ text: string; at: number } | null>(null);
  const [feedback, setFeedback] = useState<Feedback>(null);
  // The page's own plan writes, so their live echoes are not announced as someone else's change.
  const ownWrites = useRef<OwnWrites>(NO_OWN_WRITES);
  const tracker = useMemo<PlanWriteTracker>(
    () => ({
      started: () => {
        ownWrites.current = writeStarted(ownWrites.current);
      },
      finished: () => {
        ownWrites.current = writeFinished(ownWrites.current, Date.now());
      },
    }),
    [],
  );
  const start = useStartPlanMutation();
  const { live } = useCaseActivity(data ? id : '', (event) => {
    if (!isPlanEvent(event.subjectType)) return;
    const now = Date.now();
    if (isChangeByOthers(event, user?.organisation.id, ownWrites.current, now)) {
      setNotice({
        text: t('plan.live.updated', { organisation: event.byOrganisation?.name ?? t('case.live.partner') }),
        at: now,
      });
    }
    void refetch();
  });
  // The notice goes after a while; the live region itself stays for the next one.
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), NOTICE_VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  if (errorCode(error) === 'NOT_FOUND') {
    return (
      <div data-testid="not-found">
        <PageTitle title={t('case.notFoundTitle')} />
        <Paragraph>{t('case.notFoundText')}</Paragraph>
      </div>
    );
  }
  if (error && !data) return <QueryError error={error} retry={() => refetch()} />;
  if (!data)
    return loading ? <LoadingState label={t('app.loading')} /> : <QueryError error={error} retry={() => refetch()} />;

  const caseData = data.case;
  const plan = data.plan;
  const reload = () => void refetch();
  const members = caseData.household.members.map((member) => {
    const name = personName(member.person);
    return { id: member.person.id, name: name.kind === 'shared' ? name.value : t('fields.notShared') };
  });
  const organisations = caseData.team
    .filter((m) => m.active)
    .map((m) => ({ id: m.organisation.id, name: m.organisation.name }));
  const mayEdit = mayEditPlan(ability, id) && (plan?.viewerCan.edit ?? true) && plan?.status !== 'PROPOSED';
  const categories = mayEdit ? writablePlanCategories(ability, id, PLAN_CATEGORIES) : [];
  const mayJustify = mayJustifyContraIndication(ability, id) && (plan?.viewerCan.justify ?? false);
  const title = `${t('plan.title')} – ${t('case.titlePrefix')} ${caseData.reference}`;

  return (
    <PlanWriteTrackerContext value={tracker}>
      <article className="mda-plan" aria-labelledby="plan-title" data-testid="plan-editor">
        <Paragraph>
          <RouterLink to={`/cases/${id}`}>{t('plan.backToCase')}</RouterLink>
        </Paragraph>
        <PageTitle title={title}>
          <span id="plan-title">{title}</span>
        </PageTitle>
        <CaseHeader caseId={id} />
        <Paragraph className="mda-live-status">
          {live ? (
            <span className="mda-live-badge" data-testid="plan-live">
              {t('case.live.badge')}
            </span>
          ) : null}
        </Paragraph>
        <LiveRegion data-testid="plan-live-update">{notice?.text}</LiveRegion>
        <FeedbackRegions feedback={feedback} testId="plan-start" />

        {plan === null || plan === undefined ? (
          <section className="mda-section" data-testid="plan-none">
            <Paragraph>{t('plan.none')}</Paragraph>
            {mayEditPlan(ability, id) ? (
              <Button
                type="button"
                appearance="primary-action-button"
                busy={start.loading}
                onClick={() =>
                  void start.run({ caseId: id }).then((outcome) => {
                    setFeedback(outcome.ok ? null : { kind: 'error', text: outcome.message ?? t('plan.form.failed') });
                    reload();
                  })
                }
                data-testid="plan-start"
              >
                {t('plan.start')}
              </Button>
            ) : null}
          </section>
        ) : (
          <>
            {plan.status === 'PROPOSED' ? <Paragraph data-testid="plan-locked">{t('plan.locked')}</Paragraph> : null}
            <PictureSection
              caseId={id}
              entries={plan.workingCopy.picture}
              notes={plan.notes}
              categories={categories.filter((c) => PICTURE_CATEGORIES.includes(c))}
              mayChange={(entry) => mayEdit && mayChangePictureEntry(ability, id, entry)}
              onSaved={reload}
            />
            <section aria-labelledby="plan-goals-heading" className="mda-section" data-testid="plan-goals">
              <Heading2 id="plan-goals-heading">{t('plan.goalsTitle')}</Heading2>
              <Paragraph>{t('plan.goalsIntro')}</Paragraph>
              {plan.workingCopy.goals.length === 0 ? <Paragraph>{t('plan.goal.none')}</Paragraph> : null}
              <PhaseOverview goals={plan.workingCopy.goals} />
              {plan.workingCopy.goals.length > 0 ? (
                <ActionFilterField value={actionFilter} onChange={setActionFilter} />
              ) : null}
              {plan.workingCopy.goals.map((goal, index) => (
                <GoalCard
                  key={goal.id}
                  caseId={id}
                  goal={goal}
                  index={index}
                  members={members}
                  organisations={organisations}
                  notes={plan.notes}
                  mayEdit={mayEdit}
                  mayJustify={mayJustify}
                  onSaved={reload}
                  filter={actionFilter}
                  viewer={viewer}
                />
              ))}
              <AddToggle
                allowed={mayEdit}
                label={t('plan.goal.add')}
                testId="plan-goal-add"
                form={(done) => (
                  <GoalForm caseId={id} goal={null} members={members} mayJustify={mayJustify} onDone={done} />
                )}
                onSaved={reload}
              />
            </section>
            <SafetyPlanSection
              caseId={id}
              items={plan.workingCopy.safetyPlan}
              members={members}
              categories={categories}
              mayChange={(category) => mayEdit && mayChangePlanElement(ability, id, category)}
              onSaved={reload}
            />
            <MeasuresSection
              caseId={id}
              measures={plan.workingCopy.measures}
              organisations={organisations}
              members={members}
              categories={categories}
              onSaved={reload}
            />
            <AgreementSection
              plan={plan}
              mayPropose={mayProposePlan(ability, id)}
              maySignOff={maySignOffPlan(ability, id)}
              onChanged={reload}
            />
          </>
        )}
      </article>
    </PlanWriteTrackerContext>
  );
}
