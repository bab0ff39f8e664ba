import { useState, type ReactElement } from 'react';
import type { Venue } from '../../../api/types.js';
import { ListPage } from '../../components/ListPage.js';
import { useListFilters } from '../../components/useListFilters.js';
import { CountyFilter } from '../../components/CountyFilter.js';
import { SearchFilter } from '../../components/SearchFilter.js';
import { activeColumns, useToggleActive } from '../../components/ToggleActiveButton.js';
import { orDash } from '../../components/format.js';
import { useVenueMutations, useVenues } from './hooks.js';
import { VenueFormModal } from './VenueFormModal.js';
import { usePolicy } from '../../components/usePolicy.js';

const PAGE_SIZE = 20;

/** 活动场所 — 委员活动室, 委员工作站 and other venues (第六条(一)). */
export function VenuesPage(): ReactElement {
  const { can } = usePolicy();
  const { get, page } = useListFilters();
  const [editing, setEditing] = useState<{ venue: Venue | null } | null>(null);
  const list = useVenues({ countyId: get('countyId'), q: get('q') ?? '', includeInactive: true, page, pageSize: PAGE_SIZE });
  const { setActive } = useVenueMutations();

  const toggle = useToggleActive(setActive);

  return (
    <ListPage<Venue>
      title="活动场所"
      description="委员活动室、委员工作站等为委员开展调研、协商活动提供场地支持的场所。"
      create={can('venue.create') && { label: '新建活动场所', onClick: () => setEditing({ venue: null }) }}
      filters={
        <>
          <CountyFilter width={200} />
          <SearchFilter label="按名称搜索活动场所" placeholder="按名称搜索" width={240} />
        </>
      }
      query={list}
      noun="活动场所"
      scroll={{ x: 820 }}
      paging={{ pageSize: PAGE_SIZE, unit: '个' }}
      columns={[
        { title: '名称', dataIndex: 'name', width: 200 },
        { title: '类型', dataIndex: 'kindLabel', width: 110 },
        { title: '所属组织', dataIndex: 'orgName', width: 160 },
        { title: '地址', dataIndex: 'address', render: (v: string | null) => orDash(v) },
        { title: '容纳人数', dataIndex: 'capacity', width: 90, render: (v: number | null) => orDash(v) },
        ...activeColumns<Venue>({ update: 'venue.update', deactivate: 'venue.deactivate', onEdit: (row) => setEditing({ venue: row }), onToggle: toggle }),
      ]}
    >
      <VenueFormModal open={editing !== null} venue={editing?.venue ?? null} onClose={() => setEditing(null)} />
    </ListPage>
  );
}
