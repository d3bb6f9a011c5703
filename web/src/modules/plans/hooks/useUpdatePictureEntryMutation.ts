import { graphql, type UpdatePictureEntryInput } from '@mda/graphql';
import { type PlanWrite, usePlanWrite } from './usePlanWrite';

const UpdatePictureEntryMutation = graphql(`
  mutation UpdatePictureEntry($input: UpdatePictureEntryInput!) {
    updatePictureEntry(input: $input) {
      id
      version
      lifeDomain
      text
    }
  }
`);

/** Changes a beeldvorming entry of the own organisation; a stale expectedVersion gets CONFLICT with the current entry. */
export function useUpdatePictureEntryMutation(): PlanWrite<UpdatePictureEntryInput> {
  return usePlanWrite(UpdatePictureEntryMutation);
}
