import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Page } from "@playwright/test";

/** Every test fails on a console error or an uncaught page error, unless it expects one. */
export const test = base.extend<{ page: Page; allowedConsoleErrors: RegExp[] }>({
  allowedConsoleErrors: [[], { option: true }],
  page: async ({ page, allowedConsoleErrors }, use) => {
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" && !allowedConsoleErrors.some((allowed) => allowed.test(message.text()))) {
        errors.push(`console error: ${message.text()}`);
      }
    });
    page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
    await use(page);
    expect(errors).toEqual([]);
  },
});

export { expect };

/**
 * Serious and critical accessibility violations on the page as it is now: every rule of axe runs,
 * over the whole page and its frames.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Two settings that change no finding, only the time (a third of it on the long pages): axe runs
  // in the page itself (legacy mode; it still enters same-origin frames, and the app has none)
  // instead of copying every node's results into a blank page to finish there, and it details
  // only the violations, not a pass for each of thousands of nodes that nobody reads.
  const { violations } = await new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ["violations"] }).analyze();
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`);
}
