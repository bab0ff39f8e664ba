import type { ReactNode } from 'react';
import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  FundOutlined,
  DashboardOutlined,
  EnvironmentOutlined,
  BulbOutlined,
  CalendarOutlined,
  CommentOutlined,
  FileDoneOutlined,
  SolutionOutlined,
  FlagOutlined,
  InboxOutlined,
  NotificationOutlined,
  ScheduleOutlined,
  KeyOutlined,
  ReadOutlined,
  TeamOutlined,
  QrcodeOutlined,
  IdcardOutlined,
  ProfileOutlined,
  CalculatorOutlined,
  BellOutlined,
  SendOutlined,
  TagsOutlined,
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
  { key: 'proposals', label: '选题征集', path: '/console/proposals', icon: <InboxOutlined /> },
  { key: 'topics', label: '协商议题', path: '/console/topics', icon: <CommentOutlined /> },
  { key: 'plans', label: '年度计划', path: '/console/plans', icon: <CalendarOutlined /> },
  { key: 'solicitations', label: '征集活动', path: '/console/solicitations', icon: <NotificationOutlined /> },
  { key: 'handling', label: '办理督办', path: '/console/handling', icon: <SolutionOutlined /> },
  { key: 'my_items', label: '我的办件', path: '/console/my/items', icon: <FileDoneOutlined /> },
  { key: 'statistics', label: '协商统计', path: '/console/statistics', icon: <BarChartOutlined /> },
  { key: 'city_dashboard', label: '全市统计', path: '/console/statistics/city', icon: <FundOutlined /> },
  { key: 'archives', label: '履职档案', path: '/console/archives', icon: <ProfileOutlined /> },
  { key: 'point_rules', label: '积分规则', path: '/console/point-rules', icon: <CalculatorOutlined /> },
  { key: 'experiences', label: '经验交流', path: '/console/experiences', icon: <ReadOutlined /> },
  { key: 'my_proposals', label: '我的荐题', path: '/console/my/proposals', icon: <BulbOutlined /> },
  { key: 'my_activities', label: '我的活动', path: '/console/my/activities', icon: <ScheduleOutlined /> },
  { key: 'checkin', label: '活动签到', path: '/console/checkin', icon: <QrcodeOutlined /> },
  { key: 'my_archive', label: '我的履职', path: '/console/my/archive', icon: <IdcardOutlined /> },
  { key: 'organisations', label: '组织机构', path: '/console/orgs', icon: <ApartmentOutlined /> },
  { key: 'departments', label: '承办单位', path: '/console/departments', icon: <BankOutlined /> },
  { key: 'venues', label: '活动场所', path: '/console/venues', icon: <EnvironmentOutlined /> },
  { key: 'contact_points', label: '工作联系点', path: '/console/contact-points', icon: <FlagOutlined /> },
  { key: 'users', label: '用户管理', path: '/console/users', icon: <TeamOutlined /> },
  { key: 'audit', label: '操作日志', path: '/console/audit', icon: <AuditOutlined /> },
  { key: 'deliveries', label: '发送记录', path: '/console/notifications/deliveries', icon: <SendOutlined /> },
  { key: 'thesaurus', label: '近义词表', path: '/console/thesaurus', icon: <TagsOutlined /> },
  { key: 'notifications', label: '我的消息', path: '/console/notifications', icon: <BellOutlined /> },
  { key: 'password', label: '修改密码', path: '/console/password', icon: <KeyOutlined /> },
];

/** Pages reached from more than one menu entry: an item page is opened from 办理督办 and from 我的办件. */
const SHARED_PAGES: readonly { prefix: string; keys: readonly MenuKey[] }[] = [{ prefix: '/console/handling/items/', keys: ['handling', 'my_items'] }];

/** The menu key of the page at a path (for a shared page, the first of its keys this user's menu has). */
export function menuKeyOf(pathname: string, menu?: readonly MenuKey[]): MenuKey | undefined {
  const path = pathname.replace(/\/+$/, '') || '/console';
  const shared = SHARED_PAGES.find((p) => path.startsWith(p.prefix));
  if (shared) return shared.keys.find((k) => !menu || menu.includes(k)) ?? shared.keys[0];
  const match = [...MENU_ENTRIES]
    .sort((a, b) => b.path.length - a.path.length)
    .find((e) => path === e.path || path.startsWith(`${e.path}/`));
  return match?.key;
}
