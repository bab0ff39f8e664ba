import type { ReactElement } from 'react';
import { Select } from 'antd';
import { vocabOptions } from './format.js';

/** A clearable list filter over one of core's vocabularies (stage, source, category …). */
export function VocabFilter<K extends string>({
  label,
  placeholder,
  keys,
  labels,
  value,
  onChange,
  width,
}: {
  label: string;
  placeholder: string;
  keys: readonly K[];
  labels: Readonly<Record<K, string>>;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  width: number;
}): ReactElement {
  return (
    <Select
      aria-label={label}
      placeholder={placeholder}
      allowClear
      value={value}
      onChange={(v: string | undefined) => onChange(v)}
      options={vocabOptions(keys, labels)}
      style={{ width }}
    />
  );
}
