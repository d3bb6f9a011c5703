import { createContext } from 'react';

/** Told about every plan write of this page, so live echoes of the own saves are not announced (`liveNotice.ts`). */
export interface PlanWriteTracker {
  started(): void;
  finished(): void;
}

export const PlanWriteTrackerContext = createContext<PlanWriteTracker | null>(null);
