// @vitest-environment node
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const RAW = "data/derna/raw";
const MENTION_KEYS = ["actor", "category", "end", "entry", "event", "quoted", "referent", "stance", "start", "text", "voice"];

function runCli(...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/analyze.ts", ...args], { encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "framelens-cli-"));
});
const tempFile = (name: string, content: string | Uint8Array) => {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
};

describe("npm run analyze", () => {
  it.each(readdirSync(RAW).filter((f) => f.endsWith(".txt")))("tags the seed file %s per the contract", (file) => {
    const { status, stdout } = runCli(path.join(RAW, file));
    expect(status).toBe(0);
    const text = readFileSync(path.join(RAW, file), "utf8");
    const result = JSON.parse(stdout);
    expect(result.words).toBeGreaterThan(200);
    expect(result.mentions.length).toBeGreaterThan(10);
    for (const mention of result.mentions) {
      expect(Object.keys(mention).sort()).toEqual(MENTION_KEYS);
      expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    }
  });

  it("gives a seed file the chrome lines its article lists, as the app does", () => {
    const file = path.join(RAW, "004_34b74b3da89c24fc.txt");
    const text = readFileSync(file, "utf8");
    const result = JSON.parse(runCli(file).stdout);
    const chrome = result.chrome.map((c: { start: number; end: number }) => text.slice(c.start, c.end));
    expect(chrome[0]).toMatch(/^جانب من معارك درنة ضد تنظيم الدولة\.\n/);
    expect(chrome.at(-1)).toMatch(/^المصدر : الجزيرة[\s\S]*الأكثر قراءة$/);
  });

  it("knows a seed file's article, so Libya24's headline داعش refers to the Shura Council and its history's Islamic State to itself", () => {
    const result = JSON.parse(runCli(path.join(RAW, "001_be86f70e453d7f27.txt")).stdout);
    const at = (start: number) => result.mentions.find((m: { start: number }) => m.start === start);
    expect(at(26)).toMatchObject({ text: "داعش درنة", actor: "isis", referent: "dmsc" });
    const history = result.mentions.find((m: { entry: string }) => m.entry === "isis-islamic-state");
    expect(history).toMatchObject({ actor: "isis", referent: "isis" });
  });

  it("gives a text that is no seed file's the label's own actor as its referent", () => {
    const article = tempFile("headline.txt", "سقوط داعش درنة بعد حصار طويل");
    const result = JSON.parse(runCli(article).stdout);
    const daesh = result.mentions.find((m: { entry: string }) => m.entry === "isis-daesh-of-derna");
    expect(daesh).toMatchObject({ actor: "isis", referent: "isis" });
  });

  it("uses the lexicon named by --lexicon", () => {
    const lexicon = tempFile("lexicon.json", JSON.stringify([
      { id: "storming", forms: ["اقتحام"], gloss: "storming", category: "assault", actor: null, stance: null, event: null, note: "Storming casts the operation as an attack.", seeds: [] },
    ]));
    const article = tempFile("article.txt", "عملية مرتقبة لاقتحام درنة");
    const { status, stdout } = runCli(article, "--lexicon", lexicon);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      words: 4,
      mentions: [{ start: 13, end: 20, text: "لاقتحام", entry: "storming", actor: null, referent: null, category: "assault", stance: null, event: null, voice: "outlet", quoted: false }],
      chrome: [],
    });
  });

  it("refuses a missing file argument with the usage line", () => {
    const { status, stderr } = runCli();
    expect(status).toBe(2);
    expect(stderr).toMatch(/missing FILE/);
    expect(stderr).toMatch(/usage: npm run --silent analyze -- FILE/);
  });

  it("refuses a file that does not exist, naming it", () => {
    const { status, stderr, stdout } = runCli(path.join(dir, "nope.txt"));
    expect(status).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/nope\.txt does not exist/);
  });

  it("refuses an empty file", () => {
    const { status, stderr } = runCli(tempFile("empty.txt", ""));
    expect(status).toBe(1);
    expect(stderr).toMatch(/empty\.txt is empty/);
  });

  it("refuses a file that is not UTF-8, saying where the first bad byte is", () => {
    // "درنة" in Windows-1256.
    const { status, stderr } = runCli(tempFile("cp1256.txt", Uint8Array.from([0x64, 0x20, 0xcf, 0xd1, 0xe4, 0xc9])));
    expect(status).toBe(1);
    expect(stderr).toMatch(/cp1256\.txt is not UTF-8 text \(first invalid byte at offset 2\)/);
  });

  it("refuses a file with a NUL character, naming its offset", () => {
    const { status, stderr, stdout } = runCli(tempFile("nul.txt", "قوات\u0000حفتر"));
    expect(status).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/nul\.txt holds a NUL character \(U\+0000\) at offset 4/);
  });

  it("refuses a file of only invisible characters as empty", () => {
    const { status, stderr } = runCli(tempFile("invisible.txt", "\u200b\u200f\u00a0\n"));
    expect(status).toBe(1);
    expect(stderr).toMatch(/invisible\.txt is empty/);
  });

  it("names the first bad byte of a surrogate encoded in UTF-8, not the end of the file", () => {
    const { status, stderr } = runCli(tempFile("surrogate.txt", Uint8Array.from([0x61, 0xed, 0xa0, 0x80, 0x62, 0x63, 0x64])));
    expect(status).toBe(1);
    expect(stderr).toMatch(/surrogate\.txt is not UTF-8 text \(first invalid byte at offset 1\)/);
  });

  it("refuses a text over the size limit, naming the limit", () => {
    const { status, stderr } = runCli(tempFile("huge.txt", "ب".repeat(512 * 1024 + 1)));
    expect(status).toBe(1);
    expect(stderr).toMatch(/huge\.txt is 1\.00 MiB \(1,048,578 bytes\); the limit is 1\.00 MiB \(1,048,576 bytes\)/);
  });

  it("refuses a lexicon entry with a bad field, naming the entry and the field", () => {
    const lexicon = tempFile("bad-lexicon.json", JSON.stringify([
      { id: "storming", forms: ["اقتحام"], gloss: "storming", category: "attack", actor: null, stance: null, event: null, note: "n", seeds: [] },
    ]));
    const { status, stderr } = runCli(tempFile("a.txt", "اقتحام"), "--lexicon", lexicon);
    expect(status).toBe(1);
    expect(stderr).toMatch(/bad-lexicon\.json: entry #0 "storming": field "category": Invalid option/);
  });

  it("refuses a lexicon that is not JSON", () => {
    const { status, stderr } = runCli(tempFile("b.txt", "اقتحام"), "--lexicon", tempFile("broken.json", "[{"));
    expect(status).toBe(1);
    expect(stderr).toMatch(/broken\.json is not valid JSON/);
  });
});
