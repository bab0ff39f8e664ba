import type { ReactElement } from 'react';
import { vocabOptions } from './format.js';
import { SelectFilter } from './SelectFilter.js';

/** A list filter over one of core's vocabularies (stage, source, category …), kept in the address under `param`. */
export function VocabFilter<K extends string>({
  param,
  label,
  placeholder,
  keys,
  labels,
  width,
}: {
  param: string;
  label: string;
  placeholder: string;
  keys: readonly K[];
  labels: Readonly<Record<K, string>>;
  width: number;
}): ReactElement {
  return <SelectFilter param={param} label={label} placeholder={placeholder} options={vocabOptions(keys, labels)} width={width} />;
}
