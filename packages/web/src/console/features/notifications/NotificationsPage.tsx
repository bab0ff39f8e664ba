import type { ReactElement } from 'react';
import { App, Badge, Button, Segmented, Space, Typography } from 'antd';
import { SettingOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import type { Notification } from '../../../api/types.js';
import { errorMessage } from '../../../api/api-error.js';
import { ListPage } from '../../components/ListPage.js';
import { formatTime } from '../../components/format.js';
import { useListFilters } from '../../components/useListFilters.js';
import { useMarkRead, useNotifications } from './hooks.js';

const PAGE_SIZE = 20;

/** 我的消息 — one's notifications, newest first; opening one marks it read and goes to its record. */
export function NotificationsPage(): ReactElement {
  const { get, set, page } = useListFilters();
  const unreadOnly = get('show') === 'unread';
  const list = useNotifications({ page, pageSize: PAGE_SIZE, unread: unreadOnly });
  const mark = useMarkRead();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const open = (n: Notification): void => {
    if (!n.readAt) mark.mutate(n.id);
    if (n.link) navigate(n.link);
  };
  const unread = list.data?.unread ?? 0;
  const card = (n: Notification): ReactElement => (
    <div className={`notice-row${n.readAt ? '' : ' unread'}`}>
      <button type="button" className="notice-open" onClick={() => open(n)}>
        {!n.readAt && <span className="sr-only">未读：</span>}
        <Space size={6} align="start">
          {!n.readAt && <Badge status="processing" />}
          <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>
        </Space>
        <Typography.Paragraph className="notice-body" type="secondary">
          {n.body}
        </Typography.Paragraph>
        <Typography.Text type="secondary" className="notice-meta">
          {n.kindLabel} · {formatTime(n.createdAt)}
        </Typography.Text>
      </button>
    </div>
  );
  return (
    <ListPage<Notification>
      title="我的消息"
      description="交办、到期提醒、督办、协商邀请等通知。点击消息可查看详情并标为已读。"
      extra={
        <Space wrap>
          <Link to="/console/notifications/settings">
            <Button icon={<SettingOutlined />}>通知设置</Button>
          </Link>
          <Button disabled={!unread} loading={mark.isPending} onClick={() => mark.mutate('all', { onSuccess: () => message.success('已全部标为已读'), onError: (e) => message.error(errorMessage(e)) })}>
            全部标为已读
          </Button>
        </Space>
      }
      filters={
        <Segmented
          aria-label="显示范围"
          value={unreadOnly ? 'unread' : 'all'}
          onChange={(v) => set({ show: v === 'unread' ? 'unread' : undefined })}
          options={[
            { value: 'all', label: '全部' },
            { value: 'unread', label: `未读（${unread}）` },
          ]}
        />
      }
      query={list}
      noun="消息"
      empty={unreadOnly ? '没有未读消息' : '暂无消息'}
      paging={{ pageSize: PAGE_SIZE, unit: '条' }}
      cardsOnly
      card={card}
    />
  );
}
