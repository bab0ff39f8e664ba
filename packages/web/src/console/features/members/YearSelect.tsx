import type { ReactElement } from 'react';
import { Select } from 'antd';
import { useSearchParams } from 'react-router';
import { recentYears } from './hooks.js';

/** The year a page shows, kept in the address (`?year=2025`); this year when none is given. */
export function useYearParam(): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const years = recentYears();
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : years[0]!;
  const setYear = (y: number): void => {
    const next = new URLSearchParams(params);
    if (y === years[0]) next.delete('year');
    else next.set('year', String(y));
    next.delete('page');
    setParams(next, { replace: true });
  };
  return [year, setYear];
}

/** 年度 — this year and the four before it. */
export function YearSelect({ value, onChange }: { value: number; onChange: (year: number) => void }): ReactElement {
  const years = recentYears();
  const options = (years.includes(value) ? years : [value, ...years]).map((y) => ({ value: y, label: `${y} 年度` }));
  return <Select aria-label="选择年度" value={value} onChange={onChange} options={options} style={{ width: 120 }} />;
}
