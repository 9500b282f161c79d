import { z } from "zod";
import { schemaText } from "@/lib/i18n/schema-messages";
import { ruleMessage } from "./issue-text";
import { isBlankText } from "./text-rules";

/** Framing categories of the reference taxonomy (DESIGN.md), in display order. */
export const CATEGORY_IDS = [
  "terrorism",
  "extremism",
  "state-legitimacy",
  "delegitimization",
  "liberation",
  "assault",
  "civilian-harm",
  "foreign-involvement",
  "popular-support",
  "religious-ideological",
] as const;

/** Stance of an actor label toward its actor. */
export const STANCES = ["legitimizing", "neutral", "delegitimizing"] as const;

const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, ruleMessage(schemaText("schemaSlug")));
/**
 * A string with something to read: not empty once trimmed, and not only invisible format
 * characters (a zero-width space, a direction mark …), which count as empty. Both are reported
 * as the same "too small" issue, so every reader of the schema words them alike.
 */
export const nonEmpty = z
  .string()
  .trim()
  .min(1, ruleMessage(schemaText("schemaNotEmpty")))
  .superRefine((text, ctx) => {
    if (text !== "" && isBlankText(text)) {
      ctx.addIssue({ code: "too_small", origin: "string", minimum: 1, inclusive: true, input: text, message: ruleMessage(schemaText("schemaNotEmpty")) });
    }
  });
const bilingualName = z.strictObject({ en: nonEmpty, ar: nonEmpty });

export const outletSchema = z.strictObject({
  id: slug,
  name: bilingualName,
  country: nonEmpty,
  /** The country in Arabic, for the Arabic interface; without it the English shows. */
  country_ar: nonEmpty.optional(),
  language: z.enum(["ar", "en"]),
  description: nonEmpty,
  /** The description in Arabic, for the Arabic interface; without it the English shows. */
  description_ar: nonEmpty.optional(),
});

export const actorSchema = z.strictObject({
  id: slug,
  name: bilingualName,
  description: nonEmpty,
});

export const eventSchema = z.strictObject({
  id: slug,
  name: bilingualName,
  period: nonEmpty,
  /** The period in Arabic, for the Arabic interface; without it the English shows. */
  period_ar: nonEmpty.optional(),
  description: nonEmpty,
});

/** How precisely an article's date is known: "2018-02-13" (day), "2018-05" (month), "2018" (year). */
export const datePrecisionSchema = z.enum(["day", "month", "year"]);

export const articleSchema = z
  .strictObject({
    id: slug,
    outlet: slug,
    headline: nonEmpty.nullable(),
    subheadline: nonEmpty.nullable(),
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, ruleMessage(schemaText("schemaDate"))),
    datePrecision: datePrecisionSchema,
    dateApproximate: z.boolean(),
    dateEvidence: nonEmpty,
    /** How the date was worked out, in Arabic, for the Arabic interface; without it the English shows. */
    dateEvidence_ar: nonEmpty.optional(),
    byline: nonEmpty.nullable(),
    rawFile: z.string().regex(/^[\w.-]+\.txt$/, ruleMessage(schemaText("schemaRawFile"))),
    language: z.enum(["ar", "en"]),
    events: z.array(slug),
    /** Extra page-chrome lines for this article: each a line's exact text (trimmed). */
    chromeLines: z.array(nonEmpty),
  })
  .refine(
    (a) => a.date.split("-").length === { year: 1, month: 2, day: 3 }[a.datePrecision],
    { message: ruleMessage(schemaText("schemaDateParts")), path: ["date"] },
  );

