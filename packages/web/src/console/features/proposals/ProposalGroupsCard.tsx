import { useState, type ReactElement } from 'react';
import { Alert, App, Button, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ProposalGroupsView, TopicView } from '@shangliang/core';
import { useNavigate } from 'react-router';
import { apiGet, apiPost } from '../../../api/client.js';
import { errorMessage } from '../../../api/api-error.js';

/**
 * 按问题分组 — the pool grouped by the concrete problem (same place, same problem), each group with its keywords and a
 * suggested topic title; 合并立题 makes the topic in one click and opens it. Loaded on request (grouping reads the whole pool).
 */
export function ProposalGroupsCard({ countyId }: { countyId?: string | undefined }): ReactElement {
  const [open, setOpen] = useState(false);
  const groups = useQuery({ queryKey: ['proposals', 'groups', countyId], queryFn: () => apiGet<ProposalGroupsView>('/api/proposals/groups', { countyId }), enabled: open });
  const client = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const merge = useMutation({
    mutationFn: (g: { ids: string[]; title: string }) => apiPost<TopicView>('/api/proposals/groups/merge', g),
    onSuccess: (topic) => {
      void client.invalidateQueries({ queryKey: ['proposals'] });
      message.success(`已合并立题：${topic.title}`);
      navigate(`/console/topics/${topic.id}`);
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  const list = groups.data?.groups ?? [];
  return (
    <Card style={{ marginBottom: 16 }} title={<h2 className="card-title">按问题分组</h2>} extra={!open && <Button onClick={() => setOpen(true)}>查看分组</Button>}>
      {!open && <Typography.Text type="secondary">把反映同一地点同一问题的建议归为一组，一键合并立题。</Typography.Text>}
      {groups.isError && <Alert type="error" showIcon title={errorMessage(groups.error)} />}
      {open && groups.data && !list.length && <Empty description="暂未发现反映同一问题的多条建议" />}
      {open && (
        <List
          loading={groups.isFetching}
          dataSource={list}
          renderItem={(g) => (
            <List.Item
              key={g.proposalIds.join(',')}
              actions={[
                <Button key="merge" type="primary" loading={merge.isPending && merge.variables?.ids === g.proposalIds} onClick={() => merge.mutate({ ids: g.proposalIds, title: g.suggestedTitle })}>
                  合并立题
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={
                  <Space wrap>
                    <span>{g.suggestedTitle}</span>
                    <Tag color="blue">{g.proposalIds.length} 条</Tag>
                  </Space>
                }
                description={
                  <>
                    <div>
                      {g.keywords.map((k) => (
                        <Tag key={k}>{k}</Tag>
                      ))}
                    </div>
                    <ul className="group-titles">
                      {g.titles.map((t, i) => (
                        <li key={g.proposalIds[i]}>{t}</li>
                      ))}
                    </ul>
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
      {open && groups.data && (
        <Typography.Text type="secondary">
          共 {list.length} 组，另有 {groups.data.ungrouped.length} 条未归组。
        </Typography.Text>
      )}
    </Card>
  );
}
