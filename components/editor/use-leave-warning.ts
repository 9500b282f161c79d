import { type RefObject, useEffect } from "react";

/**
 * Ask before leaving the page while there is unsaved work: on unload (closing, reloading,
 * typing an address) and on a click on a link inside the app, which navigates without unloading.
 *
 * @param unsaved whether there is work to lose
 * @param message what the confirmation says
 * @param leaving set when the page itself leaves (after a delete or a copy): nothing to warn about then
 */
export function useLeaveWarning(unsaved: boolean, message: string, leaving: RefObject<boolean>): void {
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      if (leaving.current) return;
      event.preventDefault();
      event.returnValue = message;
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved, message, leaving]);

  useEffect(() => {
    if (!unsaved) return;
    const ask = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!(link instanceof HTMLAnchorElement) || link.hasAttribute("download") || link.target === "_blank") return;
      if (link.origin !== window.location.origin || link.pathname === window.location.pathname) return;
      if (!window.confirm(message)) event.preventDefault();
    };
    document.addEventListener("click", ask, true);
    return () => document.removeEventListener("click", ask, true);
  }, [unsaved, message]);
}
