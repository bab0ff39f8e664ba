import type { captchaSchema, handlingSettingsViewSchema, meAnswerSchema, proposalReceiptSchema, revealedPhoneSchema, VersionStamp } from '@shangliang/core';
import type { z } from 'zod';

/** What every refusal answers: `{error, message, fields?, current?}` (see src/http/error-handler.ts). */
export interface ErrorAnswer {
  readonly error: string;
  readonly message: string;
  readonly fields?: readonly { readonly path: string; readonly message: string }[];
  /** Who saved last, on a 409 VERSION_CONFLICT. */
  readonly current?: VersionStamp;
}

/** A list answer that is not paged: `{items}`. */
export interface Items<T> {
  readonly items: readonly T[];
}

/** Answer of GET/PUT /api/handling/settings. */
export type HandlingSettingsView = z.infer<typeof handlingSettingsViewSchema>;
/** Answer of GET /api/public/captcha. */
export type Captcha = z.infer<typeof captchaSchema>;
/** Answer of POST /api/public/proposals: the 查询码. */
export type ProposalReceipt = z.infer<typeof proposalReceiptSchema>;
/** Answer of POST /api/proposals/:id/reveal-phone. */
export type RevealedPhone = z.infer<typeof revealedPhoneSchema>;
/** Answer of login, /auth/me and switch-org. */
export type MeAnswer = z.infer<typeof meAnswerSchema>;
