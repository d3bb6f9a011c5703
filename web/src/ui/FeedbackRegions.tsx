import { Paragraph } from '@utrecht/component-library-react';
import { LiveRegion } from './LiveRegion';

/** The outcome of an action on the page: a confirmation or an error, or nothing yet. */
export type Feedback = { kind: 'ok'; text: string } | { kind: 'error'; text: string } | null;

export interface FeedbackRegionsProps {
  feedback: Feedback;
  /** Test ids `<testId>-ok` and `<testId>-error`. */
  testId: string;
}

/**
 * Two live regions that exist before their message: confirmations are announced politely,
 * errors at once.
 */
export function FeedbackRegions({ feedback, testId }: FeedbackRegionsProps) {
  return (
    <>
      <LiveRegion politeness="polite">
        {feedback?.kind === 'ok' ? (
          <Paragraph className="mda-ok-text" data-testid={`${testId}-ok`}>
            {feedback.text}
          </Paragraph>
        ) : null}
      </LiveRegion>
      <LiveRegion politeness="assertive">
        {feedback?.kind === 'error' ? (
          <Paragraph className="mda-error-text" data-testid={`${testId}-error`}>
            {feedback.text}
          </Paragraph>
        ) : null}
      </LiveRegion>
    </>
  );
}
