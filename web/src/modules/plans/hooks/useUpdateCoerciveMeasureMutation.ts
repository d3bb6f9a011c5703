import { graphql, type UpdateCoerciveMeasureInput } from '@mda/graphql';
import { type PlanWrite, usePlanWrite } from './usePlanWrite';

const UpdateCoerciveMeasureMutation = graphql(`
  mutation UpdateCoerciveMeasure($input: UpdateCoerciveMeasureInput!) {
    updateCoerciveMeasure(input: $input) {
      id
      version
      endsOn
    }
  }
`);

/** Changes a measure, e.g. extends a restraining order. */
export function useUpdateCoerciveMeasureMutation(): PlanWrite<UpdateCoerciveMeasureInput> {
  return usePlanWrite(UpdateCoerciveMeasureMutation);
}
