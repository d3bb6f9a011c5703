import { graphql } from '@mda/graphql';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useEnumLabels } from '../../../app/i18n/labels';
import { formatLocalDate, todayInNetherlands } from '../../../ui/formatDate';
import { caseFlags, latestScores, nextDeadline, type CaseFlag } from '../caseHeader';
import { SafetyTrend } from './SafetyTrend';

const CaseHeaderQuery = graphql(`
  query CaseHeader($id: ID!) {
    case(id: $id) {
      id
      reference
      status
      profile
      safetyScores {
        id
        score
        scoredBy
        scoredOn
      }
      directorHistory {
        id
        kind
        status
        responsible
        director {
          id
          displayName
        }
      }
      household {
        id
        members {
          id
          roles
          person {
            id
            dateOfBirth
            shelterAddress
            redactedFields
          }
        }
      }
    }
    plan(caseId: $id) {
      id
      status
      workingCopy {
        goals {
          id
          actions {
            id
            dueOn
            status
          }
        }
        measures {
          id
          kind
          startsOn
          endsOn
        }
      }
    }
  }
`);

/**
 * The case at a glance, on the case and plan pages: profile, status, case director, the latest
 * safety scores with a small trend, red flags, plan status and the next deadline. Flags come
 * only from what the API disclosed to this viewer (see caseHeader.ts), so a secret address
 * shows only to who may read it, and its existence never to anyone else.
 */
export function CaseHeader({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const labels = useEnumLabels();
  // The plan may be unreadable (NOT_FOUND for some organisations): the header shows the rest.
  const { data } = useQuery(CaseHeaderQuery, { variables: { id: caseId }, errorPolicy: 'all' });
  const c = data?.case;
  if (!c) return null;
  const today = todayInNetherlands();
  const plan = data.plan ?? null;
  const flags = caseFlags({
    profile: c.profile,
    members: c.household.members.map((m) => ({ roles: m.roles, person: m.person })),
    measures: plan?.workingCopy.measures ?? [],
    today,
  });
  const directors = c.directorHistory
    .filter((d) => d.kind === 'CASE_DIRECTOR' && d.status === 'ACCEPTED')
    .map((d) => d.director.displayName);
  const latest = latestScores(c.safetyScores);
  const deadline = plan ? nextDeadline(plan.workingCopy.goals.flatMap((g) => g.actions)) : null;
  const flagText = (f: CaseFlag): string =>
    f.kind === 'RESTRAINING_ORDER'
      ? t('caseHeader.flag.RESTRAINING_ORDER', { date: formatLocalDate(f.endsOn, i18n.language) })
      : f.kind === 'YOUNG_CHILDREN'
        ? t('caseHeader.flag.YOUNG_CHILDREN', { count: f.count })
        : t(`caseHeader.flag.${f.kind}`);
  return (
    <section
      className="mda-case-header"
      aria-label={t('caseHeader.label', { reference: c.reference })}
      data-testid="case-header"
    >
      <dl className="mda-case-header__facts">
        <div>
          <dt>{t('case.profile')}</dt>
          <dd>{labels.householdProfile(c.profile)}</dd>
        </div>
        <div>
          <dt>{t('case.status')}</dt>
          <dd>{labels.caseStatus(c.status)}</dd>
        </div>
        <div>
          <dt>{t('caseHeader.director')}</dt>
          <dd data-testid="case-header-director">
            {directors.length > 0 ? directors.join(', ') : t('caseHeader.noDirector')}
          </dd>
        </div>
        <div>
          <dt>{t('caseHeader.plan')}</dt>
          <dd data-testid="case-header-plan">{plan ? labels.planStatus(plan.status) : t('caseHeader.noPlan')}</dd>
        </div>
        <div>
          <dt>{t('caseHeader.nextDeadline')}</dt>
          <dd data-testid="case-header-deadline">
            {deadline ? (
              deadline < today ? (
                <strong className="mda-over-norm">
                  {t('caseHeader.overdueSince', { date: formatLocalDate(deadline, i18n.language) })}
                </strong>
              ) : (
                formatLocalDate(deadline, i18n.language)
              )
            ) : (
              t('caseHeader.noDeadline')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('caseHeader.safety')}</dt>
          <dd data-testid="case-header-safety">
            {latest.length === 0
              ? t('caseHeader.noScores')
              : latest.map((s) => (
                  <span
                    key={s.scoredBy}
                    className="mda-case-header__score"
                    data-scorer={s.scoredBy}
                    data-score={s.score}
                  >
                    {t('caseHeader.latestScore', {
                      scorer: t(`enums.SafetyScorer.${s.scoredBy}` as 'enums.SafetyScorer.FAMILY'),
                      score: s.score,
                      date: formatLocalDate(s.scoredOn, i18n.language),
                    })}
                    {s.change !== null && s.change !== 0
                      ? ` (${s.change > 0 ? t('caseHeader.up', { count: s.change }) : t('caseHeader.down', { count: -s.change })})`
                      : ''}
                  </span>
                ))}
            {c.safetyScores.length > 1 ? (
              <SafetyTrend scores={c.safetyScores} caption={t('caseHeader.trendCaption', { reference: c.reference })} />
            ) : null}
          </dd>
        </div>
      </dl>
      <div className="mda-case-header__flags">
        <h2 className="mda-case-header__flags-title" id="case-flags-heading">
          {t('caseHeader.flagsTitle')}
        </h2>
        {flags.length === 0 ? (
          <p data-testid="case-flags-none">{t('caseHeader.noFlags')}</p>
        ) : (
          <ul aria-labelledby="case-flags-heading" className="mda-flags" data-testid="case-flags">
            {flags.map((f) => (
              <li key={f.kind} className="mda-flag" data-testid="case-flag" data-flag={f.kind}>
                <span aria-hidden="true">⚑ </span>
                {flagText(f)}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
