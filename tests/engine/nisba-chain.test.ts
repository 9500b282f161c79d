// @vitest-environment node
import { describe, expect, it } from "vitest";
import { analyze, compileLexicon } from "@/lib/engine";
import { term } from "./fixtures";

const involvement = (actor: string | null) => ({ category: "foreign-involvement", actor, stance: "neutral" as const });
const lexicon = compileLexicon([
  term("egypt-supervision", ["إشراف مصري"], involvement("egypt")),
  term("egypt-backing", ["دعم مصري", "غطاء جوي مصري"], involvement("egypt")),
  term("emirati", ["إماراتي", "إماراتية"], involvement("uae")),
  term("french-role", ["الطائرات الفرنسية", "دعم فرنسي"], involvement(null)),
  term("turkish-role", ["دعم تركي"], involvement(null)),
  term("militias", ["الميليشيات"], { category: "delegitimization", stance: "delegitimizing" }),
]);
/** Each mention as text:entry:actor. */
const found = (text: string) => analyze(text, lexicon).mentions.map((m) => `${m.text}:${m.entry}:${m.actor ?? "-"}`);

describe("a foreign-involvement label followed by other countries' adjectives", () => {
  it("involves each country the adjectives name, under one shared head", () => {
    expect(found("تقدمت الميليشيات تحت غطاء جوي مصري إماراتي فرنسي نحو الميناء")).toEqual([
      "الميليشيات:militias:-",
      "غطاء جوي مصري:egypt-backing:egypt",
      "إماراتي:emirati:uae",
      "فرنسي:french-role:-",
    ]);
  });

  it("reads adjectives joined by و, written on the word or alone, and by commas", () => {
    expect(found("تلقى دعم مصري وإماراتي وتركي")).toEqual(["دعم مصري:egypt-backing:egypt", "وإماراتي:emirati:uae", "وتركي:turkish-role:-"]);
    expect(found("تلقى دعم فرنسي، و تركي")).toEqual(["دعم فرنسي:french-role:-", "تركي:turkish-role:-"]);
  });

  it("does not read a country's name as its adjective (دعم فرنسي وتركيا: Turkey, the country)", () => {
    expect(found("تلقى دعم فرنسي وتركيا")).toEqual(["دعم فرنسي:french-role:-"]);
    expect(found("تلقى دعم فرنسي، تركي")).toEqual(["دعم فرنسي:french-role:-", "تركي:turkish-role:-"]);
  });

  it("files a country under its backing entry, not under a narrower one that also ends in its adjective", () => {
    expect(found("تحت غطاء إماراتي مصري")).toEqual(["إماراتي:emirati:uae", "مصري:egypt-backing:egypt"]);
  });

  it("stops at the first word that is no country's adjective", () => {
    expect(found("أكد دعم مصري كامل فرنسي")).toEqual(["دعم مصري:egypt-backing:egypt"]);
    expect(found("رفض دعم مصري لقوات ليبية")).toEqual(["دعم مصري:egypt-backing:egypt"]);
  });

  it("leaves a country adjective alone when no involvement label comes before it", () => {
    expect(found("قال صحفي فرنسي إن المدينة هادئة")).toEqual([]);
  });
});
