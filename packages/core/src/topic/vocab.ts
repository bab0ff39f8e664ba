/** 协商内容 — the three kinds of matter of 第四条(一). */
export const TOPIC_CATEGORIES = ['major', 'livelihood', 'governance'] as const;
/** A topic category. */
export type TopicCategory = (typeof TOPIC_CATEGORIES)[number];
/** Labels: 要事 / 实事 / 难事. */
export const TOPIC_CATEGORY_LABELS: Readonly<Record<TopicCategory, string>> = { major: '要事', livelihood: '实事', governance: '难事' };

/** 领域 — the five areas of 第四条(一). */
export const TOPIC_FIELDS = ['economy', 'politics', 'culture', 'society', 'ecology'] as const;
/** A policy area. */
export type TopicField = (typeof TOPIC_FIELDS)[number];
/** Labels of the policy areas. */
export const TOPIC_FIELD_LABELS: Readonly<Record<TopicField, string>> = {
  economy: '经济',
  politics: '政治',
  culture: '文化',
  society: '社会',
  ecology: '生态文明',
};

/** 选题来源 — the three sources of 第四条(二). */
export const PROPOSAL_SOURCES = ['member', 'assigned', 'public'] as const;
/** A proposal source. */
export type ProposalSource = (typeof PROPOSAL_SOURCES)[number];
/** Labels of the sources. */
export const PROPOSAL_SOURCE_LABELS: Readonly<Record<ProposalSource, string>> = {
  member: '委员荐题',
  assigned: '党委政府点题',
  public: '社会公开征集',
};

/** Proposal states: submitted → screened_in | excluded | merged. */
export const PROPOSAL_STATUSES = ['submitted', 'screened_in', 'excluded', 'merged'] as const;
/** States of a consultation: scheduled, then held once its record is entered. */
export const CONSULTATION_STATUSES = ['scheduled', 'held'] as const;
/** A consultation's state. */
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];
/** A proposal state. */
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];
/** Labels of proposal states (office view). */
export const PROPOSAL_STATUS_LABELS: Readonly<Record<ProposalStatus, string>> = {
  submitted: '待初筛',
  screened_in: '已入选题库',
  excluded: '未予采纳',
  merged: '已并入议题',
};

/** 初筛排除理由 — the three statutory exclusions of 第四条(二), plus duplicate and out of scope. */
export const EXCLUSION_REASONS = ['public_order', 'statutory', 'private_dispute', 'duplicate', 'out_of_scope'] as const;
/** An exclusion reason. */
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];
/** Labels of exclusion reasons, in the regulation's words. */
export const EXCLUSION_REASON_LABELS: Readonly<Record<ExclusionReason, string>> = {
  public_order: '有悖公序良俗',
  statutory: '法规已有明文规定',
  private_dispute: '属个体利益纠纷',
  duplicate: '与已有选题重复',
  out_of_scope: '不属于协商范围',
};

/** 协商形式 — 第四条(三)2. */
export const CONSULTATION_FORMS = ['meeting', 'online', 'onsite'] as const;
/** A consultation form. */
export type ConsultationForm = (typeof CONSULTATION_FORMS)[number];
/** Labels of consultation forms. */
export const CONSULTATION_FORM_LABELS: Readonly<Record<ConsultationForm, string>> = {
  meeting: '会议协商',
  online: '网络协商',
  onsite: '现场协商',
};

/** 协商层级. */
export const CONSULTATION_LEVELS = ['city', 'county', 'township', 'community'] as const;
/** A consultation level. */
export type ConsultationLevel = (typeof CONSULTATION_LEVELS)[number];
/** Labels of consultation levels. */
export const CONSULTATION_LEVEL_LABELS: Readonly<Record<ConsultationLevel, string>> = {
  city: '市级',
  county: '县级',
  township: '乡镇（街道）',
  community: '村（社区）',
};

/** 参与方 — the five kinds of participant of 第四条, plus party/government leaders present. */
export const PARTICIPANT_KINDS = ['member', 'department', 'unit_head', 'cadre', 'public_rep', 'leader'] as const;
/** A participant kind. */
export type ParticipantKind = (typeof PARTICIPANT_KINDS)[number];
/** Labels of participant kinds. */
export const PARTICIPANT_KIND_LABELS: Readonly<Record<ParticipantKind, string>> = {
  member: '政协委员',
  department: '有关部门',
  unit_head: '单位负责人',
  cadre: '基层干部',
  public_rep: '群众代表',
  leader: '党政领导',
};

/** 部门支持 — 第六条(三). */
export const SUPPORT_KINDS = ['venue', 'funds', 'information', 'time'] as const;
/** A kind of departmental support. */
export type SupportKind = (typeof SUPPORT_KINDS)[number];
/** Labels of support kinds. */
export const SUPPORT_KIND_LABELS: Readonly<Record<SupportKind, string>> = {
  venue: '场地协调',
  funds: '经费保障',
  information: '信息提供',
  time: '时间安排',
};

/** 成果形式 — 第四条(三)3. */
export const OUTCOME_KINDS = ['suggestions', 'minutes', 'other'] as const;
/** An outcome document kind. */
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];
/** Labels of outcome kinds. */
export const OUTCOME_KIND_LABELS: Readonly<Record<OutcomeKind, string>> = {
  suggestions: '协商建议',
  minutes: '协商纪要',
  other: '其他',
};

/** 成果转化 — filled during handling. */
export const CONVERSIONS = ['decision', 'project', 'governance'] as const;
/** A conversion kind. */
export type Conversion = (typeof CONVERSIONS)[number];
/** Labels of conversions. */
export const CONVERSION_LABELS: Readonly<Record<Conversion, string>> = {
  decision: '党委政府决策',
  project: '民生实事项目',
  governance: '改进社会管理',
};

/** 准备事项 — what a sensitive or long-standing topic records before consultation. */
export const PREPARATION_KINDS = ['prior_report', 'solution'] as const;
/** A preparation kind. */
export type PreparationKind = (typeof PREPARATION_KINDS)[number];
/** Labels of preparation kinds. */
export const PREPARATION_KIND_LABELS: Readonly<Record<PreparationKind, string>> = {
  prior_report: '向党委政府报告',
  solution: '与相关部门研究解决方案',
};