/** A lexicon entry: one label or framing term with every surface form it is written in. */
export const lexiconEntrySchema = z
  .strictObject({
    id: slug,
    forms: z.array(nonEmpty).min(1, ruleMessage(schemaText("schemaNeedsForm"))),
    gloss: nonEmpty,
    /** A framing category, or null for a plain name that only names its actor. */
    category: z.enum(CATEGORY_IDS).nullable(),
    actor: slug.nullable(),
    stance: z.enum(STANCES).nullable(),
    event: slug.nullable(),
    /** Why the term frames, in English (the CLI, the API and the exchange format read this one). */
    note: nonEmpty,
    /** The same note in Arabic, for the Arabic interface; without it the English note shows. */
    note_ar: nonEmpty.optional(),
    seeds: z.array(z.string().regex(/^[\w.-]+\.txt$/)),
    /** Where the label was seen in real coverage (outlet and year), beyond the case's own articles. */
    seenIn: z.array(z.strictObject({ outlet: nonEmpty, year: z.number().int().min(1900).max(2100) })).optional(),
    /** Context rules for false friends: the entry does not match right after / right before these phrases. */
    except: z
      .strictObject({
        before: z.array(nonEmpty).optional(),
        after: z.array(nonEmpty).optional(),
      })
      .optional(),
    /**
     * A short form that refers back (المجلس، التنظيم، قواته): the actor of the nearest earlier
     * mention → the id of the entry whose actor, category and stance it then takes.
     */
    refersBack: z.record(slug, slug).optional(),
  })
  .refine((e) => (e.actor === null) === (e.stance === null), {
    message: ruleMessage(schemaText("schemaStance")),
    path: ["stance"],
  });

export type Outlet = z.infer<typeof outletSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type CaseEvent = z.infer<typeof eventSchema>;
export type Article = z.infer<typeof articleSchema>;
export type LexiconEntry = z.infer<typeof lexiconEntrySchema>;
export type CategoryId = (typeof CATEGORY_IDS)[number];
export type Stance = (typeof STANCES)[number];

/**
 * A referent rule: in the articles it covers, a label that literally names `actor` refers to
 * `referent` (Libya24's داعش in June 2018 names the Islamic State and means the Shura Council).
 * It covers the listed articles, or every article of the listed outlets (or every article),
 * narrowed to the listed years and to articles about `event`; `entries` narrows it to those
 * labels. A rule whose actor is null covers labels that name no actor, so it must list entries.
 */
export const referentRuleSchema = z
  .strictObject({
    id: slug,
    /** The actor the label literally names, or null for labels that name none. */
    actor: slug.nullable(),
    /** The actor the label refers to in these articles. */
    referent: slug,
    articles: z.array(slug).min(1).optional(),
    outlets: z.array(slug).min(1).optional(),
    years: z.array(z.number().int().min(1900).max(2100)).min(1).optional(),
    event: slug.optional(),
    entries: z.array(slug).min(1).optional(),
    note_en: nonEmpty,
    note_ar: nonEmpty,
  })
  .refine((r) => r.articles === undefined || r.outlets === undefined, {
    message: ruleMessage(schemaText("schemaArticlesOrOutlets")),
    path: ["outlets"],
  })
  .refine((r) => r.actor !== null || r.entries !== undefined, {
    message: ruleMessage(schemaText("schemaRuleNeedsEntries")),
    path: ["entries"],
  });

/**
 * A curator's note on one occurrence: the mention at `start`–`end` (UTF-16 offsets into the
 * article's raw text) gets the note and, if given, its referent.
 */
export const curatorNoteSchema = z
  .strictObject({
    article: slug,
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    note_en: nonEmpty,
    note_ar: nonEmpty,
    referent: slug.optional(),
  })
  .refine((n) => n.start < n.end, { message: ruleMessage(schemaText("schemaStartBeforeEnd")), path: ["end"] });

/**
 * An English translation of one article (never the outlet's words): its headline and
 * sub-headline (null where the article has none) and one paragraph per body paragraph as the
 * reader shows them (every non-blank body line; chrome is not translated). A framing term tagged
 * in the original is marked `[[rendering|entry-id]]` (translation-marks.ts). `by` says who
 * translated: Framelens (absent, as in the bundled files) or the case study's editor, whose
 * translation may lack a headline or differ in paragraph count (the reader says so).
 */
export const translationSchema = z.strictObject({
  article: slug,
  headline: nonEmpty.nullable(),
  subheadline: nonEmpty.nullable(),
  paragraphs: z.array(nonEmpty),
  by: z.enum(["framelens", "editor"]).optional(),
});

export type ReferentRule = z.infer<typeof referentRuleSchema>;
export type CuratorNote = z.infer<typeof curatorNoteSchema>;
export type Translation = z.infer<typeof translationSchema>;

/** Who translated an article: Framelens, or the case study's editor. */
export type Translator = NonNullable<Translation["by"]>;

/**
 * Who translated a translation, read honestly: only one marked as the editor's is theirs.
 *
 * @param translation a translation
 * @returns "editor" or "framelens"
 */
export function translatorOf(translation: Pick<Translation, "by">): Translator {
  return translation.by ?? "framelens";
}
