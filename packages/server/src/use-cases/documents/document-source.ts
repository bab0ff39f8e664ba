import type { DocumentKind, DocumentSourceQuery, DocumentSubjectType, Subject } from '@shangliang/core';
import type { IssuingOffice, Prefill } from '../../documents/document-context.js';
import type { RequestContext } from '../context.js';
import { archiveSource } from './archive-source.js';
import { itemSource } from './item-source.js';
import { planSource } from './plan-source.js';
import { topicSource } from './topic-source.js';

/**
 * A record documents are made from, loaded for an actor who may read it (others get 404 from its own
 * loader): its county, its policy subject, which of its kinds can be issued now, and how each is prefilled.
 */
export interface DocumentSource {
  readonly subjectType: DocumentSubjectType;
  readonly subjectId: string;
  readonly countyId: string | null;
  /** The record's own policy subject: who may read it reads its documents; its office issues them. */
  readonly subject: Subject;
  /** A short name of the record for the audit trail. */
  readonly label: string;
  /** Per kind of this record: why it cannot be issued now, or null when it can. */
  readonly unavailable: Readonly<Partial<Record<DocumentKind, string | null>>>;
  /** The fields a kind proposes, from the record as it stands. */
  prefill(kind: DocumentKind, office: IssuingOffice): Promise<Prefill>;
  /** What part of the record a document was made from (a 纪要's consultation, an archive's year), kept with it. */
  readonly part: Readonly<Record<string, string | number | null>>;
}

/** Loads the record of a subject type for the actor, as a source of documents. */
export function loadSource(ctx: RequestContext, subjectType: DocumentSubjectType, id: string, query: DocumentSourceQuery = {}): Promise<DocumentSource> {
  switch (subjectType) {
    case 'topic':
      return topicSource(ctx, id, query);
    case 'handling_item':
      return itemSource(ctx, id);
    case 'plan':
      return planSource(ctx, id);
    case 'archive':
      return archiveSource(ctx, id, query);
  }
}
