"use client";

import { useQueryState } from "nuqs";
import { useEffect, useState, useTransition } from "react";
import { SwitchBox } from "@/components/ui/switch-box";
import { TRANSLATION_PARAM, translationParser } from "./url-state";

export interface TranslationPickerProps {
  /** True when the page shows the translation (the server's reading of the URL). */
  shown: boolean;
  strings: { translationToggle: string; translationToggleHint: string; translationShown: string; translationHidden: string };
}

/**
 * The switch that shows or hides the translation by Framelens beside each paragraph. The
 * choice lives in the URL (`?translation=hide`), so the view is a permalink; the server renders
 * the page anew for it.
 */
export function TranslationPicker({ shown, strings }: TranslationPickerProps) {
  const [, startTransition] = useTransition();
  const [announcement, setAnnouncement] = useState("");
  // The box follows the click at once; the page the server renders for it follows.
  const [checked, setChecked] = useState(shown);
  useEffect(() => setChecked(shown), [shown]);
  const [, setParam] = useQueryState(TRANSLATION_PARAM, translationParser.withOptions({ shallow: false, scroll: false, history: "push", startTransition }));
  function change(next: boolean) {
    setChecked(next);
    setAnnouncement(next ? strings.translationShown : strings.translationHidden);
    void setParam(next ? null : "hide");
  }
  return (
    <SwitchBox
      checked={checked}
      onChange={change}
      label={strings.translationToggle}
      hint={strings.translationToggleHint}
      announcement={announcement}
      testName="translation-shown"
    />
  );
}
