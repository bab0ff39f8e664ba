import type { ReactElement } from 'react';
import { App, Button, Popover, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ProposalDuplicatesView, ProposalDuplicateView, TopicView } from '@shangliang/core';
import { useNavigate } from 'react-router';
import { apiGet, apiPost } from '../../../api/client.js';
import { errorMessage } from '../../../api/api-error.js';
import type { Proposal } from '../../../api/types.js';

/** GET /api/proposals/duplicates for the open proposals of a page: loaded after the list, so the list stays fast. */
export function useDuplicates(rows: readonly Proposal[]) {
  const ids = rows.filter((r) => r.status === 'submitted' || r.status === 'screened_in').map((r) => r.id);
  return useQuery({
    queryKey: ['proposals', 'duplicates', ids],
    queryFn: () => apiGet<ProposalDuplicatesView>('/api/proposals/duplicates', { ids: ids.join(',') }),
    enabled: ids.length > 0,
    staleTime: 30_000,
  });
}

/** 并入此议题 (a topic) or 合并立题 with the other proposal under the suggested title: one click, then the topic opens. */
function useMergeDuplicate(row: Proposal) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  return useMutation({
    mutationFn: (d: ProposalDuplicateView) =>
      d.kind === 'topic'
        ? apiPost<TopicView>('/api/proposals/merge', { ids: [row.id], topicId: d.id })
        : apiPost<TopicView>('/api/proposals/groups/merge', { ids: [row.id, d.id], title: d.suggestedTitle ?? row.title }),
    onSuccess: (topic) => {
      void Promise.all(['proposals', 'topics', 'workbench'].map((k) => client.invalidateQueries({ queryKey: [k] })));
      message.success(`已合并立题：${topic.title}`);
      navigate(`/console/topics/${topic.id}`);
    },
    onError: (e) => message.error(errorMessage(e)),
  });
}

/**
 * 疑似重复 — a proposal's likely duplicates: a tag with how many, opening the list with each one's stage and
 * likeness, and the one-click merge when the user may merge.
 */
export function DuplicatesCell({ row, duplicates, canMerge }: { row: Proposal; duplicates: readonly ProposalDuplicateView[] | undefined; canMerge: boolean }): ReactElement {
  const merge = useMergeDuplicate(row);
  if (!duplicates?.length) return <span>—</span>;
  const content = (
    <ul className="duplicate-list" aria-label={`“${row.title}”的疑似重复`}>
      {duplicates.map((d) => (
        <li key={`${d.kind}:${d.id}`}>
          <div>
            <Tag color={d.kind === 'topic' ? 'blue' : 'default'}>{d.kind === 'topic' ? '议题' : '建议'}</Tag>
            <Typography.Text strong>{d.title}</Typography.Text>
          </div>
          <Typography.Text type="secondary">
            {d.stage} · 相似度 {Math.round(d.score * 100)}%
          </Typography.Text>
          {canMerge && d.mergeable && (
            <div>
              <Button size="small" type="primary" loading={merge.isPending && merge.variables === d} onClick={() => merge.mutate(d)}>
                {d.kind === 'topic' ? '并入此议题' : `合并立题：${d.suggestedTitle ?? row.title}`}
              </Button>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
  return (
    <Popover content={content} title="疑似重复的建议和议题" trigger="click" placement="bottomLeft">
      <Button size="small" className="duplicate-tag" aria-label={`疑似重复 ${duplicates.length} 条：${row.title}`}>
        疑似重复 {duplicates.length}
      </Button>
    </Popover>
  );
}
