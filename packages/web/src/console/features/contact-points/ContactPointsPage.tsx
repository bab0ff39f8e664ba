import { useState, type ReactElement } from 'react';
import { Typography } from 'antd';
import { Link } from 'react-router';
import type { ContactPoint } from '../../../api/types.js';
import { ListPage } from '../../components/ListPage.js';
import { activeColumns, useToggleActive } from '../../components/ToggleActiveButton.js';
import { orDash } from '../../components/format.js';
import { usePolicy } from '../../components/usePolicy.js';
import { useContactPointMutations, useContactPoints } from './hooks.js';
import { ContactPointFormModal } from './ContactPointFormModal.js';

/** 工作联系点 — the city CPPCC's contact points (第四条(七)). */
export function ContactPointsPage(): ReactElement {
  const { can } = usePolicy();
  const list = useContactPoints();
  const { setActive } = useContactPointMutations();
  const [editing, setEditing] = useState<{ point: ContactPoint | null } | null>(null);

  const toggle = useToggleActive(setActive);

  return (
    <ListPage<ContactPoint>
      title="工作联系点"
      description="充分发挥冯南垣、段村“有事来商量”工作联系点的示范作用，市政协可专题赴联系点调研、座谈。"
      create={can('contact_point.create') && { label: '新建工作联系点', onClick: () => setEditing({ point: null }) }}
      query={list}
      noun="工作联系点"
      scroll={{ x: 760 }}
      columns={[
        { title: '名称', dataIndex: 'name', width: 200, render: (v: string, row) => <Link to={`/console/contact-points/${row.id}`}>{v}</Link> },
        {
          title: '所属县（市、区）',
          dataIndex: 'countyName',
          width: 160,
          render: (v: string | null) => v ?? <Typography.Text type="warning">未确定（待补充）</Typography.Text>,
        },
        { title: '对应组织', dataIndex: 'orgName', width: 160, render: (v: string | null) => orDash(v) },
        { title: '地址', dataIndex: 'address', render: (v: string | null) => orDash(v) },
        ...activeColumns<ContactPoint>({ update: 'contact_point.update', deactivate: 'contact_point.deactivate', onEdit: (row) => setEditing({ point: row }), onToggle: toggle }),
      ]}
    >
      <ContactPointFormModal open={editing !== null} point={editing?.point ?? null} onClose={() => setEditing(null)} />
    </ListPage>
  );
}
