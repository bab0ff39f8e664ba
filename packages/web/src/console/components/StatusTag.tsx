import type { ReactElement } from 'react';
import { SoftTag } from './SoftTag.js';

/** 启用 / 停用. */
export function StatusTag({ active }: { active: boolean }): ReactElement {
  return active ? <SoftTag tone="green">启用</SoftTag> : <SoftTag>停用</SoftTag>;
}
