import { graphql, type AddCoerciveMeasureInput } from '@mda/graphql';
import { type PlanWrite, usePlanWrite } from './usePlanWrite';

const AddCoerciveMeasureMutation = graphql(`
  mutation AddCoerciveMeasure($input: AddCoerciveMeasureInput!) {
    addCoerciveMeasure(input: $input) {
      id
      version
    }
  }
`);

/** Records a coercive measure with its clock. */
export function useAddCoerciveMeasureMutation(): PlanWrite<AddCoerciveMeasureInput> {
  return usePlanWrite(AddCoerciveMeasureMutation);
}
