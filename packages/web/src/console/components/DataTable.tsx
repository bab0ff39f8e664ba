import { useEffect, useRef, type ReactElement } from 'react';
import { Table, type TableProps } from 'antd';

/**
 * An antd Table whose horizontal scroll area can be reached by keyboard (axe: scrollable-region-focusable),
 * which matters on phones where every table scrolls sideways.
 */
export function DataTable<T extends object>({ label, ...props }: TableProps<T> & { label: string }): ReactElement {
  const frame = useRef<HTMLDivElement>(null);
  useEffect(() => {
    for (const el of frame.current?.querySelectorAll<HTMLElement>('.ant-table-content, .ant-table-body') ?? []) {
      if (el.tabIndex < 0) el.tabIndex = 0;
      el.setAttribute('role', 'region');
      el.setAttribute('aria-label', label);
    }
  });
  return (
    <div ref={frame}>
      <Table<T> {...props} />
    </div>
  );
}
