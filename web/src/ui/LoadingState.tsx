import { Paragraph } from '@utrecht/component-library-react';

export interface LoadingStateProps {
  label: string;
}

export function LoadingState({ label }: LoadingStateProps) {
  return (
    <Paragraph role="status" aria-busy="true" className="mda-loading">
      {label}
    </Paragraph>
  );
}
