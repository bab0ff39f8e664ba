/** Roles a user may hold; each assignment is scoped to one organisation. */
export const ROLES = [
  'admin',
  'city_office',
  'county_office',
  'committee_staff',
  'leader',
  'party_reviewer',
  'member',
  'dept_handler',
  'resident',
] as const;

/** A role name. */
export type Role = (typeof ROLES)[number];

/** 角色名称 — Chinese labels shown in the UI. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  admin: '系统管理员',
  city_office: '市政协办公室',
  county_office: '政协办公室',
  committee_staff: '专委会工作人员',
  leader: '政协领导',
  party_reviewer: '党委审定人',
  member: '政协委员',
  dept_handler: '承办单位经办人',
  resident: '群众',
};

/** 领导职务 — titles a leader holds (第五条). */
export const LEADER_TITLES = ['主席', '副主席', '秘书长'] as const;

/** A leader's title. */
export type LeaderTitle = (typeof LEADER_TITLES)[number];

/** 职务 — the titles a grant of the role must name; roles not listed carry none. */
export const ROLE_TITLES: Readonly<Partial<Record<Role, readonly string[]>>> = { leader: LEADER_TITLES };

/** Which organisation kinds a role may be scoped to. */
export const ROLE_ORG_KINDS: Readonly<Record<Role, readonly string[]>> = {
  admin: ['city'],
  city_office: ['city'],
  county_office: ['county'],
  committee_staff: ['city', 'county'],
  leader: ['city', 'county'],
  party_reviewer: ['city', 'county'],
  member: ['city', 'county'],
  dept_handler: ['department'],
  resident: ['city', 'county', 'township', 'village', 'community'],
};
