import type { Executor } from './types.js';

/**
 * Takes a scheduled job's run for a day: only when the day has not been run and no other holder's lease is
 * current. One UPDATE, so of several app servers exactly one gets it.
 */
export async function claimRun(exec: Executor, o: { name: string; day: string; holder: string; now: string; leaseUntil: string }): Promise<boolean> {
  const r = await exec
    .updateTable('scheduled_runs')
    .set({ holder: o.holder, lease_until: o.leaseUntil })
    .where('name', '=', o.name)
    .where((eb) => eb.or([eb('last_day', 'is', null), eb('last_day', '<', o.day)]))
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', o.now)]))
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Records a finished run of the day, by its holder. */
export async function finishRun(exec: Executor, o: { name: string; day: string; holder: string }): Promise<void> {
  await exec.updateTable('scheduled_runs').set({ last_day: o.day, holder: null, lease_until: null }).where('name', '=', o.name).where('holder', '=', o.holder).execute();
}

/** The last day a job ran. */
export async function lastRunDay(exec: Executor, name: string): Promise<string | null> {
  return (await exec.selectFrom('scheduled_runs').select('last_day').where('name', '=', name).executeTakeFirst())?.last_day ?? null;
}
