import { graphql, type AddPlanNoteInput } from '@mda/graphql';
import { type PlanWrite, usePlanWrite } from './usePlanWrite';

const AddPlanNoteMutation = graphql(`
  mutation AddPlanNote($input: AddPlanNoteInput!) {
    addPlanNote(input: $input) {
      id
    }
  }
`);

/** A note on an element, for the team or a restricted audience. */
export function useAddPlanNoteMutation(): PlanWrite<AddPlanNoteInput> {
  return usePlanWrite(AddPlanNoteMutation);
}
