import { graphql } from '@mda/graphql';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { failedOutcome, type MutationOutcome } from '../../../app/errors';

const DataSubjectExportMutation = graphql(`
  mutation DataSubjectExport($personId: ID!) {
    dataSubjectExport(personId: $personId) {
      generatedAt
      document
    }
  }
`);

export interface DataSubjectExport {
  generatedAt: string;
  /** The JSON document for the data subject (AVG art. 15). */
  document: string;
}

export interface DataSubjectExportMutation {
  exportPerson(personId: string): Promise<MutationOutcome<DataSubjectExport>>;
  loading: boolean;
}

/** Runs an art. 15 export; the API records it as an EXPORT in the access log. */
export function useDataSubjectExportMutation(): DataSubjectExportMutation {
  const [mutate, { loading }] = useMutation(DataSubjectExportMutation);
  const exportPerson = useCallback(
    async (personId: string): Promise<MutationOutcome<DataSubjectExport>> => {
      try {
        const result = await mutate({ variables: { personId } });
        const data = result.data?.dataSubjectExport;
        return data
          ? { ok: true, data: { generatedAt: data.generatedAt, document: data.document } }
          : { ok: false, code: 'UNKNOWN', message: null };
      } catch (error) {
        return failedOutcome(error);
      }
    },
    [mutate],
  );
  return { exportPerson, loading };
}
