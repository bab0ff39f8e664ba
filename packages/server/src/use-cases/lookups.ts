import type { AttachmentView } from '@shangliang/core';
import { listAttachmentsOfOwners } from '../repositories/attachments.repository.js';
import { findOrgNames } from '../repositories/organisations.repository.js';
import { findUserNames } from '../repositories/users.repository.js';
import type { AttachmentOwner } from './attachments/attachments.js';
import type { RequestContext } from './context.js';

/** A lookup by ids answering a map from id to value (ids not found are absent). */
type Lookup<V> = (ids: readonly string[]) => Promise<ReadonlyMap<string, V>>;

/**
 * Coalesces the lookups of one kind that a request's presenters ask for while they run into one statement: the
 * ids are collected until the event loop's next turn (every presenter of a page waiting by then on SQLite, most on
 * PostgreSQL) and fetched together; each caller gets the map of the whole batch. Nothing is cached: a later
 * lookup reads afresh, so a write in between is seen.
 */
function batched<V>(fetch: (ids: string[]) => Promise<ReadonlyMap<string, V>>): Lookup<V> {
  let batch: { ids: Set<string>; done: Promise<ReadonlyMap<string, V>> } | null = null;
  return (ids) => {
    if (!ids.length) return Promise.resolve(new Map());
    if (!batch) {
      const ids = new Set<string>();
      const done = new Promise<ReadonlyMap<string, V>>((resolve, reject) => {
        setImmediate(() => {
          batch = null;
          fetch([...ids]).then(resolve, reject);
        });
      });
      batch = { ids, done };
    }
    for (const id of ids) batch.ids.add(id);
    return batch.done;
  };
}

/** The names and files a page's presenters look up, batched per request. */
export interface Lookups {
  /** Organisations' names by id. */
  readonly orgNames: Lookup<{ readonly id: string; readonly name: string }>;
  /** Users' display names by id. */
  readonly userNames: Lookup<string>;
  /** The attachments of records of one kind, by record id. */
  attachments(owner: AttachmentOwner, ids: readonly string[]): Promise<ReadonlyMap<string, AttachmentView[]>>;
}

const OF_REQUEST = new WeakMap<RequestContext, Lookups>();
const SEP = '\u0000';

/** The request's batched lookups (made on first use). */
export function lookupsOf(ctx: RequestContext): Lookups {
  let found = OF_REQUEST.get(ctx);
  if (found) return found;
  const db = ctx.db.kysely;
  const files = batched<AttachmentView[]>(async (keys) => {
    const byKey = new Map<string, AttachmentView[]>();
    const owners = keys.map((k) => k.split(SEP) as [string, string]);
    for (const r of await listAttachmentsOfOwners(db, owners)) {
      const key = `${r.owner_type}${SEP}${r.owner_id}`;
      const list = byKey.get(key) ?? [];
      list.push({ id: r.id, filename: r.filename, mime: r.mime, size: r.size, url: `/api/attachments/${r.id}` });
      byKey.set(key, list);
    }
    return byKey;
  });
  found = {
    orgNames: batched((ids) => findOrgNames(db, ids)),
    userNames: batched((ids) => findUserNames(db, ids)),
    async attachments(owner, ids) {
      const all = await files(ids.map((id) => `${owner}${SEP}${id}`));
      return new Map(ids.flatMap((id) => { const list = all.get(`${owner}${SEP}${id}`); return list ? [[id, list] as const] : []; }));
    },
  };
  OF_REQUEST.set(ctx, found);
  return found;
}
