import { getBundledCaseStudy } from "@/lib/case-study/load";
import { analyze, compileLexicon } from "@/lib/engine";

// What the bundled Derna lexicon tags in a sentence, for the tests of its labels.
const lexicon = compileLexicon(getBundledCaseStudy().lexicon);

/** Every mention the bundled lexicon finds in a sentence: its words, entry, actor and category. */
export function tagsOf(sentence: string) {
  return analyze(sentence, lexicon).mentions.map((m) => ({
    text: sentence.slice(m.start, m.end),
    entry: m.entry,
    actor: m.actor,
    category: m.category,
  }));
}

/** The mention that reads exactly `words`, if the lexicon finds one. */
export function tagOf(sentence: string, words: string) {
  return tagsOf(sentence).find((t) => t.text === words);
}

/** The engine's full mentions of a sentence under the bundled lexicon (voice, referent and all). */
export function mentionsOf(sentence: string) {
  return analyze(sentence, lexicon).mentions;
}
