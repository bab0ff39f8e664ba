import { type ReactElement, useState } from 'react';
import { Alert, Card, Empty, List, Typography } from 'antd';
import { Link } from 'react-router';
import { errorMessage } from '../../../api/api-error.js';
import { PageTitle } from '../../components/PageTitle.js';
import { SoftTag } from '../../components/SoftTag.js';
import { formatDate } from '../../components/format.js';
import { useDocumentTitle } from '../../components/useDocumentTitle.js';
import { usePolicy } from '../../components/usePolicy.js';
import { useMyActivities } from '../topics/hooks.js';

const KIND_LABELS = { research: '调研', consultation: '协商' } as const;

/** 我的活动 — research and consultation activities the member was invited to. */
export function MyActivitiesPage(): ReactElement {
  useDocumentTitle('我的活动');
  const [page, setPage] = useState(1);
  const list = useMyActivities(page);
  const canOpenTopics = usePolicy().canOpen('topics');
  return (
    <>
      <PageTitle description="您参加的调研和协商活动，由组织单位记录（谁组织谁记录）。">我的活动</PageTitle>
      <Card>
        {list.isError && <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 12 }} />}
        <List
          loading={list.isPending}
          dataSource={[...(list.data?.items ?? [])]}
          pagination={(list.data?.total ?? 0) > 20 && { current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false, showTotal: (n) => `共 ${n} 项` }}
          locale={{ emptyText: <Empty description="暂无活动" /> }}
          renderItem={(a) => (
            <List.Item key={`${a.kind}-${a.id}`}>
              <div className="my-item">
                <div className="my-item-head">
                  <strong>{a.title}</strong>
                  <span>
                    <SoftTag tone="red">{KIND_LABELS[a.kind] ?? a.kind}</SoftTag>
                    {a.attended === true && <SoftTag tone="green">已参加</SoftTag>}
                    {a.attended === false && <SoftTag>未参加</SoftTag>}
                    {a.attended === null && <SoftTag tone="orange">待开展</SoftTag>}
                  </span>
                </div>
                <Typography.Text type="secondary">
                  {formatDate(a.date)} · 议题：
                  {canOpenTopics ? <Link to={`/console/topics/${a.topicId}`}>{a.topicTitle}</Link> : a.topicTitle}
                </Typography.Text>
              </div>
            </List.Item>
          )}
        />
      </Card>
    </>
  );
}
