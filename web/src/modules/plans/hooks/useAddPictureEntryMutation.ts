import { graphql, type AddPictureEntryInput } from '@mda/graphql';
import { type PlanWrite, usePlanWrite } from './usePlanWrite';

const AddPictureEntryMutation = graphql(`
  mutation AddPictureEntry($input: AddPictureEntryInput!) {
    addPictureEntry(input: $input) {
      id
      version
    }
  }
`);

/** Adds a beeldvorming entry for a life domain. */
export function useAddPictureEntryMutation(): PlanWrite<AddPictureEntryInput> {
  return usePlanWrite(AddPictureEntryMutation);
}
