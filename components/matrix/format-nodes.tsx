import { Fragment, type ReactNode } from "react";
import { PLURAL_PLACEHOLDER, pluralForm } from "@/lib/i18n/plural";

/**
 * Fill `{name}` placeholders with elements (links, emphasis), so a sentence keeps the word
 * order of its language whatever its parts are.
 *
 * @param template a string with `{name}` placeholders
 * @param values the values, by name
 * @returns the sentence as a list of nodes
 */
export function formatNodes(template: string, values: Record<string, ReactNode>): ReactNode[] {
  // A counted noun takes the form its number asks for (plural.ts); the number is then plain text.
  const agreed = template.replace(PLURAL_PLACEHOLDER, (whole, name: string, forms: string) => {
    const value = values[name];
    return typeof value === "number" ? pluralForm(forms, value) : whole;
  });
  return agreed.split(/(\{\w+\})/).map((part, index) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    return <Fragment key={index}>{name !== undefined && name in values ? values[name] : part}</Fragment>;
  });
}
