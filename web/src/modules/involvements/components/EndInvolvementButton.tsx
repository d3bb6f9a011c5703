import { graphql } from '@mda/graphql';
import { useMutation } from '@apollo/client/react';
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { outcomeOf } from '../../../app/mutationOutcome';

const EndInvolvementMutation = graphql(`
  mutation EndInvolvement($id: ID!) {
    endInvolvement(id: $id) {
      id
      validUntil
    }
  }
`);

/**
 * Ends the own organisation's registration today (the involvement stopped), after a confirmation
 * that says what follows: from tomorrow no other organisation is told that yours is involved.
 */
export function EndInvolvementButton({ id, reference }: { id: string; reference: string }) {
  const { t } = useTranslation();
  const [mutate, { loading }] = useMutation(EndInvolvementMutation, { refetchQueries: ['MyInvolvements'] });
  const [asking, setAsking] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const end = async () => {
    const outcome = await outcomeOf(async () => (await mutate({ variables: { id } })).data?.endInvolvement);
    if (outcome.ok) {
      setFailed(null);
      setAsking(false);
    } else setFailed(outcome.message ?? t('involvement.end.failed'));
  };
  if (!asking)
    return (
      <Button
        appearance="secondary-action-button"
        onClick={() => {
          setFailed(null);
          setAsking(true);
        }}
        data-testid="involvement-end"
        aria-label={t('involvement.end.label', { reference })}
      >
        {t('involvement.end.button')}
      </Button>
    );
  return (
    <div role="group" aria-label={t('involvement.end.label', { reference })} data-testid="involvement-end-confirm">
      <Paragraph>{t('involvement.end.question')}</Paragraph>
      <ButtonGroup>
        <Button
          appearance="primary-action-button"
          busy={loading}
          disabled={loading}
          onClick={() => void end()}
          data-testid="involvement-end-confirm-submit"
        >
          {t('involvement.end.confirm')}
        </Button>
        <Button appearance="subtle-button" onClick={() => setAsking(false)}>
          {t('involvement.end.cancel')}
        </Button>
      </ButtonGroup>
      {failed ? (
        <Paragraph className="mda-error-text" role="alert" data-testid="involvement-end-error">
          {failed}
        </Paragraph>
      ) : null}
    </div>
  );
}
