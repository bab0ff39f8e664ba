import type { ReactElement } from 'react';
import { Badge, Button } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useUnreadCount } from './hooks.js';

/** The bell in the console's header: the unread count; a tap opens 我的消息 (on a phone as on a desktop). */
export function NotificationBell(): ReactElement {
  const unread = useUnreadCount().data?.unread ?? 0;
  const navigate = useNavigate();
  return (
    <Badge count={unread} size="small" overflowCount={99} offset={[-6, 6]}>
      <Button
        type="text"
        className="header-icon-button"
        aria-label={unread ? `我的消息，${unread} 条未读` : '我的消息'}
        icon={<BellOutlined />}
        onClick={() => navigate('/console/notifications')}
      />
    </Badge>
  );
}
