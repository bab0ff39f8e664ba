import type { ReactElement } from 'react';
import { App, Button, Tag, Typography } from 'antd';
import { DELIVERY_STATE_LABELS, DELIVERY_STATES, type DeliveryState } from '@shangliang/core';
import type { Delivery } from '../../../api/types.js';
import { errorMessage } from '../../../api/api-error.js';
import { CountyFilter } from '../../components/CountyFilter.js';
import { ListPage } from '../../components/ListPage.js';
import { formatTime, orDash } from '../../components/format.js';
import { useListFilters } from '../../components/useListFilters.js';
import { canOn, usePolicy } from '../../components/usePolicy.js';
import { VocabFilter } from '../../components/VocabFilter.js';
import { useDeliveries, useResend } from './hooks.js';

const PAGE_SIZE = 20;
const STATE_COLORS: Readonly<Record<DeliveryState, string>> = { pending: 'gold', sending: 'blue', sent: 'green', failed: 'red' };
const CHANNELS = ['email', 'sms'] as const;

/** 发送记录 — every e-mail and SMS of the county: sent, waiting to be retried, failed with the reason; 重新发送. */
export function DeliveriesPage(): ReactElement {
  const { get, page } = useListFilters();
  const list = useDeliveries({ state: get('state'), channel: get('channel'), countyId: get('countyId'), page, pageSize: PAGE_SIZE });
  const resend = useResend();
  const policy = usePolicy();
  const { message } = App.useApp();
  const again = (d: Delivery): void =>
    resend.mutate(d.id, { onSuccess: () => message.success('已重新加入发送队列'), onError: (e) => message.error(errorMessage(e)) });
  const action = (d: Delivery) =>
    canOn(d, 'notification.resend') && (
      <Button size="small" onClick={() => again(d)} loading={resend.isPending && resend.variables === d.id}>
        重新发送
      </Button>
    );
  return (
    <ListPage<Delivery>
      title="发送记录"
      description="平台发出的邮件和短信：已发送、等待重试（含失败原因）和发送失败的记录。失败的可重新发送。"
      filters={
        <>
          {policy.can('county.read_all') && <CountyFilter width={180} />}
          <VocabFilter param="state" label="按状态筛选" placeholder="全部状态" keys={DELIVERY_STATES} labels={DELIVERY_STATE_LABELS} width={130} />
          <VocabFilter param="channel" label="按渠道筛选" placeholder="全部渠道" keys={CHANNELS} labels={{ email: '电子邮件', sms: '手机短信' }} width={130} />
        </>
      }
      query={list}
      noun="发送记录"
      size="small"
      scroll={{ x: 1100 }}
      paging={{ pageSize: PAGE_SIZE, unit: '条' }}
      card={(d) => (
        <div className="delivery-card">
          <Typography.Text strong>{d.title}</Typography.Text>
          <div>
            <Tag color={STATE_COLORS[d.state]}>{d.stateLabel}</Tag> {d.channelLabel} · {d.recipient ?? '群众'} · {d.address}
          </div>
          <Typography.Text type="secondary">{formatTime(d.createdAt)}{d.lastError ? ` · ${d.lastError}` : ''}</Typography.Text>
          <div>{action(d)}</div>
        </div>
      )}
      columns={[
        { title: '时间', dataIndex: 'createdAt', width: 140, render: (v: string) => <span className="nowrap">{formatTime(v)}</span> },
        { title: '类别', dataIndex: 'kindLabel', width: 130 },
        { title: '标题', dataIndex: 'title', ellipsis: true },
        { title: '渠道', dataIndex: 'channelLabel', width: 90 },
        { title: '接收人', dataIndex: 'recipient', width: 130, render: (v: string | null, d) => `${v ?? '群众'}（${d.address}）` },
        { title: '状态', dataIndex: 'stateLabel', width: 100, render: (v: string, d) => <Tag color={STATE_COLORS[d.state]}>{v}</Tag> },
        { title: '尝试', dataIndex: 'attempts', width: 60 },
        { title: '失败原因', dataIndex: 'lastError', width: 220, ellipsis: true, render: (v: string | null, d) => (v && d.nextAttemptAt ? `${v}（${formatTime(d.nextAttemptAt)} 重试）` : orDash(v)) },
        { title: '操作', width: 100, render: (_: unknown, d) => action(d) },
      ]}
    />
  );
}
