/** The search parameter that holds the open label (`?label=<outlet>:<entry>:<row>`): a permalink to its occurrences. */
export const LABEL_PARAM = "label";
