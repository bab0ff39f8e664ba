import { ROLE_LABELS, type Role } from '../auth/roles.js';
import { ORG_KIND_LABELS, type OrgKind, VENUE_KIND_LABELS, type VenueKind } from '../org/org.schema.js';
import { TOPIC_TRANSITIONS } from '../topic/lifecycle.js';
import { AUDIT_ACTION_LABELS } from './audit.schema.js';

/** Chinese names of the fields that audit summaries mention. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  name: '名称',
  kind: '类型',
  parent: '上级',
  org: '所属组织',
  username: '用户名',
  displayName: '姓名',
  display_name: '姓名',
  roles: '角色',
  phone: '电话',
  sector: '界别',
  committee: '专委会',
  address: '地址',
  note: '备注',
  capacity: '容纳人数',
  to: '切换到',
  reason: '原因',
  action: '操作',
  lockedUntil: '锁定至',
  contact_person: '联系人',
  contact_phone: '联系电话',
  region_name: '地区',
  party_name: '党委',
  government_name: '政府',
  sort_order: '排序',
  county_id: '所属县（市、区）',
  org_id: '所在村（社区）',
};

const LABELLED: Readonly<Record<string, string>> = {
  ...ORG_KIND_LABELS,
  ...VENUE_KIND_LABELS,
  ...ROLE_LABELS,
  ...Object.fromEntries(Object.entries(TOPIC_TRANSITIONS).map(([event, rule]) => [event, rule.label])),
};

function value(v: unknown): string {
  if (v === null || v === undefined || v === '') return '（空）';
  if (Array.isArray(v)) return v.map(value).join('、');
  if (typeof v === 'string') {
    if (/^\d{4}-\d{2}-\d{2}T/.test(v))
      return new Date(v).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
    return LABELLED[v as Role | OrgKind | VenueKind] ?? AUDIT_ACTION_LABELS[v] ?? v;
  }
  return String(v);
}

/**
 * Renders a stored audit summary (JSON of fields, or {field: [before, after]}) as Chinese text,
 * e.g. `名称：河底乡；电话：（空）→ 13900000000`. Plain text passes through.
 */
export function formatAuditSummary(summary: string | null): string | null {
  if (!summary) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(summary);
  } catch {
    return summary;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return value(parsed);
  const parts = Object.entries(parsed).map(([key, v]) => {
    const label = FIELD_LABELS[key] ?? key;
    const change = Array.isArray(v) && v.length === 2 && key !== 'roles' ? `${value(v[0])} → ${value(v[1])}` : null;
    const roles = key === 'roles' && Array.isArray(v) && v.length === 2 && Array.isArray(v[0]) ? `${value(v[0])} → ${value(v[1])}` : null;
    return `${label}：${roles ?? change ?? value(v)}`;
  });
  return parts.length ? parts.join('；') : null;
}
