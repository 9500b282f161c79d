// @vitest-environment node
import { describe, expect, it } from "vitest";
import { buildEvidenceRows, type EvidenceRow } from "@/lib/comparison/evidence";
import { formatCsv } from "@/lib/comparison/csv";
import { EXPORT_FIELDS, evidenceFileName, evidenceToCsv, evidenceToJson } from "@/lib/comparison/evidence-export";

/** One field as the exports write it. */
const csvField = (value: string | number | boolean | null) => formatCsv([[value]]).slice(0, -2);
import { NO_FILTERS, indexEvidenceRows, queryEvidence } from "@/lib/comparison/evidence-query";
import { getBundledCaseAnalysis } from "@/lib/comparison/get-analysis";

const analysis = getBundledCaseAnalysis("derna")!;
const rows = buildEvidenceRows(analysis);
const rawFiles = Object.fromEntries(analysis.caseStudy.articles.map((a) => [a.id, a.rawFile]));
const textOf = Object.fromEntries(analysis.caseStudy.articles.map((a) => [a.rawFile, a.text]));

/** A small RFC 4180 reader, to check the CSV as a spreadsheet would read it. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") record.push(field), (field = "");
    else if (c === "\r" && text[i + 1] === "\n") record.push(field), records.push(record), (record = []), (field = ""), i++;
    else field += c;
  }
  return records;
}

describe("a CSV field", () => {
  it("should leave plain values alone and write null as nothing", () => {
    expect(csvField("youm7")).toBe("youm7");
    expect(csvField(42)).toBe("42");
    expect(csvField(false)).toBe("false");
    expect(csvField(null)).toBe("");
  });

  it("should quote commas, quotes, line breaks and white space at either end", () => {
    expect(csvField("purification, cleansing")).toBe('"purification, cleansing"');
    expect(csvField('he said "no"')).toBe('"he said ""no"""');
    expect(csvField("a\nb")).toBe('"a\nb"');
    expect(csvField(" يقترب")).toBe('" يقترب"');
    expect(csvField("“تطهير”")).toBe("“تطهير”");
  });

  it("should keep a spreadsheet from running a field as a formula", () => {
    expect(csvField("=HYPERLINK(\"http://x\")")).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField("-1")).toBe("'-1");
    expect(csvField(-1)).toBe("-1");
  });
});

describe("evidenceToCsv", () => {
  it("should start with a byte-order mark and an English header naming every column", () => {
    const csv = evidenceToCsv([], rawFiles);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toBe(`\uFEFF${EXPORT_FIELDS.join(",")}\r\n`);
    expect(EXPORT_FIELDS).toEqual(expect.arrayContaining(["outlet", "article", "raw_file", "start", "end", "form", "context_before", "context_after"]));
  });

  it("should hold exactly the filtered rows, in order, with offsets that point at the form in the raw file", () => {
    const filtered = queryEvidence(indexEvidenceRows(rows), { ...NO_FILTERS, outlet: ["youm7"], category: ["terrorism"] });
    expect(filtered.length).toBeGreaterThan(0);
    const [header, ...records] = parseCsv(evidenceToCsv(filtered, rawFiles).slice(1));
    expect(header).toEqual([...EXPORT_FIELDS]);
    expect(records).toHaveLength(filtered.length);
    const at = (name: (typeof EXPORT_FIELDS)[number]) => header!.indexOf(name);
    records.forEach((record, i) => {
      const row = filtered[i] as EvidenceRow;
      expect(record[at("outlet")]).toBe("youm7");
      expect(record[at("category")]).toBe("terrorism");
      expect(record[at("article")]).toBe(row.article);
      expect(record[at("form")]).toBe(row.form);
      expect(record[at("context_before")]).toBe(row.before);
      const text = textOf[record[at("raw_file")]!]!;
      expect(text.slice(Number(record[at("start")]), Number(record[at("end")]))).toBe(row.form);
    });
  });

  it("should write a missing actor or stance as an empty field and flags as true/false", () => {
    const frame = rows.find((r) => r.actor === null && r.quoted)!;
    const [header, record] = parseCsv(evidenceToCsv([frame], rawFiles).slice(1));
    expect(record![header!.indexOf("actor")]).toBe("");
    expect(record![header!.indexOf("quoted")]).toBe("true");
    expect(record![header!.indexOf("page_chrome")]).toBe(String(frame.chrome));
  });
});

describe("evidenceToJson", () => {
  it("should be an array of objects with the CSV's fields, in the same order", () => {
    const some = rows.slice(0, 5);
    const records = JSON.parse(evidenceToJson(some, rawFiles)) as Record<string, unknown>[];
    expect(records).toHaveLength(5);
    for (const [i, record] of records.entries()) {
      expect(Object.keys(record)).toEqual([...EXPORT_FIELDS]);
      expect(record).toMatchObject({ article: some[i]!.article, start: some[i]!.start, end: some[i]!.end, raw_file: rawFiles[some[i]!.article] });
    }
  });
});

describe("evidenceFileName", () => {
  it("should say what the file holds", () => {
    expect(evidenceFileName("derna", NO_FILTERS, "csv")).toBe("framelens-derna-evidence.csv");
    expect(evidenceFileName("derna", { ...NO_FILTERS, outlet: ["youm7"], category: ["terrorism"] }, "csv")).toBe("framelens-derna-evidence-youm7-terrorism.csv");
    expect(evidenceFileName("derna", { ...NO_FILTERS, outlet: ["youm7", "qposts", "libya24"], q: "الليبي", hideChrome: true }, "json")).toBe(
      "framelens-derna-evidence-3-outlets-search-body-only.json",
    );
    expect(evidenceFileName("derna", { ...NO_FILTERS, entry: ["lna-libyan-army"], form: ["الجيش الليبى"] }, "csv")).toBe(
      "framelens-derna-evidence-lna-libyan-army-spelling.csv",
    );
    expect(evidenceFileName("derna", { ...NO_FILTERS, outlet: ["aljazeera"], language: ["en"] }, "json")).toBe("framelens-derna-evidence-aljazeera-en.json");
  });
});

describe("the referent and the curator's notes in the evidence export", () => {
  it("should write whom Libya24's headline داعش refers to and the curator's notes on it, in both languages", () => {
    const headline = rows.filter((row) => row.article === "libya24-2018-06" && row.start === 26);
    const [record] = JSON.parse(evidenceToJson(headline, rawFiles));
    expect(record).toMatchObject({ form: "داعش درنة", actor: "isis", referent: "dmsc" });
    expect(record.note_en).toMatch(/Derna Protection Force[\s\S]*\n\nCompare Al Jazeera Net/);
    expect(record.note_ar).toMatch(/قوة حماية درنة/);
  });

  it("should leave the notes empty and the referent the actor where the case study says nothing", () => {
    const plain = rows.filter((row) => row.article === "aljazeera-2016-04" && row.actor === "isis").slice(0, 1);
    const [header, line] = parseCsv(evidenceToCsv(plain, rawFiles).slice(1));
    const field = (name: string) => line![header!.indexOf(name)];
    expect(field("referent")).toBe("isis");
    expect(field("note_en")).toBe("");
    expect(field("note_ar")).toBe("");
  });
});

describe("the paragraph's translation in the evidence export", () => {
  it("should write the English of each body mention's whole paragraph, by Framelens, as plain text", () => {
    const body = rows.filter((row) => row.article === "youm7-2018-06" && !row.chrome).slice(0, 3);
    const [header, ...lines] = parseCsv(evidenceToCsv(body, rawFiles).slice(1));
    for (const [i, line] of lines.entries()) {
      const translation = line[header!.indexOf("paragraph_translation")]!;
      expect(translation).toBe(body[i]!.translation);
      expect(translation).toMatch(/[a-z]/);
      expect(translation).not.toMatch(/\[\[|\]\]/);
      expect(line[header!.indexOf("translation_by")]).toBe("framelens");
      expect(line[header!.indexOf("language")]).toBe("ar");
    }
  });

  it("should credit an editor's translation to the editor, and give an English article's language", () => {
    const [row] = rows.filter((r) => !r.chrome);
    const mine = { ...row!, language: "en" as const, translationBy: "editor" as const };
    const [record] = JSON.parse(evidenceToJson([mine], rawFiles));
    expect(record).toMatchObject({ language: "en", translation_by: "editor" });
  });

  it("should leave it empty for page chrome, which is not translated, and null in JSON", () => {
    const chrome = rows.filter((row) => row.chrome).slice(0, 1);
    expect(chrome).toHaveLength(1);
    const [header, line] = parseCsv(evidenceToCsv(chrome, rawFiles).slice(1));
    expect(line![header!.indexOf("paragraph_translation")]).toBe("");
    expect(JSON.parse(evidenceToJson(chrome, rawFiles))[0].paragraph_translation).toBeNull();
    expect(JSON.parse(evidenceToJson(chrome, rawFiles))[0].translation_by).toBeNull();
  });
});
