// @vitest-environment node
import { describe, expect, it } from "vitest";
import { getBundledCaseStudy } from "@/lib/case-study/load";
import { analyzeCaseStudy } from "@/lib/comparison/analyze-case";
import { buildActorMatrix, buildEventMatrix, type LabelUse } from "@/lib/comparison/label-matrix";
import { buildMatrixCsv, describeLabelUses, formatCsv } from "@/lib/comparison/matrix-csv";

const analysis = analyzeCaseStudy(getBundledCaseStudy());
const outlets = analysis.caseStudy.outlets;

/** A small RFC 4180 reader, to check that what the CSV says comes back whole. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(field), (field = "");
    else if (c === "\r" && text[i + 1] === "\n") row.push(field), rows.push(row), (row = []), (field = ""), i++;
    else field += c;
  }
  return rows;
}

const use = (over: Partial<LabelUse>): LabelUse => ({ entry: "e", form: "قوات حفتر", gloss: "Haftar's forces", category: "delegitimization", stance: "delegitimizing", count: 3, quoted: 0, spellings: [], literal: null, notes: [], ...over });

describe("formatCsv", () => {
  it("should leave plain fields bare and end every line with CRLF", () => {
    expect(formatCsv([["a", "b"], ["c", ""]])).toBe("a,b\r\nc,\r\n");
  });

  it("should quote fields with commas, quotes and line breaks, doubling the quotes", () => {
    expect(formatCsv([['say "so-called", then', "two\nlines", "crlf\r\n"]])).toBe('"say ""so-called"", then","two\nlines","crlf\r\n"\r\n');
  });

  it("should keep a spreadsheet from running a field as a formula", () => {
    expect(formatCsv([["=1+1", "+x", "-y", "@z", "a=b"]])).toBe("'=1+1,'+x,'-y,'@z,a=b\r\n");
  });
});

describe("describeLabelUses", () => {
  it("should say 'never named' for an empty cell", () => {
    expect(describeLabelUses([])).toBe("never named");
  });

  it("should give each label's form, gloss, count, category, stance and quoted uses", () => {
    expect(describeLabelUses([use({}), use({ form: "تطهير", gloss: "purification", category: "liberation", stance: null, count: 2, quoted: 1 })])).toBe(
      "قوات حفتر (Haftar's forces) ×3 [delegitimization, delegitimizing]; تطهير (purification) ×2 [liberation, 1 quoted]",
    );
  });

  it("should say, by name, what a label filed under another actor literally names, and carry the curator's note", () => {
    const daesh = use({ form: "داعش", gloss: "Daesh", category: null, stance: "neutral", count: 1, literal: "isis", notes: [{ en: "The fighters were the Shura Council's.", ar: "المقاتلون هم مقاتلو المجلس." }] });
    expect(describeLabelUses([daesh], new Map([["isis", "the Islamic State"]]))).toBe(
      "داعش (Daesh) ×1 [plain name, literally names the Islamic State] {curator's note: The fighters were the Shura Council's.}",
    );
  });
});

describe("buildMatrixCsv", () => {
  const rows = parseCsv(buildMatrixCsv(buildActorMatrix(analysis), outlets, "actor"));

  it("should name every column in English: the actor, then one column per outlet", () => {
    expect(rows[0]).toEqual(["Actor id", "Actor", "Actor (Arabic)", "Qposts", "Libya24", "Youm7", "Al Jazeera"]);
  });

  it("should give one row per actor, every row as wide as the header", () => {
    expect(rows.slice(1).map((row) => row[0])).toEqual(analysis.caseStudy.actors.map((a) => a.id));
    for (const row of rows) expect(row).toHaveLength(3 + outlets.length);
  });

  it("should list Youm7's labels for the LNA with their counts, and say where an outlet never names an actor", () => {
    const lna = rows.find((row) => row[0] === "lna")!;
    expect(lna[1]).toBe("Haftar-led forces (Libyan National Army)");
    expect(lna[2]).toBe("القوات بقيادة حفتر (الجيش الوطني الليبي)");
    // Each label as Youm7 wrote it most often (its final ى included), not as the lexicon lists it.
    expect(lna[5]).toContain("قوات الجيش الوطنى الليبى (the Libyan National Army) ×7 [state-legitimacy, legitimizing]");
    // Seven framing labels and the plain name Operation Dignity.
    expect(lna[5]!.split("; ")).toHaveLength(8);
    expect(rows.find((row) => row[0] === "uae")![5]).toBe("never named");
  });

  it("should file Libya24's داعش under the Shura Council and say it literally names the Islamic State", () => {
    const dmsc = rows.find((row) => row[0] === "dmsc")!;
    const islamicState = rows.find((row) => row[0] === "isis")![1];
    expect(dmsc[4]).toMatch(new RegExp(`داعش[^;]*literally names ${islamicState}[^;]*\\{curator's note: `));
  });

  it("should do the same for events, naming the first columns after them", () => {
    const events = parseCsv(buildMatrixCsv(buildEventMatrix(analysis), outlets, "event"));
    expect(events[0]).toEqual(["Event id", "Event", "Event (Arabic)", "Qposts", "Libya24", "Youm7", "Al Jazeera"]);
    expect(events.find((row) => row[0] === "assault-2018")![3]).toMatch(/^تطهير \(purification, cleansing\) ×2 \[liberation, 1 quoted\]; /);
  });
});
