import type { ReactElement } from 'react';
import { Select } from 'antd';
import { countyOptions, useCounties } from './useCounties.js';

/** 按县（市、区）筛选 — the county filter of a list page; cleared means all counties. */
export function CountyFilter({ value, onChange, width }: { value: string | undefined; onChange: (countyId: string | undefined) => void; width: number }): ReactElement {
  const counties = useCounties();
  return (
    <Select
      aria-label="按县（市、区）筛选"
      placeholder="全部县（市、区）"
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      value={value}
      onChange={(v: string | undefined) => onChange(v)}
      options={countyOptions(counties.data)}
      style={{ width }}
    />
  );
}
