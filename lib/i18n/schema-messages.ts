import { type LocalizedText, messageText, type TextValue } from "./localized-text";
import { defineMessages } from "./messages";

// The case-study schema's rule texts and the words of a validation issue, in both languages.
// Apart from the server's other refusals (server-error-messages.ts) because the schema is read in
// the browser too (categories, stances, the lexicon editor's checks): the pages that read it
// carry these few lines, not every refusal the server can give.

/** The schema's rule texts and the validator's (zod's) words, English and Arabic. */
export const SCHEMA_MESSAGES = defineMessages({
  en: {
    schemaSlug: "must be a lower-case kebab-case id such as lna-libyan-national-army",
    schemaNotEmpty: "must not be empty",
    schemaDate: "must be YYYY, YYYY-MM or YYYY-MM-DD",
    schemaRawFile: "must be a .txt file name inside the case folder",
    schemaNeedsForm: "needs at least one form",
    schemaDateParts: "date must have exactly the parts its datePrecision names",
    schemaStance: "stance is required exactly when the entry labels an actor",
    schemaArticlesOrOutlets: "give articles or outlets, not both: a rule covers listed articles or every article of listed outlets",
    schemaRuleNeedsEntries: "a rule for labels that name no actor must list the entries it covers",
    schemaStartBeforeEnd: "end must be after start",
    issueExpected: "must be {expected}",
    typeString: "a string",
    typeNumber: "a number",
    typeBoolean: "true or false",
    typeArray: "an array",
    typeObject: "an object",
    typeNull: "null",
    issueOneOf: "must be one of {values}",
    issueUnknownKeys: "unknown field: {keys}",
    issueMinItems: "must have at least {min} items",
    issueMaxItems: "must have at most {max} items",
    issueMinLength: "must have at least {min} characters",
    issueMaxLength: "must have at most {max} characters",
    issuePattern: "must match the pattern {pattern}",
    issueInvalid: "is not valid",
  },
  ar: {
    schemaSlug: "يجب أن يكون معرّفًا بحروف لاتينية صغيرة وأرقام تفصل بينها شرطات، مثل \u200elna-libyan-national-army\u200e",
    schemaNotEmpty: "يجب ألا يكون فارغًا",
    // Non-breaking hyphens, as the editor's date hint: "YYYY-" and "MM" on two lines read as two things.
    schemaDate: "يجب أن يكون بالصيغة \u200eYYYY\u200e أو \u200eYYYY\u2011MM\u200e أو \u200eYYYY\u2011MM\u2011DD\u200e",
    schemaRawFile: "يجب أن يكون اسم ملف \u200e.txt\u200e داخل مجلد دراسة الحالة",
    schemaNeedsForm: "يحتاج صيغة واحدة على الأقل",
    schemaDateParts: "يجب أن يتضمن \u200edate\u200e الأجزاء التي يسمّيها \u200edatePrecision\u200e بالضبط",
    schemaStance: "يلزم \u200estance\u200e حين يسمّي المصطلح فاعلًا، وحينها فقط",
    schemaArticlesOrOutlets: "اذكر المقالات أو الوسائل لا كليهما: القاعدة تشمل مقالات مسمّاة أو كل مقالات وسائل مسمّاة",
    schemaRuleNeedsEntries: "القاعدة الخاصة بتسميات لا تسمّي فاعلًا يجب أن تذكر المصطلحات التي تشملها",
    schemaStartBeforeEnd: "يجب أن تقع النهاية بعد البداية",
    issueExpected: "يجب أن يكون {expected}",
    typeString: "نصًا",
    typeNumber: "عددًا",
    typeBoolean: "\u200etrue\u200e أو \u200efalse\u200e",
    typeArray: "مصفوفة",
    typeObject: "كائنًا",
    typeNull: "\u200enull\u200e",
    issueOneOf: "يجب أن يكون إحدى القيم {values}",
    issueUnknownKeys: "حقل غير معروف: {keys}",
    issueMinItems: "يجب ألا يقل عدد عناصره عن {min}",
    issueMaxItems: "يجب ألا يزيد عدد عناصره على {max}",
    issueMinLength: "يجب ألا يقل عدد أحرفه عن {min}",
    issueMaxLength: "يجب ألا يزيد عدد أحرفه على {max}",
    issuePattern: "يجب أن يطابق النمط {pattern}",
    issueInvalid: "قيمة غير صالحة",
  },
});

/** The key of one schema text. */
export type SchemaMessageKey = keyof (typeof SCHEMA_MESSAGES)["en"];

/**
 * One schema text in both languages, its placeholders filled ({@link messageText}).
 *
 * @param key the message
 * @param values the values of its placeholders
 */
export function schemaText(key: SchemaMessageKey, values: Record<string, TextValue> = {}): LocalizedText {
  return messageText(SCHEMA_MESSAGES, key, values);
}
