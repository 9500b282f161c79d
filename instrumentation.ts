/**
 * Next runs `register()` once as the server starts (not during the build): the settings are
 * checked here, so a bad one stops the server at once with a message naming it (exit code 1)
 * instead of answering every request that reads it with a 500.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { checkSettings, settingsRefusal } = await import("@/lib/settings/settings");
  const problems = checkSettings(process.env);
  if (problems.length === 0) return;
  console.error(settingsRefusal(problems));
  process.exit(1);
}
