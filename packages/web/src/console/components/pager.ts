/** The pagination of every paged list: fixed page size, a Chinese total ("共 12 条"), one page change handler. */
export function pager(page: number, pageSize: number, total: number | undefined, onChange: (page: number) => void, unit: '条' | '个' | '人') {
  return {
    current: page,
    pageSize,
    total: total ?? 0,
    showSizeChanger: false,
    showTotal: (n: number) => `共 ${n} ${unit}`,
    onChange,
  };
}
