// Every setting the server reads from its environment, and what each allows. Checked once at
// start-up (instrumentation.ts): a bad value stops the server with a message naming the setting,
// instead of a server that starts and then fails every request that reads it.

/** A setting the server reads, what it allows, and how to tell. */
export interface Setting {
  name: string;
  /** What it allows, in words, as the start-up refusal prints it. */
  allowed: string;
  /** Whether a (non-empty) value is allowed. */
  accepts: (value: string) => boolean;
  /** Its value is not repeated in a refusal (a connection URL may hold a password). */
  secret?: true;
}

/** A per-minute rate: a whole number, or `0` / `off` for no limit. */
const RATE = /^(\d+|off)$/i;

/**
 * Whether a value is a per-minute rate a limiter reads: a whole number, `0` or `off`.
 *
 * @param value the setting's value, trimmed
 */
export function isRateValue(value: string): boolean {
  return RATE.test(value) && (value.toLowerCase() === "off" || Number.isSafeInteger(Number(value)));
}

/** Every setting, by name. An unset or empty one takes its default. */
export const SETTINGS: readonly Setting[] = [
  {
    name: "FRAMELENS_ANALYZE_RATE",
    allowed: "a whole number of analyses per minute per client, or 0 or off for no limit (default 600)",
    accepts: isRateValue,
  },
  {
    name: "FRAMELENS_FETCH_RATE",
    allowed: "a whole number of URL imports per minute per client, or 0 or off for no limit (default 20)",
    accepts: isRateValue,
  },
  {
    name: "FRAMELENS_DATA_DIR",
    allowed: "the folder of the embedded database, a path without control characters (default .data/pglite)",
    accepts: (value) => !/[\u0000-\u001f\u007f]/u.test(value),
  },
  {
    name: "DATABASE_URL",
    allowed: "a PostgreSQL connection URL, postgres://user:password@host:port/database (unset: the embedded database)",
    accepts: isPostgresUrl,
    secret: true,
  },
  {
    name: "TRUST_PROXY",
    allowed: "1 behind a proxy that sets X-Forwarded-For, or 0 (default 0)",
    accepts: (value) => value === "0" || value === "1",
  },
];

/** A setting whose value is not allowed, or a FRAMELENS_ name that is no setting. */
export interface SettingProblem {
  name: string;
  /** What is wrong and what is allowed, in one line. */
  message: string;
}

/**
 * Check every setting in an environment: each known one against what it allows, and every
 * `FRAMELENS_` name against the known ones (a misspelt setting would otherwise be ignored).
 *
 * @param env the environment (e.g. `process.env`)
 * @returns the problems, in the order of {@link SETTINGS}, then unknown names; empty when all is well
 */
export function checkSettings(env: Record<string, string | undefined>): SettingProblem[] {
  const problems: SettingProblem[] = [];
  for (const setting of SETTINGS) {
    const value = env[setting.name]?.trim();
    if (!value || setting.accepts(value)) continue;
    const shown = setting.secret ? "" : ` "${value}"`;
    problems.push({ name: setting.name, message: `${setting.name}${shown} is not allowed: it must be ${setting.allowed}` });
  }
  const known = new Set(SETTINGS.map((s) => s.name));
  for (const name of Object.keys(env).sort()) {
    if (name.startsWith("FRAMELENS_") && !known.has(name)) {
      const names = SETTINGS.filter((s) => s.name.startsWith("FRAMELENS_")).map((s) => s.name).join(", ");
      problems.push({ name, message: `${name} is not a Framelens setting: the settings are ${names}` });
    }
  }
  return problems;
}

/**
 * The message the server prints when it refuses to start.
 *
 * @param problems what {@link checkSettings} found (at least one)
 */
export function settingsRefusal(problems: readonly SettingProblem[]): string {
  return ["framelens: the server will not start; fix these settings in its environment:", ...problems.map((p) => `  ${p.message}`)].join("\n");
}

function isPostgresUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "postgres:" || url.protocol === "postgresql:") && url.hostname !== "";
  } catch {
    return false;
  }
}
