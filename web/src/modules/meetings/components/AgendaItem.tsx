import { type FragmentType, getFragmentData, graphql } from '@mda/graphql';
import { Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useAppAbility } from '../../auth/hooks/useAppAbility';
import {
  mayContributeToItem,
  mayDecideOnItem,
  mayRunMeeting,
  meetingTextCategories,
  meetingTextCategoryChoices,
  type MeetingTable,
} from '../../auth/meetingPermissions';
import { PICTURE_CATEGORIES } from '../../plans/planOptions';
import { mayProposePlan } from '../../auth/permissions';
import { ContributionForm } from './ContributionForm';
import { DecisionForm } from './DecisionForm';
import { ItemForm } from './ItemForm';
import { ProposePlanButton } from './ProposePlanButton';

export const AgendaItem_itemFragment = graphql(`
  fragment AgendaItem_item on MeetingItem {
    id
    position
    kind
    visible
    label
    caseId
    caseReference
    caseViewerAccess
    title
    question
    questionCategory
    questionAuthorOrganisationIds
    considerations
    considerationsCategory
    considerationsAuthorOrganisationIds
    safetyScore
    version
    redactedFields
    viewerCanContribute
    participants {
      organisation {
        id
        name
      }
      legalBasis
    }
    contributions {
      id
      kind
      body
      redactedFields
      organisation {
        id
        name
      }
    }
    decisions {
      id
      text
      planActionId
      planGoalId
      dueOn
      ownerOrganisation {
        id
        name
      }
    }
  }
`);

export interface AgendaItemProps {
  item: FragmentType<typeof AgendaItem_itemFragment>;
  current: boolean;
  frozen: boolean;
  /** The meeting is held: the chair may propose the case plan for sign-off from it. */
  held: boolean;
  /** The table, as the rules look at it (chair, member organisations). */
  meeting: MeetingTable;
}

/**
 * One agenda item as this organisation may see it: its content when the organisation is on the
 * case team, else only that it exists ("Casus 3 - niet voor uw organisatie").
 */
export function AgendaItem({ item: ref, current, frozen, held, meeting }: AgendaItemProps) {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const item = getFragmentData(AgendaItem_itemFragment, ref);
  const contributes = item.visible && !frozen && mayContributeToItem(ability, meeting, item);
  const categories = contributes ? meetingTextCategories(ability, item.caseId, PICTURE_CATEGORIES) : [];
  const decides = item.visible && !frozen && mayDecideOnItem(ability, meeting, item);
  const proposes =
    held && item.visible && item.caseId && mayRunMeeting(ability, meeting) && mayProposePlan(ability, item.caseId)
      ? item.caseId
      : null;
  const withheld = (field: string, value: string | null) =>
    item.redactedFields.includes(field) ? t('meetings.withheld') : value;
  return (
    <li
      className={current ? 'mda-agenda-item mda-agenda-item--current' : 'mda-agenda-item'}
      data-testid="agenda-item"
      data-item-id={item.id}
      data-visible={item.visible}
      data-current={current}
      aria-current={current ? 'step' : undefined}
    >
      <Heading3>
        {item.label}
        {item.caseReference ? ` (${item.caseReference})` : ''}
        {item.title ? `: ${item.title}` : ''}
        {current ? <strong data-testid="agenda-item-current"> {t('meetings.nowDiscussed')}</strong> : null}
      </Heading3>
      {!item.visible ? (
        <Paragraph data-testid="agenda-item-hidden">{t('meetings.notForYou')}</Paragraph>
      ) : (
        <>
          {item.participants.length ? (
            <Paragraph>
              {t('meetings.participants')}:{' '}
              {item.participants.map((p) => `${p.organisation.name} (${p.legalBasis})`).join('; ')}
            </Paragraph>
          ) : null}
          {item.question || item.redactedFields.includes('question') ? (
            <Paragraph data-testid="agenda-item-question">
              {t('meetings.question')}: {withheld('question', item.question ?? null)}
            </Paragraph>
          ) : null}
          {item.contributions.map((c) => (
            <Paragraph key={c.id} data-testid="agenda-item-contribution" data-kind={c.kind}>
              {t(`enums.MeetingContributionKind.${c.kind}`)} {c.organisation.name}: {c.body ?? t('meetings.withheld')}
            </Paragraph>
          ))}
          {item.considerations || item.redactedFields.includes('considerations') ? (
            <Paragraph>
              {t('meetings.considerations')}: {withheld('considerations', item.considerations ?? null)}
            </Paragraph>
          ) : null}
          {item.safetyScore !== null && item.safetyScore !== undefined ? (
            <Paragraph>
              {t('meetings.safetyScore')}: {item.safetyScore}
            </Paragraph>
          ) : null}
          {item.decisions.map((d) => (
            <Paragraph key={d.id} data-testid="agenda-item-decision">
              {t('meetings.decision')}: {d.text ?? t('meetings.withheld')}
              {d.ownerOrganisation ? ` (${d.ownerOrganisation.name}${d.dueOn ? `, ${d.dueOn}` : ''})` : ''}
              {d.planActionId || d.planGoalId ? ` - ${t('meetings.inPlan')}` : ''}
            </Paragraph>
          ))}
          {contributes && item.version !== null && item.version !== undefined ? (
            <ItemForm
              itemId={item.id}
              version={item.version}
              question={item.question ?? ''}
              // An empty text's stored category is a leftover: a new text starts as PLAN.
              questionCategory={item.question ? (item.questionCategory ?? 'PLAN') : 'PLAN'}
              considerations={item.considerations ?? ''}
              considerationsCategory={item.considerations ? (item.considerationsCategory ?? 'PLAN') : 'PLAN'}
              choices={(field, current) =>
                meetingTextCategoryChoices(
                  ability,
                  field === 'question' ? item.questionAuthorOrganisationIds : item.considerationsAuthorOrganisationIds,
                  current,
                  categories,
                )
              }
              safetyScore={item.safetyScore ?? null}
            />
          ) : null}
          {contributes ? <ContributionForm itemId={item.id} categories={categories} /> : null}
          {decides ? (
            <DecisionForm
              itemId={item.id}
              caseId={item.caseId ?? null}
              participants={item.participants.map((p) => p.organisation)}
              categories={meetingTextCategories(ability, item.caseId, PICTURE_CATEGORIES)}
            />
          ) : null}
          {proposes ? <ProposePlanButton itemId={item.id} caseId={proposes} /> : null}
        </>
      )}
    </li>
  );
}
