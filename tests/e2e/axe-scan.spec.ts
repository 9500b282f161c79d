import AxeBuilder from "@axe-core/playwright";
import { expect, seriousViolations, test } from "./fixtures";

// A page with a problem of each common kind, in its main document and in a same-origin frame.
const FRAME = `<!doctype html><html lang="en"><head><title>Frame</title></head><body><main><button></button></main></body></html>`;
const PAGE = `<!doctype html><html><head><title>Problems</title></head><body><main><h1>Problems</h1>
<p style="color:#aaa;background:#fff">Grey on white, too faint to read.</p>
<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
<button></button><a href="#top"></a><input type="text"><select><option>one</option></select><ul><div>not a list item</div></ul>
${Array.from({ length: 40 }, (_, i) => `<p style="color:${i % 2 ? "#bbb" : "#111"}">Line ${i} <a href="#l${i}">a link</a></p>`).join("")}
<iframe title="A frame" srcdoc="${FRAME.replaceAll('"', "&quot;")}"></iframe>
</main><div>Outside every landmark.</div></body></html>`;

test("the browser tests' accessibility scan finds every serious violation a default axe run finds", async ({ page }) => {
  // The page is served at an address of the app's origin but is none of the app's pages: the app's
  // scripts, left running in a replaced document, could add nodes between the two scans.
  await page.route("**/axe-scan-problems", (route) => route.fulfill({ contentType: "text/html", body: PAGE }));
  await page.goto("/axe-scan-problems");
  await expect(page.frameLocator("iframe").locator("button")).toHaveCount(1);
  // A default run skips, without a word, a frame it failed to enter (a busy machine can make the
  // injection fail): the reference is a run that entered the frame, taken as soon as one does.
  let full: string[] = [];
  await expect
    .poll(async () => {
      const { violations } = await new AxeBuilder({ page }).analyze();
      full = violations
        .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
        .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`);
      return full.join("\n");
    }, { timeout: 60_000 })
    .toContain("iframe button");
  expect(full.length).toBeGreaterThan(5);
  expect(await seriousViolations(page)).toEqual(full);
});
