/**
 * Turns the printed pages of the page it is on to A4 landscape: rendered in place (not hoisted),
 * so the rule leaves with the page when the reader navigates on. Wide content (four outlets side
 * by side) needs the width; a named page would instead start it on a page of its own.
 */
export function LandscapePages() {
  return <style>{"@page { size: A4 landscape; margin: 12mm; }"}</style>;
}
