import type { ReactElement } from 'react';
import { ITEM_STATE_LABELS, type ItemState, type Rating } from '@shangliang/core';
import type { HandlingItem } from '../../../api/types.js';
import { SoftTag, type Tone } from '../../components/SoftTag.js';

const STATE_TONES: Readonly<Record<ItemState, Tone>> = {
  unassigned: 'orange',
  assigned: 'red',
  returned: 'orange',
  answered: 'orange',
  accepted: 'orange',
  settled: 'green',
};

/** The handling state of an item (labels from core). */
export function ItemStateTag({ state }: { state: ItemState }): ReactElement {
  return <SoftTag tone={STATE_TONES[state] ?? 'grey'}>{ITEM_STATE_LABELS[state] ?? state}</SoftTag>;
}

/** The countdown of an open item: red when overdue, orange when due soon or today; nothing when not running. */
export function CountdownTag({ item }: { item: Pick<HandlingItem, 'countdown' | 'dueStatus'> }): ReactElement | null {
  if (!item.countdown) return null;
  const tone: Tone = item.dueStatus === 'overdue' ? 'red' : item.dueStatus === 'due_soon' || item.dueStatus === 'due_today' ? 'orange' : 'grey';
  return <SoftTag tone={tone}>{item.countdown}</SoftTag>;
}

const RATING_TONES: Readonly<Record<Rating, Tone>> = { satisfied: 'green', basically: 'orange', unsatisfied: 'red' };

/** The latest 满意度测评. */
export function RatingTag({ rating, label }: { rating: Rating | null; label: string | null }): ReactElement | null {
  if (!rating || !label) return null;
  return <SoftTag tone={RATING_TONES[rating] ?? 'grey'}>{label}</SoftTag>;
}

/** 第 N 轮. */
export const roundText = (round: number): string => `第 ${round} 轮`;

/** Open items first, most overdue first, then by due date; finished ones last. */
export function byUrgency(a: HandlingItem, b: HandlingItem): number {
  const rank = (i: HandlingItem): number => (i.state === 'assigned' ? 0 : i.state === 'returned' || i.state === 'answered' || i.state === 'accepted' ? 1 : 2);
  const r = rank(a) - rank(b);
  if (r !== 0) return r;
  const da = a.dueOn ?? '9999-12-31';
  const db = b.dueOn ?? '9999-12-31';
  return da < db ? -1 : da > db ? 1 : a.seq - b.seq;
}
