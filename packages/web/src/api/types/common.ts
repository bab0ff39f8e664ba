/** Shared shapes of API answers: pages, actions, attachments (the shapes themselves are defined in core). */
import type { Action } from '@shangliang/core';

export type { Page } from '@shangliang/core';

/** 附件 — a file linked to a proposal, a research report, a consultation or a feedback. */
export type { AttachmentView as Attachment } from '@shangliang/core';

/** Editable records: the edit form sends the version back, and a save from an older one is refused (409 VERSION_CONFLICT). */
export interface Versioned {
  readonly version: number;
}

/** Objects that carry the actions this user may take on them (core's actions unless the object has its own). */
export interface WithActions<A extends string = Action> {
  readonly actions: readonly A[];
}
