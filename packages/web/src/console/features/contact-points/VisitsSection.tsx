import { type ReactElement, useState } from 'react';
import { App, Button, Descriptions, Empty, List, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Visit } from '../../../api/types.js';
import { errorMessage } from '../../../api/api-error.js';
import { formatDate } from '../../components/format.js';
import { Section } from '../../components/Section.js';
import { SoftTag } from '../../components/SoftTag.js';
import { canOn } from '../../components/usePolicy.js';
import { VisitFormModal } from './VisitFormModal.js';
import { useVisitMutations } from './visit-hooks.js';

const names = (v: Visit): string => v.members.map((m) => m.displayName).join('、') || '—';

/** One visit: when, what kind, who, whom they met and what they heard; edit and delete when the server allows. */
function VisitItem({ visit, onEdit, onDelete }: { visit: Visit; onEdit: () => void; onDelete: () => void }): ReactElement {
  const allowed = canOn(visit, 'contact_point.record_visit');
  return (
    <div style={{ width: '100%' }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, justifyContent: 'space-between', alignItems: 'center', marginBottom: 8 }}>
        <h3 style={{ margin: 0, fontSize: 16 }}>
          <SoftTag tone={visit.kind === 'symposium' ? 'orange' : 'green'}>{visit.kindLabel}</SoftTag>
          {visit.title}
        </h3>
        {allowed && (
          <Space size={4}>
            <Button size="small" onClick={onEdit}>编辑</Button>
            <Button size="small" danger onClick={onDelete}>删除</Button>
          </Space>
        )}
      </div>
      <Descriptions
        column={{ xs: 1, md: 3 }}
        size="small"
        items={[
          { key: 'date', label: '日期', children: formatDate(visit.date) },
          { key: 'leader', label: '带队', children: visit.leader.displayName },
          { key: 'members', label: '参加委员', children: names(visit) },
          { key: 'met', label: '座谈对象', span: 'filled', children: <div className="pre-wrap">{visit.met}</div> },
          { key: 'opinions', label: '听取的意见', span: 'filled', children: <div className="pre-wrap">{visit.opinions}</div> },
        ]}
      />
    </div>
  );
}

/** 市政协走访座谈 — the city CPPCC's visits and symposia at the contact point (第四条(七)), with 记录走访 for the city office. */
export function VisitsSection({ contactPointId, visits, canRecord }: { contactPointId: string; visits: readonly Visit[]; canRecord: boolean }): ReactElement {
  const { modal, message } = App.useApp();
  const { remove } = useVisitMutations(contactPointId);
  const [editing, setEditing] = useState<{ visit: Visit | null } | null>(null);
  const confirmDelete = (v: Visit): void => {
    modal.confirm({
      title: `删除走访记录“${v.title}”？`,
      content: '删除后，参加委员的该次履职记录一并删除。',
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () =>
        remove.mutateAsync({ id: v.id, version: v.version }).then(
          () => void message.success('已删除走访记录'),
          (e: unknown) => void message.error(errorMessage(e)),
        ),
    });
  };
  return (
    <Section title="市政协走访座谈">
      {canRecord && (
        <div style={{ marginBottom: 12 }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ visit: null })}>
            记录走访
          </Button>
        </div>
      )}
      {visits.length === 0 ? (
        <Empty description="暂无市政协走访座谈记录" />
      ) : (
        <List dataSource={[...visits]} renderItem={(v) => <List.Item key={v.id}><VisitItem visit={v} onEdit={() => setEditing({ visit: v })} onDelete={() => confirmDelete(v)} /></List.Item>} />
      )}
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
        参加走访座谈的市政协委员自动记入履职档案。
      </Typography.Paragraph>
      <VisitFormModal open={editing !== null} contactPointId={contactPointId} visit={editing?.visit ?? null} onClose={() => setEditing(null)} />
    </Section>
  );
}
