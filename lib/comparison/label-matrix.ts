import type { Stance } from "@/lib/case-study/schema";
import type { Bilingual } from "@/lib/case-study/types";
import type { CaseAnalysis, CaseMention } from "./analyze-case";
import { labelSpelling } from "./label-spelling";
import { belongsToRow } from "./occurrences";

/** One label (lexicon entry) as one outlet used it for one actor or event. */
export interface LabelUse {
  entry: string;
  /**
   * The label as a reader expects a word: the outlet's most-used spelling of it for this row, as
   * the text writes it without a proclitic ({@link labelSpelling}); else the entry's first plain form.
   */
  form: string;
  gloss: string;
  category: string | null;
  stance: Stance | null;
  /** Body mentions (page chrome excluded). */
  count: number;
  /** How many of them stood in quotation marks or after "so-called". */
  quoted: number;
  /** The distinct spellings the text used, as written (الجيش الليبي، للجيش الليبى …). */
  spellings: string[];
  /**
   * The actor the label literally names when the outlet used it for this row's actor (the case
   * study's referent rules and notes say so): "داعش — literally: the Islamic State". Else null.
   */
  literal: string | null;
  /** The curator's notes on these uses, each once. */
  notes: Bilingual[];
}

/** One row of a matrix: an actor or an event, and per outlet the labels used for it. */
export interface MatrixRow {
  id: string;
  name: { en: string; ar: string };
  /** Per outlet id, its labels, most used first; an empty list means the outlet never names it. */
  cells: Record<string, LabelUse[]>;
}

/**
 * The actor × outlet label matrix: for every actor, the labels each outlet used for it.
 *
 * @param analysis the analyzed case study
 * @returns one row per actor of the case study, in its order
 */
export function buildActorMatrix(analysis: CaseAnalysis): MatrixRow[] {
  return analysis.caseStudy.actors.map((actor) => ({
    id: actor.id,
    name: actor.name,
    cells: cellsFor(analysis, belongsToRow("actor", actor.id), true),
  }));
}

/**
 * The event × outlet matrix: for every event, the terms each outlet named it with.
 *
 * @param analysis the analyzed case study
 * @returns one row per event of the case study, in its order
 */
export function buildEventMatrix(analysis: CaseAnalysis): MatrixRow[] {
  return analysis.caseStudy.events.map((event) => ({
    id: event.id,
    name: event.name,
    cells: cellsFor(analysis, belongsToRow("event", event.id), false),
  }));
}

// `byReferent`: rows are the actors labels refer to, so a label filed under another says what it names.
function cellsFor(analysis: CaseAnalysis, belongs: (m: CaseMention) => boolean, byReferent: boolean): Record<string, LabelUse[]> {
  const entries = new Map(analysis.caseStudy.lexicon.map((e) => [e.id, e]));
  const cells: Record<string, Map<string, LabelUse>> = Object.fromEntries(analysis.caseStudy.outlets.map((o) => [o.id, new Map()]));
  const spellingCounts = new Map<LabelUse, Map<string, number>>();
  for (const { article, mentions } of analysis.articles) {
    const cell = cells[article.outlet.id];
    if (!cell) continue;
    for (const mention of mentions) {
      if (mention.chrome || !belongs(mention)) continue;
      const entry = entries.get(mention.entry);
      if (!entry) continue;
      let use = cell.get(entry.id);
      if (!use) {
        use = { entry: entry.id, form: "", gloss: entry.gloss, category: entry.category, stance: entry.stance, count: 0, quoted: 0, spellings: [], literal: null, notes: [] };
        cell.set(entry.id, use);
        spellingCounts.set(use, new Map());
      }
      use.count++;
      if (mention.quoted) use.quoted++;
      const spelling = mention.text.replace(/\s+/g, " ");
      if (!use.spellings.includes(spelling)) use.spellings.push(spelling);
      const counts = spellingCounts.get(use) as Map<string, number>;
      counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
      if (byReferent && mention.actor !== mention.referent) use.literal = mention.actor;
      for (const note of mention.notes) if (!use.notes.some((n) => n.en === note.en)) use.notes.push(note);
    }
  }
  for (const [use, counts] of spellingCounts) use.form = labelSpelling(counts, entries.get(use.entry)?.forms ?? []);
  return Object.fromEntries(
    Object.entries(cells).map(([outlet, uses]) => [outlet, [...uses.values()].sort((a, b) => b.count - a.count || a.entry.localeCompare(b.entry))]),
  );
}
