import { describe, expect, it } from "vitest";
import { analyze, compileLexicon } from "@/lib/engine";
import { term } from "./fixtures";

// Sentences written for these tests; none is quoted from an article.
const lexicon = compileLexicon([
  term("so-called", ["ما يسمى", "ما يعرف", "المزعوم", "المزعومة", "so-called", "self-styled"], { category: "delegitimization" }),
  term("claim", ["بزعم", "claiming", "claimed"], {
    category: "delegitimization",
    except: { after: ["responsibility"] },
  }),
  term("lna-libyan-army", ["الجيش الليبي", "Libyan National Army"], { category: "state-legitimacy", actor: "lna", stance: "legitimizing" }),
  term("dmsc-name", ["مجلس شورى مجاهدي درنة", "Shura Council"], { category: null, actor: "dmsc", stance: "neutral" }),
  term("liberation", ["تحرير", "liberation"], { category: "liberation" }),
]);
/** Each mention as "text:entry:actor:voice". */
const tags = (text: string) => analyze(text, lexicon).mentions.map((m) => `${m.text}:${m.entry}:${m.actor}:${m.voice}`);

describe("a hedge before a name", () => {
  it("is a label of the actor it hedges, and the name after it stays at a distance", () => {
    expect(tags("تقدمت قوات ما يسمى الجيش الليبي نحو المدينة")).toEqual([
      "ما يسمى:so-called:lna:outlet",
      "الجيش الليبي:lna-libyan-army:lna:distanced",
    ]);
    expect(tags("the so-called Libyan National Army moved east")).toEqual([
      "so-called:so-called:lna:outlet",
      "Libyan National Army:lna-libyan-army:lna:distanced",
    ]);
  });

  it("reaches its name across a separate بـ and quotation marks", () => {
    expect(tags('أعلن ما يسمى بـ"مجلس شورى مجاهدي درنة" عن قوة جديدة').slice(0, 2)).toEqual([
      "ما يسمى:so-called:dmsc:outlet",
      "مجلس شورى مجاهدي درنة:dmsc-name:dmsc:distanced",
    ]);
    expect(tags("هاجم تنظيم ما يعرف بمجلس شورى مجاهدي درنة المعسكر")).toEqual([
      "ما يعرف:so-called:dmsc:outlet",
      "بمجلس شورى مجاهدي درنة:dmsc-name:dmsc:distanced",
    ]);
  });

  it("keeps its proclitic and still finds its name (لما يسمى)", () => {
    expect(tags("قال المسؤول العام لما يسمى الجيش الليبي إن القوة جاهزة")[0]).toBe("لما يسمى:so-called:lna:outlet");
  });

  it("names no one when no name the lexicon knows follows it", () => {
    expect(tags("وصلت قوات ما يسمى حماية المدينة إلى الميناء")).toEqual(["ما يسمى:so-called:null:outlet"]);
    expect(tags("the so-called protection force, and later the Libyan National Army, moved east")).toEqual([
      "so-called:so-called:null:outlet",
      "Libyan National Army:lna-libyan-army:lna:outlet",
    ]);
  });

  it("does not reach a name beyond a comma", () => {
    expect(tags("تحدث عن ما يسمى، الجيش الليبي")[0]).toBe("ما يسمى:so-called:null:outlet");
  });

  it("withholds legitimacy from the actor it hedges", () => {
    const [hedge] = analyze("the so-called Libyan National Army moved east", lexicon).mentions;
    expect(hedge).toMatchObject({ actor: "lna", referent: "lna", stance: "delegitimizing", category: "delegitimization" });
  });
});

describe("a hedge after a label", () => {
  it("takes the actor of the label right before it (المزعوم)", () => {
    expect(tags("تحدث البيان عن التحرير المزعوم للمدينة")).toEqual(["التحرير:liberation:null:distanced", "المزعوم:so-called:null:outlet"]);
    expect(tags("رفض الأهالي الجيش الليبي المزعوم")).toEqual(["الجيش الليبي:lna-libyan-army:lna:distanced", "المزعوم:so-called:lna:outlet"]);
  });
});

describe("a hedge on a claim", () => {
  it("delegitimizes the claim and names no actor", () => {
    expect(tags("قصف الجيش الليبي المدينة بزعم وجود مسلحين")).toEqual(["الجيش الليبي:lna-libyan-army:lna:outlet", "بزعم:claim:null:outlet"]);
    expect(tags("the Libyan National Army shelled the port, claiming it held fighters")).toEqual([
      "Libyan National Army:lna-libyan-army:lna:outlet",
      "claiming:claim:null:outlet",
    ]);
  });

  it("is not a claim of responsibility", () => {
    expect(tags("the Shura Council claimed responsibility for the ambush")).toEqual(["Shura Council:dmsc-name:dmsc:outlet"]);
  });
});

describe("a hedge inside a quotation", () => {
  it("keeps the statement's voice: the speaker holds the name at a distance, not the outlet", () => {
    const sentence = 'وقال المتحدث: "إن ما يسمى الجيش الليبي يحاصر المدينة منذ أشهر طويلة"';
    expect(tags(sentence)).toEqual(["ما يسمى:so-called:lna:attributed", "الجيش الليبي:lna-libyan-army:lna:attributed"]);
    expect(tags('The spokesman said: "the so-called Libyan National Army has shelled our homes for months"')).toEqual([
      "so-called:so-called:lna:attributed",
      "Libyan National Army:lna-libyan-army:lna:attributed",
    ]);
  });
});
