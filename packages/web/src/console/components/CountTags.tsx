import type { ReactElement } from 'react';
import { Tag } from 'antd';

/** The count tags above a list: 全部, then one tag per state with how many rows it holds; a tag filters the list. */
export function CountTags<K extends string>({
  label,
  keys,
  labels,
  counts,
  value,
  onChange,
  onAll = () => onChange(undefined),
  total,
  allChecked = !value,
  hideEmpty = false,
}: {
  /** The group's accessible name (按状态查看 …). */
  label: string;
  keys: readonly K[];
  labels: Readonly<Record<K, string>>;
  counts: Readonly<Partial<Record<string, number>>>;
  value: K | undefined;
  /** Called with the picked key, or undefined when its tag is turned off. */
  onChange: (key: K | undefined) => void;
  /** 全部: by default clears the key; a list with more tag rows clears them all. */
  onAll?: () => void;
  /** Shown beside 全部 when given. */
  total?: number;
  /** Whether 全部 is on; by default when no key is picked. */
  allChecked?: boolean;
  /** Leaves out the states no row is in (the picked one stays). */
  hideEmpty?: boolean;
}): ReactElement {
  return (
    <div className="count-tags" role="group" aria-label={label}>
      <Tag.CheckableTag checked={allChecked} onChange={onAll}>
        全部{total === undefined ? '' : ` ${total}`}
      </Tag.CheckableTag>
      {keys
        .filter((k) => !hideEmpty || (counts[k] ?? 0) > 0 || k === value)
        .map((k) => (
          <Tag.CheckableTag key={k} checked={value === k} onChange={(c) => onChange(c ? k : undefined)}>
            {labels[k]} {counts[k] ?? 0}
          </Tag.CheckableTag>
        ))}
    </div>
  );
}
