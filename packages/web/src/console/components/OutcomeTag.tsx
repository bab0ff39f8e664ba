import type { ReactElement } from 'react';
import type { AuditOutcome } from '@shangliang/core';
import { SoftTag, type Tone } from './SoftTag.js';

/** Labels of audit outcomes. */
export const OUTCOME_LABELS: Readonly<Record<AuditOutcome, string>> = { ok: '成功', refused: '被拒绝', failed: '失败' };
const TONES: Readonly<Record<AuditOutcome, Tone>> = { ok: 'green', refused: 'orange', failed: 'red' };

/** 成功 / 被拒绝 / 失败. */
export function OutcomeTag({ outcome }: { outcome: AuditOutcome }): ReactElement {
  return <SoftTag tone={TONES[outcome] ?? 'grey'}>{OUTCOME_LABELS[outcome] ?? outcome}</SoftTag>;
}
