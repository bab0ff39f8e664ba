import type { ReactNode } from 'react';
import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  DashboardOutlined,
  EnvironmentOutlined,
  FlagOutlined,
  KeyOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { MenuKey } from '../../api/types.js';

/** One entry of the side menu. */
export interface MenuEntry {
  readonly key: MenuKey;
  readonly label: string;
  readonly path: string;
  readonly icon: ReactNode;
}

/** Side menu entries in display order; the server's `Me.menu` decides which are shown. */
export const MENU_ENTRIES: readonly MenuEntry[] = [
  { key: 'workbench', label: '工作台', path: '/console', icon: <DashboardOutlined /> },
  { key: 'organisations', label: '组织机构', path: '/console/orgs', icon: <ApartmentOutlined /> },
  { key: 'departments', label: '承办单位', path: '/console/departments', icon: <BankOutlined /> },
  { key: 'venues', label: '活动场所', path: '/console/venues', icon: <EnvironmentOutlined /> },
  { key: 'contact_points', label: '工作联系点', path: '/console/contact-points', icon: <FlagOutlined /> },
  { key: 'users', label: '用户管理', path: '/console/users', icon: <TeamOutlined /> },
  { key: 'audit', label: '操作日志', path: '/console/audit', icon: <AuditOutlined /> },
  { key: 'password', label: '修改密码', path: '/console/password', icon: <KeyOutlined /> },
];

/** The menu key of the page at a path. */
export function menuKeyOf(pathname: string): MenuKey | undefined {
  const path = pathname.replace(/\/+$/, '') || '/console';
  const match = [...MENU_ENTRIES]
    .sort((a, b) => b.path.length - a.path.length)
    .find((e) => path === e.path || path.startsWith(`${e.path}/`));
  return match?.key;
}
