import { useState, type ReactElement } from 'react';
import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../api/client.js';
import type { Org, Page } from '../../api/types.js';
import type { OrgKind } from '@shangliang/core';

/** A searchable picker of organisations (GET /api/orgs?q=…), usable as an antd form control. */
export function OrgSelect({
  value,
  onChange,
  kinds,
  known = [],
  placeholder = '输入名称搜索组织',
  filter,
  id,
}: {
  value?: string;
  onChange?: (value: string | undefined) => void;
  /** Only these kinds (one request per kind). */
  kinds?: readonly OrgKind[];
  /** Options known already (e.g. the current value's name when editing). */
  known?: readonly { id: string; name: string }[];
  placeholder?: string;
  /** Keep only these organisations, e.g. those the user may manage. */
  filter?: (org: Org) => boolean;
  id?: string;
}): ReactElement {
  const [q, setQ] = useState('');
  const search = useQuery({
    queryKey: ['orgs', 'pick', kinds?.join(',') ?? '', q],
    queryFn: async () => {
      const lists = await Promise.all(
        (kinds && kinds.length > 0 ? kinds : [undefined]).map((kind) =>
          apiGet<Page<Org>>('/api/orgs', { kind, q: q.trim(), pageSize: 50 }),
        ),
      );
      return lists.flatMap((l) => l.items);
    },
    staleTime: 60_000,
  });
  const found = (search.data ?? []).filter((o) => (filter ? filter(o) : true));
  const options = new Map<string, { value: string; label: string }>();
  for (const k of known) options.set(k.id, { value: k.id, label: k.name });
  for (const o of found) {
    const label = o.countyName && o.kind !== 'county' && !o.name.startsWith(o.countyName) ? `${o.countyName} · ${o.name}` : o.name;
    options.set(o.id, { value: o.id, label: `${label}（${o.kindLabel}）` });
  }
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      allowClear
      placeholder={placeholder}
      loading={search.isFetching}
      showSearch={{ filterOption: false, onSearch: setQ }}
      notFoundContent={search.isFetching ? '正在搜索…' : '没有找到组织'}
      options={[...options.values()]}
      style={{ width: '100%' }}
    />
  );
}
