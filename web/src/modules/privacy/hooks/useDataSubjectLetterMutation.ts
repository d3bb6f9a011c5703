import { graphql } from '@mda/graphql';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { failedOutcome, type MutationOutcome } from '../../../app/errors';

const DataSubjectLetterMutation = graphql(`
  mutation DataSubjectExportLetter($personId: ID!) {
    dataSubjectExportLetter(personId: $personId) {
      fileName
      pdfBase64
    }
  }
`);

/** The art. 15 answer as a Dutch PDF letter; the API records it as an EXPORT like the JSON. */
export function useDataSubjectLetterMutation(): {
  letter(personId: string): Promise<MutationOutcome<{ fileName: string; pdfBase64: string }>>;
  loading: boolean;
} {
  const [mutate, { loading }] = useMutation(DataSubjectLetterMutation);
  const letter = useCallback(
    async (personId: string): Promise<MutationOutcome<{ fileName: string; pdfBase64: string }>> => {
      try {
        const data = (await mutate({ variables: { personId } })).data?.dataSubjectExportLetter;
        return data
          ? { ok: true, data: { fileName: data.fileName, pdfBase64: data.pdfBase64 } }
          : { ok: false, code: 'UNKNOWN', message: null };
      } catch (error) {
        return failedOutcome(error);
      }
    },
    [mutate],
  );
  return { letter, loading };
}
