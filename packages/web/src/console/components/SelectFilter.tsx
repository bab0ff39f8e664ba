import { PINYIN_SEARCH } from './pinyin-search.js';
import type { ReactElement, ReactNode } from 'react';
import { Select } from 'antd';
import { useListFilters } from './useListFilters.js';

/** A list page's clearable filter over a few choices, kept in the address under `param`; cleared means all. */
export function SelectFilter({
  param,
  label,
  placeholder,
  options,
  width,
  searchable,
  loading,
  notFoundContent,
}: {
  /** The filter's key in the address (`?countyId=…`). */
  param: string;
  /** The accessible name (按…筛选). */
  label: string;
  /** What an empty filter says (全部…). */
  placeholder: string;
  options: readonly { readonly value: string; readonly label: string }[];
  width: number;
  /** Typing narrows the options, for long lists. */
  searchable?: boolean;
  loading?: boolean;
  notFoundContent?: ReactNode;
}): ReactElement {
  const { get, set } = useListFilters();
  return (
    <Select
      aria-label={label}
      placeholder={placeholder}
      allowClear
      showSearch={searchable ? PINYIN_SEARCH : undefined}
      value={get(param)}
      onChange={(v: string | undefined) => set({ [param]: v })}
      options={[...options]}
      loading={loading}
      notFoundContent={notFoundContent}
      style={{ width }}
    />
  );
}
