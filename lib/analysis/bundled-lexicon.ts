import { getBundledCaseStudy } from "@/lib/case-study/load";
import { compileLexicon, type CompiledLexicon } from "@/lib/engine";

let compiled: CompiledLexicon | null = null;

/** The bundled Derna lexicon, compiled once per process. */
export function getBundledLexicon(): CompiledLexicon {
  compiled ??= compileLexicon(getBundledCaseStudy().lexicon);
  return compiled;
}
