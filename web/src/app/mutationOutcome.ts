import { failedOutcome, type MutationOutcome } from './errors';

/** Runs a mutation and turns its answer or its error into an outcome a form can show. */
export async function outcomeOf<T>(run: () => Promise<T | null | undefined>): Promise<MutationOutcome<T>> {
  try {
    const data = await run();
    return data ? { ok: true, data } : { ok: false, code: 'UNKNOWN', message: null };
  } catch (error) {
    return failedOutcome(error);
  }
}
