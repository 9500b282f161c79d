"use client";

import { useQueryState } from "nuqs";
import { Suspense, lazy, useState } from "react";
import { LABEL_PARAM } from "./label-param";
import type { OccurrencesDialogProps } from "./occurrences-dialog";

// The dialog's code comes with the first label opened, not with the page: a phone hydrating the
// overview has no use for it until then.
const OccurrencesDialog = lazy(() => import("./occurrences-dialog").then((module) => ({ default: module.OccurrencesDialog })));

/**
 * Where the overview's occurrences dialog stands: nothing at all until `?label=` names a label
 * (a click on one, or a permalink), then the dialog, its code and its content loaded as it opens.
 * Once opened it stays mounted, closed or not: it gives the focus back to the label on closing,
 * and keeps what it has loaded.
 */
export function OccurrencesDialogGate(props: OccurrencesDialogProps) {
  const [label] = useQueryState(LABEL_PARAM);
  const [opened, setOpened] = useState(false);
  if (label && !opened) setOpened(true);
  if (!label && !opened) return null;
  return (
    <Suspense fallback={null}>
      <OccurrencesDialog {...props} />
    </Suspense>
  );
}
