import { EventEmitter } from 'node:events';
import pg from 'pg';

/** What happened in a room; carries only what every viewer of the room may see. */
export interface RoomEvent {
  readonly roomId: string;
  readonly type: 'statement' | 'votes' | 'reply' | 'hidden' | 'queue' | 'room' | 'map';
  readonly statementId?: string;
  /** The public part of the change (a shown statement, new counts, a reply). */
  readonly data?: unknown;
}

/** Fans room events out to every open page (GET /api/rooms/:id/events), across app servers. */
export interface RoomHub {
  publish(event: RoomEvent): Promise<void>;
  subscribe(roomId: string, listener: (event: RoomEvent) => void): () => void;
  close(): Promise<void>;
}

const CHANNEL = 'sl_room_events';

function localFanOut() {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    emit: (event: RoomEvent) => emitter.emit(event.roomId, event),
    subscribe(roomId: string, listener: (event: RoomEvent) => void) {
      emitter.on(roomId, listener);
      return () => void emitter.off(roomId, listener);
    },
  };
}

/** One process (SQLite): events go straight to this process's listeners. */
export function memoryHub(): RoomHub {
  const local = localFanOut();
  return { publish: async (e) => void local.emit(e), subscribe: local.subscribe, close: async () => undefined };
}

/**
 * Several app servers on one PostgreSQL: an event is a NOTIFY, and every server (this one too) LISTENs on
 * one connection of its own and hands what arrives to its listeners. A dropped connection is reopened.
 */
export async function postgresHub(url: string, onError: (err: Error) => void = () => undefined): Promise<RoomHub> {
  const local = localFanOut();
  let closed = false;
  let client: pg.Client;
  const connect = async (): Promise<void> => {
    client = new pg.Client({ connectionString: url });
    client.on('notification', (msg) => {
      if (msg.channel !== CHANNEL || !msg.payload) return;
      try {
        local.emit(JSON.parse(msg.payload) as RoomEvent);
      } catch (err) {
        onError(err as Error);
      }
    });
    client.on('error', (err) => {
      onError(err);
      if (!closed) setTimeout(() => void connect().catch(onError), 1000).unref();
    });
    await client.connect();
    await client.query(`listen ${CHANNEL}`);
  };
  await connect();
  return {
    async publish(event) {
      // NOTIFY carries up to 8000 bytes: a bigger change goes out without its data (pages refetch).
      let payload = JSON.stringify(event);
      if (payload.length > 7000) payload = JSON.stringify({ roomId: event.roomId, type: event.type, statementId: event.statementId });
      await client.query('select pg_notify($1, $2)', [CHANNEL, payload]);
    },
    subscribe: local.subscribe,
    async close() {
      closed = true;
      await client.end().catch(() => undefined);
    },
  };
}
