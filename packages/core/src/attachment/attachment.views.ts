import { z } from 'zod';

/** 附件 — a file linked to a proposal, a research report, a consultation or a feedback. */
export const attachmentViewSchema = z.strictObject({
  id: z.string(),
  filename: z.string(),
  mime: z.string(),
  size: z.number().int(),
  /** GET downloads the file (Content-Disposition: attachment). */
  url: z.string(),
});
/** An attachment as the API shows it. */
export type AttachmentView = z.infer<typeof attachmentViewSchema>;
