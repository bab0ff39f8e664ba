/** Every action the policies decide on, as `<subject>.<verb>`. */
export const ACTIONS = [
  'organisation.read',
  'organisation.create',
  'organisation.update',
  'organisation.deactivate',
  'venue.read',
  'venue.create',
  'venue.update',
  'venue.deactivate',
  'contact_point.read',
  'contact_point.create',
  'contact_point.update',
  'contact_point.deactivate',
  /** 走访座谈 — the city CPPCC's visits and symposia at a contact point: who may see them. */
  'contact_point.read_visits',
  /** Record, edit and delete the city's visits: the city office (谁组织谁记录). */
  'contact_point.record_visit',
  /** 经验交流 (第七条): the published summaries, for the staff of every county. */
  'experience.read',
  /** Write, publish and unpublish summaries, and see drafts: the city office. */
  'experience.write',
  'user.list',
  'user.read',
  'user.create',
  'user.update',
  'user.reset_password',
  'user.deactivate',
  'user.unlock',
  'role_grant.grant',
  'audit.read',
  /** Look across every county's records (topics, the handling board): the city office and administrators. */
  'county.read_all',
  'proposal.create_member',
  'proposal.create_assigned',
  'proposal.list',
  'proposal.screen',
  'proposal.merge',
  'proposal.reveal_phone',
  'solicitation.manage',
  'plan.manage',
  'topic.read',
  'topic.create',
  'topic.update',
  'topic.record_research',
  'topic.record_preparation',
  'topic.schedule_consultation',
  'topic.record_consultation',
  'topic.submit_outcome',
  /** The office's own steps of the transition table: 提交审议, 安排协商, 报送成果, 交办, 跟踪问效, 办结. */
  'topic.advance',
  /** 主席会议审议 — the chair's meeting passes, returns or rejects a topic. */
  'topic.chair_review',
  /** 党委审定 — the party committee approves, returns or rejects it. */
  'topic.party_review',
  'handling.manage',
  /** See a handling item: the office of its level, the city office, its lead and co-handling departments. */
  'handling_item.read',
  /** The office's steps of the handling table: 交办, 审核反馈, 录入来函, 满意度测评. */
  'handling_item.oversee',
  /** 承办 — the lead department's steps: 退回, 书面反馈. */
  'handling_item.handle',
  /** 会办意见 — a co-handling department's opinion. */
  'handling_item.co_opinion',
  /** 网络协商: settings, seed statements, close, import and export a room — the office of its level. */
  'room.manage',
  /** The moderation queue: approve, hide, mark as seed; the words that hold a statement for review. */
  'room.moderate',
  /** 部门回应 — a department's official answer to a statement. */
  'room.reply',
  /** Post, vote and report in a members-only room. */
  'room.take_part',
  /** Post, vote and report in a public room: anyone on the portal. */
  'room.take_part_public',
  /** The opinion map's member lists: who is in which group. */
  'room.read_participants',
  /** 签到码 and attendance corrections of an activity: the office of its level. */
  'attendance.manage',
  /** 签到 — a member checks in with the activity's code. */
  'attendance.check_in',
  /** 积分规则 of a county's (or the city's) year. */
  'point_rules.read',
  'point_rules.update',
  /** 履职档案 — one member's year: their own, or their county office's. */
  'archive.read',
  /** The county's archives, sorted and filtered, and their export. */
  'archive.list',
  /** 协商频次统计 of a county (or the city's own records): its office and leaders, and the city office. */
  'statistics.read',
  /** The city dashboard of the 17 counties. */
  'statistics.read_city',
  /** The city's minimums a county is flagged against. */
  'statistics.set_thresholds',
  /** 站内消息 and one's notification settings: every signed-in user, their own. */
  'notification.read_own',
  /** 发送记录 — the e-mails and SMS of a county: its office; the city office reads every county's. */
  'notification.read_deliveries',
  /** Send a failed or sent e-mail or SMS again: the office of its county. */
  'notification.resend',
  /** 印发公文 — generate, number and keep an official document of a record: the office of its level. */
  'document.issue',
  /** Download a document: whoever may read the record it was made from. */
  'document.read',
  /** A county's 发文机关 suffix and 发文字号 prefixes. */
  'document.configure',
  /** 近义词表 — the shipped groups and a county's own: its office, and the city office for every county. */
  'thesaurus.read',
  /** Add, edit and delete a county's own groups: the office of the level. */
  'thesaurus.edit',
] as const;

/** An action name. */
export type Action = (typeof ACTIONS)[number];

/** The per-object actions sent with each object, so the UI can show only allowed buttons. */
export const OBJECT_ACTIONS = {
  organisation: ['organisation.update', 'organisation.deactivate', 'organisation.create'],
  venue: ['venue.update', 'venue.deactivate'],
  contact_point: ['contact_point.update', 'contact_point.deactivate'],
  contact_point_visit: ['contact_point.record_visit'],
  experience: ['experience.write'],
  user: ['user.update', 'user.reset_password', 'user.deactivate', 'user.unlock'],
  proposal: ['proposal.screen', 'proposal.merge'],
  topic: [
    'topic.update',
    'topic.record_research',
    'topic.record_preparation',
    'topic.schedule_consultation',
    'topic.record_consultation',
    'topic.submit_outcome',
  ],
} as const satisfies Record<string, readonly Action[]>;
