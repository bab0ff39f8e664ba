import { useState, type ReactElement } from 'react';
import type { Org } from '../../../api/types.js';
import { ListPage } from '../../components/ListPage.js';
import { useListFilters } from '../../components/useListFilters.js';
import { CountyFilter } from '../../components/CountyFilter.js';
import { SearchFilter } from '../../components/SearchFilter.js';
import { activeColumns, useToggleActive } from '../../components/ToggleActiveButton.js';
import { orDash } from '../../components/format.js';
import { useOrgList, useOrgMutations } from '../organisations/hooks.js';
import { OrgFormModal, type OrgFormTarget } from '../organisations/OrgFormModal.js';
import { canOn } from '../../components/usePolicy.js';

const PAGE_SIZE = 20;

/** 承办单位 — departments that handle suggestions, under the city or a county. */
export function DepartmentsPage(): ReactElement {
  const { get, page } = useListFilters();
  const [form, setForm] = useState<OrgFormTarget | null>(null);
  const list = useOrgList({ kind: 'department', countyId: get('countyId'), q: get('q') ?? '', includeInactive: true, page, pageSize: PAGE_SIZE });
  // Possible parents: the city and the counties on which the server allows organisation.create.
  const cities = useOrgList({ kind: 'city', pageSize: 10 });
  const countyOrgs = useOrgList({ kind: 'county', pageSize: 100 });
  const parents = [...(cities.data?.items ?? []), ...(countyOrgs.data?.items ?? [])].filter((o) => canOn(o, 'organisation.create'));
  const { setActive } = useOrgMutations();

  const toggle = useToggleActive(setActive);

  return (
    <ListPage<Org>
      title="承办单位"
      description="承办单位负责办理协商意见建议，并在规定期限内书面反馈。"
      create={parents.length > 0 && { label: '新建承办单位', onClick: () => setForm({ mode: 'create', parents: parents.map((p) => ({ id: p.id, name: p.name })), kinds: ['department'] }) }}
      filters={
        <>
          <CountyFilter width={200} />
          <SearchFilter label="按名称搜索承办单位" placeholder="按名称搜索" width={240} />
        </>
      }
      query={list}
      noun="承办单位"
      scroll={{ x: 720 }}
      paging={{ pageSize: PAGE_SIZE, unit: '个' }}
      columns={[
        { title: '名称', dataIndex: 'name', width: 200 },
        { title: '所属', dataIndex: 'parentName', width: 160, render: (v: string | null) => orDash(v) },
        { title: '联系人', dataIndex: 'contactPerson', width: 110, render: (v: string | null) => orDash(v) },
        { title: '联系电话', dataIndex: 'contactPhone', width: 140, render: (v: string | null) => orDash(v) },
        ...activeColumns<Org>({ update: 'organisation.update', deactivate: 'organisation.deactivate', onEdit: (row) => setForm({ mode: 'edit', org: row }), onToggle: toggle }),
      ]}
    >
      <OrgFormModal target={form} onClose={() => setForm(null)} noun="承办单位" />
    </ListPage>
  );
}
