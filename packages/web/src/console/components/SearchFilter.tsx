import type { ReactElement } from 'react';
import { Input } from 'antd';
import { useListFilters } from './useListFilters.js';

/** A list page's search box, kept in the address under `param` (`?q=…`); searching for nothing clears it. */
export function SearchFilter({ param = 'q', label, placeholder, width }: { param?: string; label: string; placeholder: string; width: number }): ReactElement {
  const { get, set } = useListFilters();
  return <Input.Search aria-label={label} placeholder={placeholder} allowClear defaultValue={get(param)} onSearch={(v) => set({ [param]: v.trim() || undefined })} style={{ width }} />;
}
