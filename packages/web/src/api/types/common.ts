/** Shared shapes of API answers: pages, actions, attachments. */
import type { Action } from '@shangliang/core';

/** A paged list answer. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
}

/** Editable records: the edit form sends the version back, and a save from an older one is refused (409 VERSION_CONFLICT). */
export interface Versioned {
  readonly version: number;
}

/** Objects that carry the actions this user may take on them (core's actions unless the object has its own). */
export interface WithActions<A extends string = Action> {
  readonly actions: readonly A[];
}

/** 附件 — a file linked to a proposal, a research report or a consultation. */
export interface Attachment {
  readonly id: string;
  readonly filename: string;
  readonly mime: string;
  readonly size: number;
  /** GET downloads the file (Content-Disposition: attachment). */
  readonly url: string;
}
