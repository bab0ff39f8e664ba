import type { ReactElement } from 'react';
import { App, Button, Dropdown } from 'antd';
import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import type { Me } from '../../api/types.js';
import { activeRoles, useLogout } from '../features/auth/hooks.js';

/** Role words for the header, e.g. 政协办公室 or 政协领导（主席）. */
export function roleSummary(me: Me): string {
  const roles = activeRoles(me);
  return roles.map((r) => (r.title ? `${r.roleLabel}（${r.title}）` : r.roleLabel)).join('、') || '未分配角色';
}

/** Name, current role and 退出登录 at the top right; a compact menu on phones. */
export function UserBox({ me, compact }: { me: Me; compact: boolean }): ReactElement {
  const logout = useLogout();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const doLogout = (): void =>
    logout.mutate(undefined, {
      onSettled: () => {
        message.success('已退出登录');
        navigate('/console/login', { replace: true });
      },
    });

  if (compact) {
    return (
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'who', label: `${me.displayName} · ${roleSummary(me)}`, disabled: true },
            { type: 'divider' },
            { key: 'logout', icon: <LogoutOutlined />, label: '退出登录', onClick: doLogout },
          ],
        }}
      >
        <Button type="text" className="header-icon-button" aria-label={`当前用户：${me.displayName}`} icon={<UserOutlined />} />
      </Dropdown>
    );
  }
  return (
    <div className="user-box">
      <span className="user-name">
        <UserOutlined aria-hidden="true" /> {me.displayName}
      </span>
      <span className="user-role">{roleSummary(me)}</span>
      <Button size="small" ghost icon={<LogoutOutlined />} loading={logout.isPending} onClick={doLogout}>
        退出登录
      </Button>
    </div>
  );
}
