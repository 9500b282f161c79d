// @vitest-environment node
import { afterEach, describe, expect, it, vi } from "vitest";
import { SETTINGS, checkSettings, settingsRefusal } from "@/lib/settings/settings";
import { register } from "@/instrumentation";

describe("the server's settings", () => {
  it("are all fine when none is set: each has a default", () => {
    expect(checkSettings({})).toEqual([]);
    expect(checkSettings(Object.fromEntries(SETTINGS.map((s) => [s.name, "  "])))).toEqual([]);
  });

  it("take every value the README documents", () => {
    const env = {
      FRAMELENS_ANALYZE_RATE: "600",
      FRAMELENS_FETCH_RATE: "off",
      FRAMELENS_DATA_DIR: "/var/lib/framelens",
      DATABASE_URL: "postgres://framelens:secret@127.0.0.1:5432/framelens",
      TRUST_PROXY: "1",
    };
    expect(checkSettings(env)).toEqual([]);
    expect(checkSettings({ FRAMELENS_ANALYZE_RATE: "0", FRAMELENS_FETCH_RATE: "OFF", TRUST_PROXY: "0", DATABASE_URL: "postgresql://db/framelens" })).toEqual([]);
  });

  it.each([
    ["FRAMELENS_ANALYZE_RATE", "abc", /FRAMELENS_ANALYZE_RATE "abc" is not allowed: it must be a whole number of analyses per minute per client, or 0 or off/],
    ["FRAMELENS_ANALYZE_RATE", "-5", /FRAMELENS_ANALYZE_RATE "-5" is not allowed/],
    ["FRAMELENS_FETCH_RATE", "20/min", /FRAMELENS_FETCH_RATE "20\/min" is not allowed: it must be a whole number of URL imports per minute/],
    ["FRAMELENS_FETCH_RATE", "1.5", /FRAMELENS_FETCH_RATE "1\.5" is not allowed/],
    ["TRUST_PROXY", "yes", /TRUST_PROXY "yes" is not allowed: it must be 1 behind a proxy that sets X-Forwarded-For, or 0/],
    ["FRAMELENS_DATA_DIR", "data\u0000dir", /FRAMELENS_DATA_DIR ".*" is not allowed: it must be the folder of the embedded database/],
    ["DATABASE_URL", "mysql://db/framelens", /DATABASE_URL is not allowed: it must be a PostgreSQL connection URL/],
  ])("refuse %s=%j, naming the setting and what it allows", (name, value, message) => {
    const problems = checkSettings({ [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.name).toBe(name);
    expect(problems[0]?.message).toMatch(message);
  });

  it("never repeat a database URL, which may hold a password", () => {
    const [problem] = checkSettings({ DATABASE_URL: "not a url with hunter2" });
    expect(problem?.message).not.toContain("hunter2");
  });

  it("refuse a FRAMELENS_ name that is no setting, so a misspelt one is not silently ignored", () => {
    expect(checkSettings({ FRAMELENS_ANALYSE_RATE: "10" })).toEqual([
      { name: "FRAMELENS_ANALYSE_RATE", message: expect.stringMatching(/FRAMELENS_ANALYSE_RATE is not a Framelens setting: the settings are FRAMELENS_ANALYZE_RATE, FRAMELENS_FETCH_RATE, FRAMELENS_DATA_DIR/) },
    ]);
  });

  it("are refused all at once, one line each, under a line that says the server will not start", () => {
    const text = settingsRefusal(checkSettings({ FRAMELENS_ANALYZE_RATE: "abc", TRUST_PROXY: "true" }));
    expect(text.split("\n")).toEqual([
      "framelens: the server will not start; fix these settings in its environment:",
      expect.stringMatching(/^ {2}FRAMELENS_ANALYZE_RATE "abc"/),
      expect.stringMatching(/^ {2}TRUST_PROXY "true"/),
    ]);
  });
});

describe("the server's start-up hook", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
    vi.restoreAllMocks();
  });

  it("stops the server with exit code 1 and the message when a setting is bad", async () => {
    process.env = { ...saved, NEXT_RUNTIME: "nodejs", FRAMELENS_ANALYZE_RATE: "abc" };
    const exit = vi.spyOn(process, "exit").mockImplementation((() => undefined) as never);
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    await register();
    expect(exit).toHaveBeenCalledWith(1);
    expect(String(error.mock.calls[0]?.[0])).toMatch(/the server will not start[\s\S]*FRAMELENS_ANALYZE_RATE "abc" is not allowed/);
  });

  it("lets the server start when every setting is allowed", async () => {
    process.env = { ...saved, NEXT_RUNTIME: "nodejs", FRAMELENS_ANALYZE_RATE: "60" };
    const exit = vi.spyOn(process, "exit").mockImplementation((() => undefined) as never);
    await register();
    expect(exit).not.toHaveBeenCalled();
  });
});
