import type { ReactElement } from 'react';
import { countyOptions, useCounties } from './useCounties.js';
import { SelectFilter } from './SelectFilter.js';

/** 按县（市、区）筛选 — the county filter of a list page (`?countyId=…`); cleared means all counties. */
export function CountyFilter({ width }: { width: number }): ReactElement {
  const counties = useCounties();
  return <SelectFilter param="countyId" label="按县（市、区）筛选" placeholder="全部县（市、区）" searchable options={countyOptions(counties.data)} width={width} />;
}
