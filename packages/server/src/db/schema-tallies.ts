import type { ParticipationKind } from '@shangliang/core';

/**
 * Counts kept by triggers (migration 0015): '' stands for the city (no county), no lead department
 * and no due date. Rows may reach 0; readers skip them.
 */
export interface TopicTalliesTable {
  county_id: string;
  state: string;
  n: number;
}

export interface ProposalTalliesTable {
  county_id: string;
  status: string;
  n: number;
}

/** Items by county, lead department, state and — for items under way (assigned) only — due date. */
export interface ItemTalliesTable {
  county_id: string;
  lead_dept_id: string;
  state: string;
  due_on: string;
  n: number;
}

/** Items by county, state and — under way only — due date (migration 0020): the board's counts. */
export interface ItemDueTalliesTable {
  county_id: string;
  state: string;
  due_on: string;
  n: number;
}

/** Items by county, lead department and state (migration 0022): the per-department totals. */
export interface ItemDeptTalliesTable {
  county_id: string;
  lead_dept_id: string;
  state: string;
  n: number;
}

/** Items by department (主办 or 会办), county, state and — under way only — due date (migration 0030): 我的办件's counts. */
export interface DeptItemTalliesTable {
  dept_id: string;
  county_id: string;
  state: string;
  due_on: string;
  n: number;
}

/** Research activities and follow-ups by their topic's county, day and kind (migration 0027). */
export interface ActivityTalliesTable {
  county_id: string;
  day: string;
  kind: 'research' | 'follow_up';
  n: number;
}

/** Participations by county, year, member, kind and detail ('' for none), with their units (migration 0027). */
export interface ParticipationTalliesTable {
  county_id: string;
  year: number;
  user_id: string;
  kind: ParticipationKind;
  detail: string;
  n: number;
  units: number;
}

export interface TallyTables {
  activity_tallies: ActivityTalliesTable;
  participation_tallies: ParticipationTalliesTable;
  item_dept_tallies: ItemDeptTalliesTable;
  dept_item_tallies: DeptItemTalliesTable;
  item_due_tallies: ItemDueTalliesTable;
  topic_tallies: TopicTalliesTable;
  proposal_tallies: ProposalTalliesTable;
  item_tallies: ItemTalliesTable;
}
