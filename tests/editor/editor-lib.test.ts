// @vitest-environment node
import { describe, expect, it } from "vitest";
import { exportCaseStudy } from "@/lib/case-study/exchange";
import { getBundledCaseStudy } from "@/lib/case-study/load";
import { buildArticle, checkArticleInput, inputFromArticle, precisionOfDate, putArticle, removeArticle, type ArticleInput } from "@/lib/editor/article-input";
import { draftFromExchange } from "@/lib/editor/draft";
import { compileDraftLexicon, tagText } from "@/lib/editor/live-tagging";
import { caseIdFrom } from "@/lib/editor/case-link";
import { buildNewCase, buildOutlets, checkNewCase, completeDraft } from "@/lib/editor/new-case";
import { editLink, forgetCase, readRememberedCases, rememberCase, rememberedToken, REMEMBERED_CASES_KEY, tokenFromHash } from "@/lib/editor/remembered-cases";
import { describeProblem, readSaveFailure } from "@/lib/editor/save-outcome";

const derna = () => draftFromExchange(exportCaseStudy(getBundledCaseStudy()));
const input = (over: Partial<ArticleInput> = {}): ArticleInput => ({ headline: "", byline: "", date: "2018-05", outlet: "youm7", language: "ar", text: "نص", ...over });

describe("precisionOfDate", () => {
  it("should refuse what is not a date, an impossible month or day included", () => {
    expect(precisionOfDate("")).toBeNull();
    expect(precisionOfDate("May 2018")).toBeNull();
    expect(precisionOfDate("2018-13")).toBeNull();
    expect(precisionOfDate("2018-02-30")).toBeNull();
  });
  it("should read the precision from the parts given", () => {
    expect(precisionOfDate("2018")).toBe("year");
    expect(precisionOfDate("2018-05")).toBe("month");
    expect(precisionOfDate("2016-02-29")).toBe("day");
  });
});

describe("an article from the form", () => {
  it("should name each field that keeps it from being added", () => {
    expect(checkArticleInput(input({ outlet: "nope", date: "18", text: "  " }), ["youm7"])).toEqual(["outlet", "date", "text"]);
    expect(checkArticleInput(input(), ["youm7"])).toEqual([]);
  });

  it("should count a text of only invisible characters as empty, as the server does", () => {
    expect(checkArticleInput(input({ text: "\u200b\u200c\u200f\u00a0\u200d\ufeff" }), ["youm7"])).toEqual(["text"]);
    expect(checkArticleInput(input({ text: "\u200bنص\u200f" }), ["youm7"])).toEqual([]);
  });

  it("should refuse a text over the 1 MiB limit per article before it is saved", () => {
    expect(checkArticleInput(input({ text: "ب".repeat(512 * 1024 + 1) }), ["youm7"])).toEqual(["size"]);
    expect(checkArticleInput(input({ text: "x".repeat(1024 * 1024) }), ["youm7"])).toEqual([]);
  });

  it("should refuse a text with a NUL or a lone surrogate before it is saved", () => {
    expect(checkArticleInput(input({ text: "نص\u0000" }), ["youm7"])).toEqual(["character"]);
    expect(checkArticleInput(input({ text: "\ud83dنص" }), ["youm7"])).toEqual(["character"]);
    expect(checkArticleInput(input({ text: "نص 😀" }), ["youm7"])).toEqual([]);
  });

  it("should get a readable unique id, a raw file after it and null for empty optional fields", () => {
    const draft = derna();
    const article = buildArticle(input({ date: "2018-06" }), draft);
    expect(article.id).toBe("youm7-2018-06-2");
    expect(article.rawFile).toBe("youm7-2018-06-2.txt");
    expect(article.headline).toBeNull();
    expect(article.byline).toBeNull();
    expect(article.datePrecision).toBe("month");
    expect(article.dateEvidence).not.toBe("");
  });

  it("should keep an edited article's id, raw file and events, and read back into the form", () => {
    const draft = derna();
    const original = draft.articles[0]!;
    const edited = buildArticle({ ...inputFromArticle(original), headline: "  New headline " }, draft, original);
    expect(edited).toEqual({ ...original, headline: "New headline" });
    const next = putArticle(draft, edited);
    expect(next.articles).toHaveLength(draft.articles.length);
    expect(next.articles[0]!.headline).toBe("New headline");
  });

  it("should drop the Arabic of how the date was worked out once a new reason replaces the English", () => {
    const draft = derna();
    const original = draft.articles[0]!;
    expect(original.dateEvidence_ar).toBeTruthy();
    const redated = buildArticle({ ...inputFromArticle(original), date: "2018-05-20", dateEvidence: "The editor read it on the page." }, draft, original);
    expect(redated.dateEvidence).toBe("The editor read it on the page.");
    expect("dateEvidence_ar" in redated).toBe(false);
  });

  it("should keep its translation when its headline or text changes, and take the one the form gives", () => {
    const draft = derna();
    const original = draft.articles[0]!;
    const retitled = putArticle(draft, { ...original, headline: "New headline", text: `${original.text}\nOne more paragraph.` });
    expect(retitled.translations).toEqual(draft.translations);
    const mine = { article: original.id, headline: null, subheadline: null, paragraphs: ["My own English."], by: "editor" as const };
    const retranslated = putArticle(draft, original, mine);
    expect(retranslated.translations).toHaveLength(draft.translations!.length);
    expect(retranslated.translations!.find((t) => t.article === original.id)).toEqual(mine);
    const untranslated = putArticle(draft, original, null);
    expect(untranslated.translations!.map((t) => t.article)).not.toContain(original.id);
  });

  it("should be removed with its translation and the lexicon seeds that named its file", () => {
    const draft = derna();
    const gone = draft.articles[0]!;
    const next = removeArticle(draft, gone.id);
    expect(next.articles.map((a) => a.id)).not.toContain(gone.id);
    expect(next.lexicon.some((e) => e.seeds.includes(gone.rawFile))).toBe(false);
    expect(next.translations!.map((t) => t.article)).not.toContain(gone.id);
    expect(draft.lexicon.some((e) => e.seeds.includes(gone.rawFile))).toBe(true);
  });
});

