import type { ReactElement } from 'react';
import { Alert, Card, Empty, List, Segmented, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { DUE_STATUS_LABELS, ITEM_STATE_LABELS } from '@shangliang/core';
import { errorMessage } from '../../../api/api-error.js';
import type { HandlingItem } from '../../../api/types.js';
import { PageTitle } from '../../components/PageTitle.js';
import { useDocumentTitle } from '../../components/useDocumentTitle.js';
import { useMe } from '../auth/hooks.js';
import { ItemCard } from './HandlingBoardPage.js';
import { useHandlingItems } from './hooks.js';
import { byUrgency } from './parts.js';

type View = 'open' | 'overdue' | 'all';

/** 我的办件 — the department's items (the server returns only theirs), most urgent first; phone first. */
export function MyItemsPage(): ReactElement {
  useDocumentTitle('我的办件');
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const view: View = params.get('due') === 'overdue' ? 'overdue' : params.get('view') === 'open' ? 'open' : 'all';
  const list = useHandlingItems({ pageSize: 200 });
  const items = [...(list.data?.items ?? [])].sort(byUrgency);
  const shown = items.filter((i: HandlingItem) =>
    view === 'overdue' ? i.dueStatus === 'overdue' : view === 'open' ? i.state === 'assigned' : true,
  );
  const open = items.filter((i) => i.state === 'assigned').length;
  const overdue = items.filter((i) => i.dueStatus === 'overdue').length;
  const dept = me.data?.organisations.find((o) => o.id === me.data?.activeOrgId)?.name;
  return (
    <>
      <PageTitle description={dept ? `${dept}承办的协商建议，请在办理期限内书面反馈。` : '本单位承办的协商建议，请在办理期限内书面反馈。'}>我的办件</PageTitle>
      <Segmented<View>
        block
        className="my-items-switch"
        aria-label="查看范围"
        value={view}
        onChange={(v) => setParams(v === 'all' ? {} : v === 'overdue' ? { due: 'overdue' } : { view: 'open' }, { replace: true })}
        options={[
          { value: 'all', label: `全部 ${items.length}` },
          { value: 'open', label: `${ITEM_STATE_LABELS.assigned} ${open}` },
          { value: 'overdue', label: `${DUE_STATUS_LABELS.overdue} ${overdue}` },
        ]}
      />
      {list.isError && <Alert type="error" showIcon title={errorMessage(list.error)} style={{ margin: '12px 0' }} />}
      <Card className="my-items-card">
        <List
          loading={list.isPending}
          dataSource={shown}
          locale={{ emptyText: <Empty description={view === 'overdue' ? '没有逾期的办件' : view === 'open' ? '暂无需要办理的建议' : '暂无办件'} /> }}
          renderItem={(row) => (
            <List.Item key={row.id}>
              <ItemCard item={row} />
            </List.Item>
          )}
        />
        {view !== 'all' && items.length > shown.length && (
          <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
            已反馈、已办结的办件在“全部”中查看。
          </Typography.Paragraph>
        )}
      </Card>
    </>
  );
}
