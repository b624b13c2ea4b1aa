// Runs once when a server process starts: a bad environment stops it here, naming the variable.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { env, EnvError } = await import("./lib/env");
  try {
    env();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const [{ getServerContext }, { startAccountRefreshSchedule }] = await Promise.all([
    import("./lib/server/app-context"),
    import("./lib/account/schedule"),
  ]);
  startAccountRefreshSchedule(await getServerContext());
}
