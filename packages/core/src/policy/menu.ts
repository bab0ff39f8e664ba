import type { Action } from './actions.js';
import type { Actor } from './actor.js';
import { can } from './can.js';
import { departmentOf, isCityOffice, isMember } from './predicates.js';

/** 控制台菜单 — the entries of the console's side menu. */
export const MENU_KEYS = [
  'workbench',
  'proposals',
  'topics',
  'plans',
  'solicitations',
  'my_proposals',
  'my_activities',
  'checkin',
  'my_archive',
  'handling',
  'statistics',
  'city_dashboard',
  'experiences',
  'archives',
  'point_rules',
  'my_items',
  'organisations',
  'departments',
  'venues',
  'contact_points',
  'users',
  'audit',
  'deliveries',
  'thesaurus',
  'notifications',
  'password',
] as const;
/** A menu entry. */
export type MenuKey = (typeof MENU_KEYS)[number];

/** The console menu of an actor in the active county: follows the policies, like every button. */
export function menuFor(actor: Actor, countyId: string | null): MenuKey[] {
  const allowed = (action: Action) => can(actor, action, { type: 'topic', scope: [countyId] }).ok;
  // The member area is for those who hold the member role, not for administrators who may do anything.
  const member = isMember(actor);
  const workflow: MenuKey[] = allowed('proposal.list')
    ? ['proposals', 'topics', 'plans', 'solicitations', 'handling']
    : isCityOffice(actor)
      ? ['topics', 'handling']
      : allowed('topic.read') && !member
        ? ['topics']
        : departmentOf(actor)
          ? ['my_items']
          : [];
  const memberArea: MenuKey[] = member && allowed('proposal.create_member') ? ['my_proposals', 'my_activities', 'checkin', 'my_archive'] : [];
  // 履职档案 and 积分规则 (第六条(一)): whoever may list the county's archives.
  const archives: MenuKey[] = can(actor, 'archive.list', { type: 'archive', scope: [countyId] }).ok ? ['archives', 'point_rules'] : [];
  const manages = can(actor, 'user.list', { type: 'user', scope: [countyId] }).ok;
  const office: MenuKey[] = manages ? ['organisations', 'departments', 'venues', 'contact_points', 'users', 'audit'] : [];
  // 发送记录: the e-mails and SMS of the county, for its office.
  const deliveries: MenuKey[] = can(actor, 'notification.read_deliveries', { type: 'notification', scope: [countyId] }).ok ? ['deliveries'] : [];
  // 近义词表: the office of the county (the city office: the city's, and every county's to read).
  const thesaurus: MenuKey[] = can(actor, 'thesaurus.read', { type: 'thesaurus', scope: [countyId] }).ok ? ['thesaurus'] : [];
  const statistics: MenuKey[] = [
    ...(can(actor, 'statistics.read', { type: 'statistics', scope: [countyId] }).ok ? (['statistics'] as const) : []),
    ...(can(actor, 'statistics.read_city', { type: 'statistics', scope: [null] }).ok ? (['city_dashboard'] as const) : []),
  ];
  // 经验交流 (第七条) is read by every county's staff, written by the city office.
  const experiences: MenuKey[] = can(actor, 'experience.read', { type: 'experience', scope: [null] }).ok ? ['experiences'] : [];
  return ['workbench', ...workflow, ...statistics, ...archives, ...experiences, ...memberArea, ...office, ...deliveries, ...thesaurus, 'notifications', 'password'];
}