describe("a new case study from the form", () => {
  const form = {
    name: "Sudan 2023",
    nameAr: "",
    description: "Khartoum fighting",
    descriptionAr: "",
    outlets: [
      { name: "Sudan Tribune", nameAr: "", country: "Sudan", language: "en" as const, description: "" },
      { name: "Sudan Tribune", nameAr: "سودان تربيون", country: "France", language: "ar" as const, description: "Arabic edition" },
    ],
  };

  it("should name the missing fields", () => {
    expect(checkNewCase({ ...form, name: " ", outlets: [{ ...form.outlets[0]!, country: "" }] })).toEqual([{ field: "name" }, { field: "outlet-country", outlet: 0 }]);
    expect(checkNewCase(form)).toEqual([]);
  });

  it("should give outlets unique ids, the English where Arabic is missing and a default description", () => {
    const outlets = buildOutlets(form.outlets);
    expect(outlets.map((o) => o.id)).toEqual(["sudan-tribune", "sudan-tribune-2"]);
    expect(outlets[0]!.name).toEqual({ en: "Sudan Tribune", ar: "Sudan Tribune" });
    expect(outlets[0]!.description).toBe("Sudan Tribune, Sudan");
    expect(outlets[1]!.description).toBe("Arabic edition");
  });

  it("should start from an empty lexicon or take another's, its seeds emptied", () => {
    expect(buildNewCase(form, null).lexicon).toEqual([]);
    const draft = buildNewCase(form, derna());
    expect(draft.lexicon).toHaveLength(derna().lexicon.length);
    expect(draft.lexicon.every((e) => e.seeds.length === 0)).toBe(true);
    expect(draft.name).toEqual({ en: "Sudan 2023", ar: "Sudan 2023" });
    expect(draft.articles).toEqual([]);
  });

  it("should find a case study's id in its id, its read link or its edit link", () => {
    expect(caseIdFrom("derna")).toBe("derna");
    expect(caseIdFrom("https://x.example/cases/sudan-2023-ab12?lang=ar")).toBe("sudan-2023-ab12");
    expect(caseIdFrom("/cases/sudan-2023/edit#token=abc")).toBe("sudan-2023");
    expect(caseIdFrom("not an id")).toBeNull();
  });
});

