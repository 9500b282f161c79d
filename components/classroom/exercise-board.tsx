"use client";

import type { AnswerKey } from "@/lib/classroom/answer-key";
import type { ExerciseLine } from "@/lib/classroom/exercise-text";
import type { ExerciseMessages } from "@/lib/i18n/exercise-messages";
import type { Locale } from "@/lib/i18n/locale";
import { format } from "@/lib/i18n/messages";
import { CategoryPicker, type CategoryOption } from "./category-picker";
import { ExerciseActions } from "./exercise-actions";
import { ResultLists, type ResultNames, ResultSummary } from "./exercise-results";
import { ExerciseTextPanel } from "./exercise-text-panel";
import { MarksList } from "./marks-list";
import { useExerciseBoard } from "./use-exercise-board";

export interface ExerciseBoardProps {
  /** The article body, line by line, cut into words. */
  lines: ExerciseLine[];
  language: "ar" | "en";
  /** The reference answers: shown only after the student checks. */
  answerKey: AnswerKey;
  /** Where progress is kept in localStorage (progressKey). */
  storageKey: string;
  /** The ten categories, in taxonomy order, with their names and one-line explanations. */
  categories: CategoryOption[];
  names: ResultNames;
  /** The article's reader page, localized, for "see it in the reader" links. */
  readerPath: string;
  locale: Locale;
  strings: ExerciseMessages;
}

/**
 * The spot-the-framing exercise: the student marks words in the text and picks a category for
 * each; checking scores the marks in the browser against the answer key (no request), and the
 * marks and the last result are kept in localStorage.
 */
export function ExerciseBoard(props: ExerciseBoardProps) {
  const { lines, language, answerKey, categories, names, readerPath, locale, strings: t } = props;
  const board = useExerciseBoard(props);
  const { state, dispatch, score, activeMark, textOf } = board;
  const { checked, selections } = state;

  return (
    // data-ready: saved progress is read and the handlers are live (what a browser test waits for).
    <div className="grid gap-8" data-testid="exercise-board" data-ready={state.loaded ? "true" : undefined}>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem] xl:grid-cols-[minmax(0,52rem)_24rem]">
        <ExerciseTextPanel
          lines={lines}
          language={language}
          groups={board.groups}
          cursor={state.cursor}
          range={state.anchor !== null && !checked ? { from: state.anchor, to: state.cursor } : null}
          announcement={board.announcement}
          onKeyDown={board.onKeyDown}
          onWordPointerDown={board.onWordPointerDown}
          onWordPointerEnter={board.onWordPointerEnter}
          textRef={board.textRef}
          strings={t}
        />

        <aside aria-label={checked ? t.resultTitle : t.marksTitle} className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto">
          <div className="grid gap-5 rounded-xl border border-rule bg-white p-4">
            {checked && score ? (
              <ResultSummary score={score} strings={t} locale={locale} headingRef={board.resultRef} />
            ) : (
              <>
                {activeMark && (
                  <CategoryPicker
                    key={activeMark.start}
                    legend={format(t.categoryFor, { text: textOf(activeMark) })}
                    heading={t.categoryHeading}
                    language={language}
                    markText={textOf(activeMark)}
                    value={activeMark.category}
                    options={categories}
                    onChange={(category) => dispatch({ type: "categorize", start: activeMark.start, category })}
                    focusOnMount={state.pickerFocus}
                  />
                )}
                <MarksList
                  marks={selections.map((s) => ({ start: s.start, text: textOf(s), category: s.category }))}
                  active={state.active}
                  language={language}
                  categoryName={board.categoryName}
                  strings={t}
                  onSelect={(start) => dispatch({ type: "selectMark", start })}
                  onRemove={(start) => dispatch({ type: "removeMark", start })}
                />
              </>
            )}
            <ExerciseActions
              checked={checked}
              uncategorized={board.uncategorized}
              hasMarks={selections.length > 0}
              confirming={state.confirming}
              saved={state.saved}
              onCheck={board.check}
              onChangeMarks={() => dispatch({ type: "changeMarks" })}
              onAskStartAgain={() => dispatch({ type: "askStartAgain" })}
              onStartAgain={board.startAgain}
              onKeepMarks={() => dispatch({ type: "keepMarks" })}
              strings={t}
            />
          </div>
        </aside>
      </div>

      {checked && score && (
        <ResultLists score={score} entries={answerKey.entries} textOf={textOf} language={language} names={names} readerPath={readerPath} locale={locale} strings={t} />
      )}
    </div>
  );
}
