import type { Db } from '../db/database.js';
import { type MapScheduler, mapScheduler } from './map-scheduler.js';
import { memoryHub, postgresHub, type RoomHub } from './room-hub.js';

/** What runs beside the requests: room events to open pages, and opinion maps recomputed after votes. */
export interface Live {
  readonly hub: RoomHub;
  readonly maps: MapScheduler;
  /** Open event streams, ended when the app closes (a stream never goes idle by itself). */
  readonly streams: Set<{ end(): void }>;
  close(): Promise<void>;
}

/** The live parts for a database: in-process on SQLite, LISTEN/NOTIFY across app servers on PostgreSQL. */
export async function startLive(db: Db, options: { hub?: RoomHub; mapEveryMs?: number; onError?: (err: Error) => void } = {}): Promise<Live> {
  const onError = options.onError ?? (() => undefined);
  const hub = options.hub ?? (db.engine === 'postgres' && db.url ? await postgresHub(db.url, onError) : memoryHub());
  const maps = mapScheduler(db, hub, { everyMs: options.mapEveryMs ?? 3000, onError });
  const streams = new Set<{ end(): void }>();
  return {
    hub,
    maps,
    streams,
    async close() {
      for (const stream of streams) stream.end();
      streams.clear();
      maps.stop();
      await hub.close();
    },
  };
}