describe("the case studies this browser remembers", () => {
  const memory = () => {
    const data = new Map<string, string>();
    return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
  };

  it("should survive a damaged store", () => {
    const store = memory();
    store.setItem(REMEMBERED_CASES_KEY, "{not json");
    expect(readRememberedCases(store)).toEqual([]);
    store.setItem(REMEMBERED_CASES_KEY, JSON.stringify([{ id: 1 }, { id: "a", name: { en: "A", ar: "A" }, token: null }]));
    expect(readRememberedCases(store).map((c) => c.id)).toEqual(["a"]);
  });

  it("should put the latest first, keep a token once known, and forget on request", () => {
    const store = memory();
    rememberCase(store, { id: "a", name: { en: "A", ar: "A" }, token: "t-a" });
    rememberCase(store, { id: "b", name: { en: "B", ar: "B" }, token: "t-b" });
    rememberCase(store, { id: "a", name: { en: "A2", ar: "A2" }, token: null });
    expect(readRememberedCases(store).map((c) => `${c.id}:${c.name.en}:${c.token}`)).toEqual(["a:A2:t-a", "b:B:t-b"]);
    expect(rememberedToken(store, "b")).toBe("t-b");
    forgetCase(store, "b");
    expect(rememberedToken(store, "b")).toBeNull();
  });

  it("should carry the token in the edit link's fragment and read it back", () => {
    const link = editLink("https://x.example", "sudan", "a+b/c");
    expect(link).toBe("https://x.example/cases/sudan/edit#token=a%2Bb%2Fc");
    expect(tokenFromHash(new URL(link).hash)).toBe("a+b/c");
    expect(tokenFromHash("")).toBeNull();
    expect(tokenFromHash("#m-12")).toBeNull();
  });
});

