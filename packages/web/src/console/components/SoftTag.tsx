import type { ReactElement, ReactNode } from 'react';
import { Tag } from 'antd';

/** Tones of the console's tags. */
export type Tone = 'green' | 'red' | 'orange' | 'grey';

/** Antd's preset tag colours (e.g. green #389e0d on #f6ffed, 3.4:1) fail axe; these pairs are ≥ 7:1. */
const TONES: Readonly<Record<Tone, { color: string; background: string; borderColor: string }>> = {
  green: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  red: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffccc7' },
  orange: { color: '#873800', background: '#fff7e6', borderColor: '#ffd591' },
  grey: { color: '#434343', background: '#fafafa', borderColor: '#d9d9d9' },
};

/** A small tag with an accessible colour pair. */
export function SoftTag({ tone = 'grey', children }: { tone?: Tone; children: ReactNode }): ReactElement {
  return (
    <Tag variant="outlined" style={{ ...TONES[tone], marginInlineEnd: 4 }}>
      {children}
    </Tag>
  );
}
