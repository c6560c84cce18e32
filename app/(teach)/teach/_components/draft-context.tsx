"use client";

import { createContext, useRef, type ReactNode } from "react";

/**
 * Whether the editor inside may "Save as draft" (a published item), and which button was pressed:
 * the Save panel's buttons `choose` just before the form submits; the save `takes` the choice.
 */
export interface DraftChoice {
  choose: (asDraft: boolean) => void;
  take: () => boolean;
}
export const DraftContext = createContext<DraftChoice | null>(null);

export function DraftProvider({ enabled, children }: { enabled: boolean; children: ReactNode }) {
  const requested = useRef(false);
  const choice: DraftChoice = {
    choose: (asDraft) => {
      requested.current = asDraft;
    },
    take: () => {
      const asDraft = requested.current;
      requested.current = false;
      return asDraft;
    },
  };
  return <DraftContext.Provider value={enabled ? choice : null}>{children}</DraftContext.Provider>;
}
