import type { TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback, useContext } from 'react';
import { type ClientErrorCode, failedOutcome, type FieldProblem } from '../../../app/errors';
import { planConflict, type PlanConflict } from '../conflict';
import { PlanWriteTrackerContext } from './planWriteTracker';

/** The outcome of a plan write as a form needs it: done, or what went wrong (per field, or a conflict). */
export type PlanWriteOutcome =
  | { ok: true }
  | {
      ok: false;
      code: ClientErrorCode | 'UNKNOWN';
      message: string | null;
      problems: FieldProblem[];
      conflict: PlanConflict | null;
    };

export interface PlanWrite<TInput> {
  run(input: TInput): Promise<PlanWriteOutcome>;
  loading: boolean;
}

/**
 * Runs one plan mutation with `{ input }` and turns a failure into an outcome: the API's
 * message, its field problems (BAD_USER_INPUT) and, for a stale save, the current state.
 * The page refetches the plan afterwards (and on every live event), so nothing is cached here.
 */
export function usePlanWrite<TData, TInput>(document: TypedDocumentNode<TData, { input: TInput }>): PlanWrite<TInput> {
  const [mutate, { loading }] = useMutation(document);
  const tracker = useContext(PlanWriteTrackerContext);
  const run = useCallback(
    async (input: TInput): Promise<PlanWriteOutcome> => {
      tracker?.started();
      try {
        await mutate({ variables: { input } });
        return { ok: true };
      } catch (error) {
        return { ...failedOutcome(error), conflict: planConflict(error) };
      } finally {
        tracker?.finished();
      }
    },
    [mutate, tracker],
  );
  return { run, loading };
}
