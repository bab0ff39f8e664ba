import type { ReactElement } from 'react';
import { Descriptions, Empty, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import type { ContactPointConsultation, ContactPointPage as Page } from '../../../api/types.js';
import { DataTable } from '../../components/DataTable.js';
import { formatTime, orDash } from '../../components/format.js';
import { RecordPage } from '../../components/RecordPage.js';
import { Section } from '../../components/Section.js';
import { SoftTag } from '../../components/SoftTag.js';
import { canOn } from '../../components/usePolicy.js';
import { useContactPointPage } from './visit-hooks.js';
import { VisitsSection } from './VisitsSection.js';

/** 在联系点开展的协商活动 — those the reader may see. */
function ConsultationsAt({ rows }: { rows: readonly ContactPointConsultation[] }): ReactElement {
  return (
    <Section title="在联系点开展的协商活动">
      {rows.length === 0 ? (
        <Empty description="暂无在该联系点开展的协商活动" />
      ) : (
      <DataTable<ContactPointConsultation>
        label="协商活动列表"
        rowKey="id"
        size="small"
        dataSource={[...rows]}
        pagination={false}
        scroll={{ x: 720 }}
        locale={{ emptyText: '暂无在该联系点开展的协商活动' }}
        columns={[
          { title: '议题', dataIndex: 'topicTitle', render: (v: string, r) => <Link to={`/console/topics/${r.topicId}`}>{v}</Link> },
          { title: '所属', dataIndex: 'countyName', width: 120, render: (v: string | null) => v ?? '市政协' },
          { title: '形式', dataIndex: 'formLabel', width: 100 },
          { title: '时间', dataIndex: 'startsAt', width: 150, render: (v: string) => formatTime(v) },
          { title: '地点', dataIndex: 'venue', width: 180, render: (v: string | null) => orDash(v) },
          { title: '状态', dataIndex: 'status', width: 90, render: (v: string) => (v === 'held' ? <SoftTag tone="green">已召开</SoftTag> : <SoftTag>待召开</SoftTag>) },
        ]}
      />
      )}
    </Section>
  );
}

/** 工作联系点页面 (第四条(七)) — its details, the consultations held there and the city CPPCC's visits and symposia. */
export function ContactPointPage(): ReactElement {
  const { id = '' } = useParams();
  const query = useContactPointPage(id);
  return (
    <RecordPage<Page>
      query={query}
      noun="工作联系点"
      back={{ to: '/console/contact-points', label: '工作联系点' }}
      tabTitle={(p) => p.point.name}
      heading={(p) => p.point.name}
      flags={(p) => (
        <>
          {p.point.countyName ?? <Typography.Text type="warning">所属县（市、区）待补充</Typography.Text>}
          {!p.point.active && <SoftTag tone="red">已停用</SoftTag>}
        </>
      )}
    >
      {(p) => (
        <>
          <Section title="联系点情况">
            <Descriptions
              column={{ xs: 1, md: 2 }}
              size="small"
              items={[
                { key: 'county', label: '所属县（市、区）', children: p.point.countyName ?? '未确定（待补充）' },
                { key: 'org', label: '对应组织', children: orDash(p.point.orgName) },
                { key: 'address', label: '地址', children: orDash(p.point.address) },
                { key: 'note', label: '备注', children: orDash(p.point.note) },
              ]}
            />
          </Section>
          <ConsultationsAt rows={p.consultations} />
          {p.visits && <VisitsSection contactPointId={p.point.id} visits={p.visits} canRecord={canOn(p, 'contact_point.record_visit') && p.point.active} />}
        </>
      )}
    </RecordPage>
  );
}
