import type { ThesaurusGroupView } from '@shangliang/core';
import { findThesaurusGroup, type ThesaurusGroupRow } from '../../repositories/thesaurus.repository.js';
import { authorizeRead } from '../authorize.js';
import type { RequestContext } from '../context.js';
import { notFound } from '../refusals.js';
import { presentGroups, thesaurusSubject } from './list-thesaurus.js';

/** Loads a group the actor may read; another county's reads as not found (the refusal is audited). */
export async function loadThesaurusGroup(ctx: RequestContext, id: string): Promise<ThesaurusGroupRow> {
  const row = await findThesaurusGroup(ctx.db.kysely, id);
  if (!row) throw notFound('近义词组');
  await authorizeRead(ctx, 'thesaurus.read', thesaurusSubject(row.county_id), '近义词组');
  return row;
}

/** A group afresh, as the API shows it. */
export async function reloadThesaurusGroup(ctx: RequestContext, id: string): Promise<ThesaurusGroupView> {
  const row = await findThesaurusGroup(ctx.db.kysely, id);
  if (!row) throw notFound('近义词组');
  return (await presentGroups(ctx, [row]))[0]!;
}
