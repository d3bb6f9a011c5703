import { type DataCategory, graphql, type OrganisationType } from '@mda/graphql';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { failedOutcome, type MutationOutcome } from '../../../app/errors';

const RecordCaseEntryMutation = graphql(`
  mutation RecordCaseEntry($input: RecordCaseEntryInput!) {
    recordCaseEntry(input: $input) {
      id
      category
      redactedFields
    }
  }
`);

export interface RecordCaseEntryInput {
  caseId: string;
  category: DataCategory;
  title: string;
  body: string;
  occurredOn: string | null;
  concerns: string[];
  /** Only for RESTRICTED_NOTE; the API refuses it otherwise. */
  audience: OrganisationType[] | null;
}

export interface RecordCaseEntryMutation {
  record(input: RecordCaseEntryInput): Promise<MutationOutcome<{ id: string }>>;
  loading: boolean;
}

export function useRecordCaseEntryMutation(): RecordCaseEntryMutation {
  const [mutate, { loading }] = useMutation(RecordCaseEntryMutation);
  const record = useCallback(
    async (input: RecordCaseEntryInput): Promise<MutationOutcome<{ id: string }>> => {
      try {
        const result = await mutate({ variables: { input } });
        const entry = result.data?.recordCaseEntry;
        return entry ? { ok: true, data: { id: entry.id } } : { ok: false, code: 'UNKNOWN', message: null };
      } catch (error) {
        return failedOutcome(error);
      }
    },
    [mutate],
  );
  return { record, loading };
}
