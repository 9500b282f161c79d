"use client";

import type { RefObject } from "react";
import { describeProblem, type SaveFailure } from "@/lib/editor/save-outcome";
import type { EditorMessages } from "@/lib/i18n/editor-messages";
import { format } from "@/lib/i18n/messages";
import { BUTTON, DANGER_BUTTON, ERROR_BOX } from "./form-styles";

export interface SaveFailureBoxProps {
  failure: SaveFailure;
  /** The stored version the draft is based on. */
  version: number;
  /** A request is under way. */
  busy: boolean;
  onDownloadDraft: () => void;
  onLoadTheirs: () => void;
  /** Save over the version someone else saved. */
  onOverwrite: (theirVersion: number) => void;
  boxRef: RefObject<HTMLDivElement | null>;
  strings: EditorMessages;
}

/**
 * Why a request was refused. After a conflict nothing typed is lost: the draft can be downloaded
 * before their version replaces it, or saved over theirs.
 */
export function SaveFailureBox({ failure, version, busy, onDownloadDraft, onLoadTheirs, onOverwrite, boxRef, strings: t }: SaveFailureBoxProps) {
  return (
    <div ref={boxRef} tabIndex={-1} role="alert" className={`${ERROR_BOX} grid gap-3`} data-testid="save-failure">
      <FailureText failure={failure} version={version} strings={t} />
      {failure.kind === "conflict" && (
        <div className="flex flex-wrap gap-2">
          <button type="button" className={BUTTON} onClick={onDownloadDraft}>
            {t.conflictDownload}
          </button>
          <button type="button" className={BUTTON} onClick={onLoadTheirs} disabled={busy}>
            {t.conflictLoad}
          </button>
          {failure.theirVersion !== null && (
            <button type="button" className={DANGER_BUTTON} onClick={() => onOverwrite(failure.theirVersion ?? version)} disabled={busy}>
              {t.conflictOverwrite}
            </button>
          )}
        </div>
      )}
    </div>
  );
}

function FailureText({ failure, version, strings: t }: { failure: SaveFailure; version: number; strings: EditorMessages }) {
  switch (failure.kind) {
    case "conflict":
      return (
        <div>
          <h2 className="font-semibold">{t.conflictTitle}</h2>
          <p>{format(t.conflictBody, { theirs: failure.theirVersion ?? "?", yours: version })}</p>
        </div>
      );
    case "invalid":
      return (
        <div>
          <h2 className="font-semibold">{t.invalidTitle}</h2>
          {/* The server names each problem in the page's language (fetchApi asks for it). */}
          <ul className="mt-1 list-inside list-disc">
            {failure.problems.map((problem, index) => (
              <li key={index}>{describeProblem(problem)}</li>
            ))}
          </ul>
        </div>
      );
    default:
      return (
        <div>
          <h2 className="font-semibold">{t.refusedTitle}</h2>
          <p>{failure.kind === "network" ? failure.message : format(t.serverError, { message: failure.message })}</p>
        </div>
      );
  }
}