describe("a refused save", () => {
  it("should read the version someone else saved from a 409", () => {
    const failure = readSaveFailure(409, { error: 'case study "x" was saved by someone else since you opened it (you edited version 2; it is now at version 3): nothing was changed' });
    expect(failure).toMatchObject({ kind: "conflict", theirVersion: 3 });
  });

  it("should list a 400's problems, each naming its entry and field", () => {
    const failure = readSaveFailure(400, {
      error: "invalid",
      problems: [{ file: "request body: caseStudy.articles", entry: 'entry #1 "y-2018"', field: "date", message: "must be YYYY" }, "junk"],
    });
    expect(failure.kind).toBe("invalid");
    if (failure.kind !== "invalid") return;
    expect(failure.problems).toHaveLength(1);
    expect(describeProblem(failure.problems[0]!)).toBe('articles · entry #1 "y-2018" · date: must be YYYY');
  });

  it("should list a 413's problems too, so the article over the size limit is named", () => {
    const failure = readSaveFailure(413, {
      error: "too large",
      problems: [{ file: "request body: caseStudy.articles", entry: 'entry #4 "y-2018"', field: "text", message: "the article's text is 6.10 MiB (6,396,314 bytes); the limit per article is 1.00 MiB (1,048,576 bytes)" }],
    });
    expect(failure.kind).toBe("invalid");
    if (failure.kind !== "invalid") return;
    expect(describeProblem(failure.problems[0]!)).toMatch(/^articles · entry #4 "y-2018" · text: the article's text is 6\.10 MiB .*the limit per article is 1\.00 MiB/);
  });

  it("should keep the server's message for any other refusal", () => {
    expect(readSaveFailure(403, { error: "the edit token does not open it" })).toEqual({ kind: "refused", status: 403, message: "the edit token does not open it" });
    expect(readSaveFailure(500, "oops")).toEqual({ kind: "refused", status: 500, message: "the server answered 500" });
  });

  it("should read the version someone else saved from an Arabic 409, by its currentVersion", () => {
    const failure = readSaveFailure(409, { error: "حفظ شخص آخر دراسة الحالة «x» منذ فتحتها (حرّرت الإصدار 2، وهي الآن في الإصدار 3)", currentVersion: 3 }, "ar");
    expect(failure).toMatchObject({ kind: "conflict", theirVersion: 3 });
  });

  it("should say in Arabic what the server answered when it gave no reason, on an Arabic page", () => {
    expect(readSaveFailure(502, null, "ar")).toEqual({ kind: "refused", status: 502, message: "ردّ الخادم بالحالة 502" });
  });

  it("should drop the imported file's label from a problem, as the request body's", () => {
    const problem = { file: "the imported file: caseStudy.lexicon", entry: "العنصر رقم 0 «a»", field: "forms", message: "يحتاج صيغة واحدة على الأقل" };
    expect(describeProblem(problem)).toBe("lexicon · العنصر رقم 0 «a» · forms: يحتاج صيغة واحدة على الأقل");
  });
});

describe("live tagging", () => {
  const english = [
    { id: "rebels", forms: ["rebels", "rebel"], gloss: "rebels", category: "delegitimization" as const, actor: null, stance: null, event: null, note: "Withholds legitimacy.", seeds: [] },
    { id: "terrorists", forms: ["terrorists", "terrorist"], gloss: "terrorists", category: "terrorism" as const, actor: null, stance: null, event: null, note: "A terror label.", seeds: [] },
    { id: "freedom-fighters", forms: ["freedom fighters"], gloss: "freedom fighters", category: "religious-ideological" as const, actor: null, stance: null, event: null, note: "Confers revolutionary legitimacy.", seeds: [] },
  ];

  it("should set aside a term whose form is another's and still tag the others, as the lexicon editor does", () => {
    const result = compileDraftLexicon([english[0]!, { ...english[1]!, forms: ["Rebels", "terrorists"] }, english[2]!]);
    if (!result.ok) throw new Error(result.error);
    expect([...result.untagged]).toEqual(["terrorists"]);
    const tagged = tagText("Rebels and terrorists, or freedom fighters?", result.lexicon);
    expect(tagged.mentions.map((m) => [m.entry, m.text])).toEqual([
      ["rebels", "Rebels"],
      ["freedom-fighters", "freedom fighters"],
    ]);
  });

  it("should leave out a form just added and still blank", () => {
    const result = compileDraftLexicon([{ ...english[0]!, forms: ["rebels", "  "] }]);
    if (!result.ok) throw new Error(result.error);
    expect(result.untagged.size).toBe(0);
    expect(tagText("The rebels left.", result.lexicon).mentions.map((m) => m.entry)).toEqual(["rebels"]);
  });

  it("should tag an English article with an English lexicon, case-insensitively and across a line break", () => {
    const compiled = compileDraftLexicon(english);
    if (!compiled.ok) throw new Error(compiled.error);
    const text = "Rebels entered the town. The government called them terrorists;\nsupporters called them freedom\nfighters.";
    const tagged = tagText(text, compiled.lexicon);
    expect(tagged.mentions.map((m) => [m.entry, m.text])).toEqual([
      ["rebels", "Rebels"],
      ["terrorists", "terrorists"],
      ["freedom-fighters", "freedom\nfighters"],
    ]);
    expect(tagged.bodyMentions).toBe(3);
    expect(tagged.words).toBe(14);
  });

  it("should tag Arabic with the Derna lexicon as the reader does", () => {
    const compiled = compileDraftLexicon(derna().lexicon);
    if (!compiled.ok) throw new Error(compiled.error);
    const tagged = tagText("تقدمت قوات الجيش الوطني الليبي نحو درنة لمحاربة الجماعات الإرهابية", compiled.lexicon);
    expect(tagged.mentions.map((m) => m.entry)).toEqual(["lna-libyan-national-army", "dmsc-terrorist-groups"]);
  });
});

describe("a draft as it is saved", () => {
  it("should fill an empty Arabic with the English and an empty outlet description, and leave empty English for the server to name", () => {
    const draft = buildNewCase({ name: "A", nameAr: "", description: "B", descriptionAr: "", outlets: [] }, null);
    const edited = {
      ...draft,
      name: { en: "Case", ar: " " },
      outlets: [
        { id: "x", name: { en: "X News", ar: "" }, country: "Libya", language: "ar" as const, description: "" },
        { id: "y", name: { en: "", ar: "" }, country: "", language: "en" as const, description: "" },
      ],
    };
    const saved = completeDraft(edited);
    expect(saved.name).toEqual({ en: "Case", ar: "Case" });
    expect(saved.outlets[0]).toMatchObject({ name: { en: "X News", ar: "X News" }, description: "X News, Libya" });
    expect(saved.outlets[1]).toMatchObject({ name: { en: "", ar: "" }, description: "" });
    expect(edited.name.ar).toBe(" ");
  });
});
