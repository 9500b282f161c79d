import { Fragment, type ReactNode } from "react";

/**
 * Fill `{name}` placeholders with elements (links, emphasis), so a sentence keeps the word
 * order of its language whatever its parts are.
 *
 * @param template a string with `{name}` placeholders
 * @param values the values, by name
 * @returns the sentence as a list of nodes
 */
export function formatNodes(template: string, values: Record<string, ReactNode>): ReactNode[] {
  return template.split(/(\{\w+\})/).map((part, index) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    return <Fragment key={index}>{name !== undefined && name in values ? values[name] : part}</Fragment>;
  });
}
