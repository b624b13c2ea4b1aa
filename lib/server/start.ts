// Server start-up (Node.js runtime only): a bad environment stops the process here, naming
// the variable; then the context is built and the account refresh scheduled.
import { startAccountRefreshSchedule } from "@/lib/account/schedule";
import { env, EnvError } from "@/lib/env";
import { getServerContext } from "./app-context";

export async function startServer(): Promise<void> {
  try {
    env();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  startAccountRefreshSchedule(await getServerContext());
}
