import { type FormEvent, useCallback, useRef, useState } from 'react';
import type { FieldProblem } from '../../../app/errors';
import { type ConflictChoice, type FormValues, type PlanConflict, resolveConflict } from '../conflict';
import type { PlanWriteOutcome } from './usePlanWrite';

export interface PlanElementFormOptions {
  initial: FormValues;
  /** The element's version when editing began; null for a new element. */
  version: number | null;
  /** Fields shown side by side on a conflict, and which of them are free text (merged). */
  fields: readonly string[];
  textFields: readonly string[];
  save(values: FormValues, expectedVersion: number | null): Promise<PlanWriteOutcome>;
  onSaved(): void;
}

export interface PlanElementForm {
  values: FormValues;
  set(field: string, value: string): void;
  /** The version this form's save is based on (changes when a conflict is resolved). */
  baseVersion: number | null;
  conflict: PlanConflict | null;
  /** What the user had typed when they took over the current version: shown to copy from. */
  setAside: FormValues | null;
  problems: FieldProblem[];
  /** A refusal without field problems (FORBIDDEN, a plan under proposal...), in the API's words. */
  message: string | null;
  busy: boolean;
  summaryRef: React.RefObject<HTMLDivElement | null>;
  conflictRef: React.RefObject<HTMLDivElement | null>;
  submit(event?: FormEvent<HTMLFormElement>): Promise<void>;
  choose(choice: ConflictChoice): Promise<void>;
}

/**
 * The state of one plan element form: what the user typed stays theirs while the plan is
 * refetched around it (live edits of others never overwrite it); a stale save keeps the text
 * and opens the side-by-side choice; refused input is kept with the problems per field.
 */
export function usePlanElementForm({
  initial,
  version,
  fields,
  textFields,
  save,
  onSaved,
}: PlanElementFormOptions): PlanElementForm {
  const [values, setValues] = useState<FormValues>(initial);
  const [baseVersion, setBaseVersion] = useState<number | null>(version);
  const [conflict, setConflict] = useState<PlanConflict | null>(null);
  const [setAside, setSetAside] = useState<FormValues | null>(null);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const conflictRef = useRef<HTMLDivElement>(null);

  const set = useCallback((field: string, value: string) => setValues((old) => ({ ...old, [field]: value })), []);

  const send = async (toSend: FormValues, expectedVersion: number | null) => {
    setBusy(true);
    const outcome = await save(toSend, expectedVersion);
    setBusy(false);
    if (outcome.ok) {
      setConflict(null);
      setProblems([]);
      setMessage(null);
      onSaved();
      return;
    }
    if (outcome.conflict) {
      setConflict(outcome.conflict);
      setProblems([]);
      setMessage(null);
      requestAnimationFrame(() => conflictRef.current?.focus());
      return;
    }
    setProblems(outcome.problems);
    setMessage(outcome.problems.length > 0 ? null : outcome.message);
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  const submit = async (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    await send(values, baseVersion);
  };

  const choose = async (choice: ConflictChoice) => {
    if (!conflict) return;
    const resolved = resolveConflict(choice, values, conflict, fields, textFields);
    setSetAside(choice === 'current' ? values : null);
    setValues(resolved.values);
    setBaseVersion(resolved.expectedVersion);
    setConflict(null);
    // Yours over the current one is sent at once; the other two leave the form to finish.
    if (choice === 'mine') await send(resolved.values, resolved.expectedVersion);
  };

  return {
    values,
    set,
    baseVersion,
    conflict,
    setAside,
    problems,
    message,
    busy,
    summaryRef,
    conflictRef,
    submit,
    choose,
  };
}
