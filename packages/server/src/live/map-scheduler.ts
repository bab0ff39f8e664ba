import type { Db } from '../db/database.js';
import { refreshOpinionMap } from '../use-cases/rooms/opinion-map.js';
import type { RoomHub } from './room-hub.js';

/** Recomputes a room's opinion map in the background after votes: at most once per interval per room, never on a vote's request. */
export interface MapScheduler {
  /** Asks for a recomputation of the room's map soon. */
  touch(roomId: string): void;
  /** Waits until every map asked for is computed (tests, shutdown). */
  settle(): Promise<void>;
  stop(): void;
}

export function mapScheduler(db: Db, hub: RoomHub, options: { everyMs: number; onError: (err: Error) => void }): MapScheduler {
  const timers = new Map<string, NodeJS.Timeout>();
  const running = new Set<Promise<void>>();
  let stopped = false;
  const run = (roomId: string) => {
    timers.delete(roomId);
    if (stopped) return;
    const job = refreshOpinionMap(db, roomId, new Date())
      .then(async (changed) => {
        if (changed) await hub.publish({ roomId, type: 'map' });
      })
      .catch((err: unknown) => options.onError(err as Error))
      .finally(() => running.delete(job));
    running.add(job);
  };
  return {
    touch(roomId) {
      if (stopped || timers.has(roomId)) return;
      const timer = setTimeout(() => run(roomId), options.everyMs);
      timer.unref();
      timers.set(roomId, timer);
    },
    async settle() {
      for (const [roomId, timer] of [...timers]) {
        clearTimeout(timer);
        run(roomId);
      }
      await Promise.all([...running]);
    },
    stop() {
      stopped = true;
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
}
