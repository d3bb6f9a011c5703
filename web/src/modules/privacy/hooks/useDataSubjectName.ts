import { useQuery } from '@apollo/client/react';
import { graphql } from '@mda/graphql';

const DataSubjectByIdQuery = graphql(`
  query DataSubjectById($input: DataSubjectSearchInput!) {
    findDataSubjects(input: $input) {
      id
      name
      dateOfBirth
    }
  }
`);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface DataSubjectName {
  /** The person's name and date of birth, null when the id is incomplete or outside the mandate. */
  person: { id: string; name: string; dateOfBirth: string | null } | null;
  /** A complete id was looked up and no person inside the mandate has it. */
  unknown: boolean;
  loading: boolean;
}

/**
 * The name of the person an art. 15/17 request is about, for the confirmation: looked up by id
 * (the access log's link, or an id a partner forwarded) within the privacy officer's mandate.
 * The API records the lookup (SEARCH).
 */
export function useDataSubjectName(personId: string): DataSubjectName {
  const id = personId.trim();
  const complete = UUID.test(id);
  const { data, loading } = useQuery(DataSubjectByIdQuery, {
    variables: { input: { personId: id } },
    skip: !complete,
  });
  const found = complete ? data?.findDataSubjects.find((m) => m.id === id) : undefined;
  return {
    person: found ? { id: found.id, name: found.name, dateOfBirth: found.dateOfBirth ?? null } : null,
    unknown: complete && !loading && data !== undefined && !found,
    loading,
  };
}
