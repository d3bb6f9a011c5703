import { graphql } from '@mda/graphql';
import { useQuery } from '@apollo/client/react';

export const FailedMailsQuery = graphql(`
  query FailedMails {
    failedMails {
      ...FailedMailTable_mail
    }
  }
`);

/** The mails the sender gave up on (functional administrator only). */
export function useFailedMails() {
  return useQuery(FailedMailsQuery, { fetchPolicy: 'cache-and-network' });
}
