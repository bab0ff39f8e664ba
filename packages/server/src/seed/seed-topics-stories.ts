/**
 * 演示数据（二）：2026 年的协商议题，每个议题从立题走到它在演示中停下的阶段。
 * seed-topics-demo.ts turns each step into a call of the real use case, as the right account, at its time.
 */
import type { ConsultationForm, ConsultationLevel, OutcomeKind, PreparationKind, SupportKind, TopicCategory, TopicField } from '@shangliang/core';
import type { DemoCounty } from './seed-topics-data.js';

/** A review step: 主席会议 (meeting) or 党委审定 (instruction). `reason` is required for returns and rejections. */
export interface ReviewSeed {
  readonly at: string;
  readonly event: 'chair_pass' | 'chair_return' | 'chair_reject' | 'party_approve' | 'party_return' | 'party_reject';
  readonly meeting?: string;
  readonly instruction?: string;
  readonly reason?: string;
}

/** A consultation: scheduled at `scheduledAt`, held (recorded) when `held` is given. */
export interface ConsultationSeed {
  readonly scheduledAt: string;
  readonly form: ConsultationForm;
  readonly level: ConsultationLevel;
  readonly joint?: boolean;
  /** 'upcoming': ten days after the seed's "now", so it is still ahead. */
  readonly startsAt: string | 'upcoming';
  readonly venue?: string;
  readonly venueText?: string;
  readonly members: readonly string[];
  readonly departments: readonly (readonly [org: string, person: string])[];
  readonly unitHeads: readonly string[];
  readonly cadres: readonly string[];
  readonly publicReps: readonly string[];
  readonly leaders: readonly (readonly [name: string, title: string])[];
  readonly held?: {
    readonly at: string;
    readonly attended: readonly string[];
    readonly responses: readonly (readonly [org: string, person: string, content: string])[];
    readonly opinions: readonly (readonly [speaker: string, content: string])[];
    readonly minutes: string;
    readonly support: readonly (readonly [org: string, kind: SupportKind, note: string])[];
  };
}

/** One topic of the demo year. */
export interface TopicStory {
  readonly key: string;
  readonly county: DemoCounty;
  readonly plan: 'yd' | 'ht';
  /** Merged from these proposals into a new topic, or created directly when empty. */
  readonly at: string;
  readonly proposals: readonly string[];
  readonly topic: { title: string; description: string; category: TopicCategory; field?: TopicField; sensitive?: boolean; longStanding?: boolean; leadViceChair?: string; secretaryGeneral?: string; ownerUnit?: string };
  /** Proposals merged later into the existing draft. */
  readonly later?: { at: string; proposals: readonly string[] };
  readonly submit?: string;
  readonly reviews?: readonly ReviewSeed[];
  readonly research?: readonly { on: string; place: string; members: readonly string[]; others?: string; findings: string }[];
  readonly preparations?: readonly { on: string; kind: PreparationKind; recipient: string; summary: string }[];
  readonly reports?: readonly { on: string; title: string; body: string }[];
  readonly consultations?: readonly ConsultationSeed[];
  readonly outcome?: { on: string; kind: OutcomeKind; title: string; submittedTo: string; submittedVia?: string; suggestions: readonly (readonly [content: string, department?: string])[] };
}

const M1 = 'yaodu-member1'; // 刘芳
const M2 = 'yaodu-member2'; // 陈建军
const M3 = 'yaodu-member3'; // 杨丽娟
const M4 = 'yaodu-member4'; // 郭卫东
const M5 = 'yaodu-member5'; // 马秀英
const LEADS = { leadViceChair: '王红梅', secretaryGeneral: '李建华' };
const pass12 = (at: string): ReviewSeed => ({ at, event: 'chair_pass', meeting: '第十二次主席会议', reason: '同意列入2026年度协商计划。' });
const pass13 = (at: string): ReviewSeed => ({ at, event: 'chair_pass', meeting: '第十三次主席会议', reason: '同意提交区委审定。' });
const pass15 = (at: string): ReviewSeed => ({ at, event: 'chair_pass', meeting: '第十五次主席会议' });

export const TOPIC_STORIES: readonly TopicStory[] = [
  {
    key: 'yd-road', county: 'yaodu', plan: 'yd', at: '2026-02-26 10:00', proposals: ['yd-p-dongyang', 'yd-p-nanjiaobao', 'yd-p-xiyang', 'yd-m-roadcare'],
    topic: { title: '改善屯里镇通村道路，建立农村公路长效管护机制', description: '围绕屯里镇东羊村、南焦堡村、西羊村等村通村道路破损、排水不畅、缺少护栏和日常管护等问题，组织委员调研并开展现场协商，推动修路、治水、管护一体解决。', category: 'livelihood', field: 'society', ...LEADS, ownerUnit: '农业和农村委员会' },
    submit: '2026-03-02 09:00',
    reviews: [pass12('2026-03-05 15:00'), { at: '2026-03-12 16:00', event: 'party_approve', instruction: '同意。农村公路是群众出行的“连心路”，请区交通运输局、屯里镇积极配合政协做好调研协商，形成的意见建议要抓好落实。' }],
    research: [
      { on: '2026-03-20', place: '屯里镇东羊村、南焦堡村', members: [M4, M1], others: '区交通运输局农村公路股、屯里镇分管副镇长', findings: '实地查看东羊村至镇区道路4.2公里，路面塌陷、坑槽6处，累计约380平方米；南焦堡村出村路宽仅3.5米，村东急弯紧邻排水渠，无护栏、无警示标志。两村座谈会上12名村民代表一致反映雨天出行难。' },
      { on: '2026-03-27', place: '屯里镇屯里村、西羊村', members: [M4, M2], findings: '西羊村主街排水沟淤堵约600米，雨水漫流浸泡路基是路面反复损坏的主因；全镇38公里村道仅有2名兼职养护员，年均养护资金不足每公里2000元。' },
    ],
    reports: [{ on: '2026-04-10', title: '关于屯里镇农村公路建设和管护情况的调研报告', body: '根据区政协2026年度协商计划，农业和农村委员会组织部分委员于3月下旬两次深入屯里镇东羊村、南焦堡村、屯里村、西羊村，实地查看道路状况，召开村民座谈会，听取区交通运输局和镇村干部情况介绍。\n\n一、基本情况。屯里镇现有农村公路38公里，其中村道26公里，大多建成于2008年至2012年，设计标准低、路面窄，已进入集中维修期。\n\n二、存在的问题。一是破损严重，东羊村至镇区道路塌陷坑槽6处；二是排水不配套，西羊村等村排水沟淤堵，雨水长期浸泡路基；三是安全设施缺失，南焦堡村急弯临水路段无护栏；四是“重建轻养”，养护资金和人员严重不足，责任主体不清。\n\n三、意见建议。建议将上述路段纳入提质改造计划，修路同步治水，推行区、镇、村三级路长制，统筹公益性岗位设置护路员，建立长效管护机制。' }],
    consultations: [{
      scheduledAt: '2026-04-15 10:00', form: 'onsite', level: 'township', startsAt: '2026-04-28 09:00', venue: '屯里镇政协委员工作站',
      members: [M4, M1, M2], departments: [['尧都区交通运输局', '孙立新'], ['尧都区水利局', '赵文斌'], ['尧都区农业农村局', '吕晓红']],
      unitHeads: ['尧都区农村公路养护站站长 郝建国'], cadres: ['屯里镇党委副书记 张明', '东羊村党支部书记 王强', '南焦堡村委会主任 李振华'],
      publicReps: ['东羊村村民 王福生', '西羊村村民 李桂兰', '南焦堡村村民代表 张二虎'], leaders: [['陈志远', '尧都区副区长']],
      held: {
        at: '2026-04-28 12:00', attended: [M4, M1],
        responses: [
          ['尧都区交通运输局', '孙立新', '东羊村至镇区道路已列入今年农村公路提质改造计划，6月底前完成塌陷路段修复；南焦堡村急弯处护栏和警示标志本月内安装到位。'],
          ['尧都区水利局', '赵文斌', '西羊村主街排水沟清淤纳入今年农村小型水利设施维护项目，汛前完成。'],
        ],
        opinions: [
          ['郭卫东委员', '建议落实“县道县管、乡道乡管、村道村管”的路长制，把养护经费列入区级财政预算，按里程足额拨付。'],
          ['刘芳委员', '建议修路同步修排水，做到路修到哪里、沟挖到哪里，避免年年修年年坏。'],
          ['东羊村村民 王福生', '路修好了还得有人管，建议村里设公益岗，让有劳动能力的脱贫户当护路员。'],
          ['屯里镇党委副书记 张明', '镇里统筹公益性岗位，每村设1至2名护路员，镇村两级签订管护责任书。'],
          ['陈志远副区长', '政协搭台、群众说事、部门现场回应，这种形式很好。区政府将把协商意见作为今年农村公路工作的重要依据，交通、水利部门要拿出时间表。'],
        ],
        minutes: '4月28日上午，区政协在屯里镇政协委员工作站召开“改善屯里镇通村道路”现场协商会。与会人员先到东羊村、南焦堡村查看破损路段和急弯临水路段，随后座谈。区交通运输局、水利局现场介绍情况并回应，委员、镇村干部和群众代表围绕修路、治水、管护充分交流。会议形成修缮破损路段、增设安全设施、修路同步治水、推行路长制和设置护路员等共识，会后由农业和农村委员会汇总形成协商建议。',
        support: [['尧都区交通运输局', 'information', '提供全镇农村公路台账和路况检测数据'], ['尧都区交通运输局', 'venue', '协调现场勘查车辆']],
      },
    }],
    outcome: { on: '2026-05-15', kind: 'suggestions', title: '关于改善屯里镇通村道路和建立农村公路长效管护机制的协商建议', submittedTo: '中共尧都区委、尧都区人民政府', submittedVia: '正式行文（尧政协字〔2026〕15号）', suggestions: [
      ['对东羊村至镇区、南焦堡村出村路等破损路段实施提质改造，急弯、临水路段加装护栏和警示标志，汛期前完成。', '尧都区交通运输局'],
      ['修路同步治水，将村道两侧排水沟清淤和改造纳入农村小型水利设施维护项目，一并规划、一并实施。', '尧都区水利局'],
      ['全面推行农村公路区、镇、村三级路长制，将农村公路养护资金纳入区级财政预算，按里程足额拨付。', '尧都区交通运输局'],
      ['统筹乡村公益性岗位，每个行政村配备1至2名护路员，优先吸纳有劳动能力的脱贫人口。', '尧都区人力资源和社会保障局'],
      ['在东羊村、南焦堡村试点“路长+护路员”日常巡查，发现坑槽、塌陷等问题限时处置。', '尧都区交通运输局'],
      ['将通村道路建设和管护情况纳入乡镇年度目标责任考核，考核结果向社会公开。', '尧都区农业农村局'],
    ] },
  },
  {
    key: 'yd-canteen', county: 'yaodu', plan: 'yd', at: '2026-02-27 09:30', proposals: ['yd-m-canteen', 'yd-m-ruralcanteen', 'yd-a-canteen'],
    topic: { title: '完善城乡老年助餐服务，让老年人吃上“放心饭”', description: '落实区委点题要求，结合委员荐题，围绕城区社区老年食堂布局不足、农村日间照料中心“有场所无餐食”、运营补贴和食品安全监管等问题开展调研协商。', category: 'major', field: 'society', ...LEADS, ownerUnit: '社会和法制委员会' },
    submit: '2026-03-02 09:10',
    reviews: [pass12('2026-03-05 15:30'), { at: '2026-03-12 16:10', event: 'party_approve', instruction: '同意。老年助餐是今年区委、区政府民生实事之一，请区民政局牵头配合，协商成果报区委、区政府研究。' }],
    research: [
      { on: '2026-03-18', place: '解放路街道鼓楼北社区、水塔街道滨河社区', members: [M1, M5], findings: '两个街道60岁以上老人约2.3万人，现有社区老年食堂3处，日均就餐不足200人次；独居高龄老人反映步行距离远、价格偏高，希望提供送餐上门。' },
      { on: '2026-04-02', place: '金殿镇伍级村、县底镇东孝义村', members: [M5, M4], findings: '两村日间照料中心均已建成，但因缺少运营经费和厨师长期未开伙；留守老人多靠子女每周送一次馒头，营养状况堪忧。村干部建议村集体出场地、财政补运营、老人出小钱。' },
    ],
    reports: [{ on: '2026-04-20', title: '关于我区城乡老年助餐服务情况的调研报告', body: '社会和法制委员会组织委员先后到解放路街道、水塔街道和金殿镇、县底镇调研老年助餐服务情况，走访老年食堂、日间照料中心和独居老人家庭20余户。\n\n调研发现：城区助餐点少、分布不均，服务半径普遍超过1公里；农村日间照料中心“有场所、无餐食”较为普遍；运营补贴政策不明确，社会力量参与意愿不强；部分助餐点食品安全管理不规范。\n\n建议按照“城区15分钟助餐圈、农村幸福食堂全覆盖”的目标，分类推进城乡老年助餐服务，明确补贴标准，引入专业餐饮企业连锁运营，加强食品安全监管。' }],
    consultations: [{
      scheduledAt: '2026-05-06 10:00', form: 'meeting', level: 'county', startsAt: '2026-05-20 15:00', venue: '尧都区政协委员活动室',
      members: [M1, M5, M3, M2], departments: [['尧都区民政局', '郑丽萍'], ['尧都区市场监督管理局', '高鹏'], ['尧都区卫生健康局', '薛宁']],
      unitHeads: ['鼓楼北社区老年食堂负责人 杜秀兰', '尧都区社会福利中心主任 任志强'], cadres: ['解放路街道党工委副书记 王慧', '伍级村党支部书记 孙德胜'],
      publicReps: ['鼓楼北社区老人代表 周桂芝', '伍级村老人代表 刘长贵'], leaders: [['刘建平', '尧都区委常委、副区长']],
      held: {
        at: '2026-05-20 18:00', attended: [M1, M5, M2],
        responses: [
          ['尧都区民政局', '郑丽萍', '今年计划新增社区老年食堂8处、农村幸福食堂20处，正在研究按就餐人次给予运营补贴的办法，6月底前出台。'],
          ['尧都区市场监督管理局', '高鹏', '将把老年助餐点纳入“明厨亮灶”建设和日常监督检查范围，每季度至少检查一次。'],
        ],
        opinions: [
          ['刘芳委员', '建议依托现有社区服务中心、学校和机关食堂挖潜，开放老年助餐窗口，降低建设成本。'],
          ['马秀英委员', '农村幸福食堂要算好经济账，建议村集体经济、财政补贴、慈善捐助和老人自付共担，并鼓励志愿者送餐。'],
          ['鼓楼北社区老人代表 周桂芝', '希望饭菜少油少盐、软一点，价格能让我们吃得起。'],
          ['刘建平常委', '老年助餐既是民生实事也是治理难事，请民政局会同有关部门吸收今天的意见，尽快完善补贴和监管办法。'],
        ],
        minutes: '5月20日下午，区政协召开“完善城乡老年助餐服务”协商会，区委常委、副区长刘建平出席。区民政局通报全区老年助餐服务推进情况，委员、社区和村干部、老年人代表结合调研发言，区民政局、市场监管局作了回应。会议就助餐点布局、运营补贴、送餐服务和食品安全等形成共识。',
        support: [['尧都区民政局', 'information', '提供全区老年人口和助餐点分布数据'], ['尧都区民政局', 'funds', '承担协商会议资料印制费用']],
      },
    }],
    outcome: { on: '2026-06-08', kind: 'suggestions', title: '关于完善城乡老年助餐服务的协商建议', submittedTo: '中共尧都区委、尧都区人民政府', submittedVia: '正式行文（尧政协字〔2026〕21号）', suggestions: [
      ['按照城区“15分钟助餐圈”规划新增社区老年食堂，鼓励机关、学校、企业食堂开放老年助餐窗口。', '尧都区民政局'],
      ['依托村级日间照料中心开办农村幸福食堂，建立村集体、财政、慈善和个人共担的运营机制，明确按就餐人次补贴。', '尧都区民政局'],
      ['将老年助餐点全部纳入“明厨亮灶”和日常监督检查范围，确保食品安全。', '尧都区市场监督管理局'],
      ['推动助餐与医养结合，由家庭医生团队为就餐老人提供健康指导和营养配餐建议。', '尧都区卫生健康局'],
    ] },
  },
  {
    key: 'yd-schoolbus', county: 'yaodu', plan: 'yd', at: '2026-02-27 11:00', proposals: ['yd-m-schoolbus'],
    topic: { title: '保障农村学生上下学交通安全，完善校车服务', description: '针对学校布局调整后农村学生上学路途远、校车不足、“三轮车接送”安全隐患突出等问题，市县两级政协联动开展网络协商。', category: 'livelihood', field: 'society', ...LEADS, ownerUnit: '教科卫体委员会' },
    submit: '2026-03-02 09:20',
    reviews: [pass12('2026-03-05 16:00'), { at: '2026-03-12 16:20', event: 'party_approve', instruction: '同意。请区教育局、区交通运输局会同公安交警部门认真研究，确保学生上下学安全。' }],
    research: [
      { on: '2026-04-09', place: '刘村镇中心校、县底镇中心校', members: [M3, M2], others: '区教育局安全股', findings: '两校走读学生中有约三成家住5公里以外，现有校车4辆，每天需往返3趟；校门口放学时段有十余辆三轮车、面包车接送学生，部分存在超载。' },
      { on: '2026-04-16', place: '土门镇土门村、小榆村', members: [M3], findings: '山区村道弯急坡陡，定制公交企业认为客流小、亏损大，不愿开线；家长希望政府购买服务开通学生专线。' },
    ],
    reports: [{ on: '2026-05-10', title: '关于农村学生上下学交通安全情况的调研报告', body: '教科卫体委员会组织委员走访刘村镇、县底镇、土门镇3所学校和5个村，与校长、家长、驾驶员座谈。\n\n全区农村中小学走读学生中，离校5公里以上的约2100人，校车覆盖率不足四成；非法营运车辆和三轮车接送屡禁不止；山区线路运营成本高，财政补贴机制尚未建立。\n\n建议统筹校车、城乡公交和定制客运资源，政府购买服务开通学生专线，完善校车运营补贴，加强上下学时段校园周边交通秩序整治。' }],
    consultations: [{
      scheduledAt: '2026-05-18 10:00', form: 'online', level: 'county', joint: true, startsAt: '2026-05-29 15:00', venueText: '“有事来商量”网络协商平台（市县两级政协联动）',
      members: [M3, M2, M5], departments: [['尧都区教育局', '冯志华'], ['尧都区交通运输局', '孙立新'], ['临汾市教育局', '侯建英'], ['临汾市交通运输局', '梁俊']],
      unitHeads: ['刘村镇中心校校长 王永红', '尧都区公共交通公司经理 薛军'], cadres: ['刘村镇副镇长 孔凡明', '东孝义村党支部书记 李长青'],
      publicReps: ['刘村镇学生家长 张丽', '县底镇学生家长 郭强'], leaders: [['李卫国', '尧都区副区长']],
      held: {
        at: '2026-05-29 18:00', attended: [M3, M2, M5],
        responses: [
          ['尧都区教育局', '冯志华', '秋季学期前新增校车6辆，优先覆盖刘村镇、县底镇离校5公里以上的学生。'],
          ['临汾市交通运输局', '梁俊', '市里支持尧都区试点“公交+校车”模式，对开通学生专线的公交企业给予运营补贴倾斜。'],
          ['尧都区交通运输局', '孙立新', '将协调公交公司对土门镇线路开展客流调查，具备条件的开通定制学生专线。'],
        ],
        opinions: [
          ['杨丽娟委员', '建议建立校车运营补贴与服务学生人数挂钩的机制，保障山区线路可持续运营。'],
          ['陈建军委员', '建议用好网络平台，让家长线上报名乘车需求，按需设站排班。'],
          ['刘村镇学生家长 张丽', '希望校车能进村接送，冬天天黑前把孩子送到家。'],
        ],
        minutes: '5月29日下午，市、区两级政协通过“有事来商量”网络协商平台联动开展协商，市教育局、市交通运输局和区教育局、区交通运输局负责同志在线介绍情况并回应，委员、学校、镇村干部和家长代表在线发言，平台同步收到群众留言46条。会议就增加校车、开通学生专线、完善补贴和整治校园周边交通秩序形成共识。',
        support: [['临汾市教育局', 'information', '提供全市校车运营管理政策汇编'], ['尧都区教育局', 'time', '安排校长、驾驶员代表参会']],
      },
    }],
    outcome: { on: '2026-06-18', kind: 'minutes', title: '“保障农村学生上下学交通安全”网络协商纪要', submittedTo: '中共尧都区委、尧都区人民政府', submittedVia: '协商纪要（尧政协纪〔2026〕3号）', suggestions: [
      ['秋季学期前新增校车，优先覆盖离校5公里以上的农村学生，建立校车运营补贴与服务人数挂钩的机制。', '尧都区教育局'],
      ['试点“公交+校车”模式，在土门镇等山区乡镇开通定制学生专线，争取市级运营补贴支持。', '临汾市交通运输局'],
      ['开展上下学时段校园周边交通秩序专项整治，严查三轮车、面包车非法接送学生。', '尧都区交通运输局'],
    ] },
  },
  {
    key: 'yd-elevator', county: 'yaodu', plan: 'yd', at: '2026-03-20 10:00', proposals: [],
    topic: { title: '推进老旧小区加装电梯，破解老年人“上楼难”', description: '解放路街道、水塔街道多数老旧小区为六层以下无电梯住宅，老年住户上下楼困难。围绕加装电梯的意见协调、费用分摊、审批流程和后期维保开展协商。', category: 'governance', field: 'society', ...LEADS, ownerUnit: '经济委员会' },
    later: { at: '2026-03-23 09:00', proposals: ['yd-p-elevator'] },
    submit: '2026-04-01 09:00',
    reviews: [pass13('2026-04-08 15:00'), { at: '2026-04-16 16:00', event: 'party_approve', instruction: '同意。加装电梯重在做好群众工作，请区住建局牵头，街道社区全程参与。' }],
    research: [
      { on: '2026-05-12', place: '解放路街道解放东路社区、五一路社区', members: [M1, M3], findings: '两个社区共有无电梯多层住宅楼87栋，有加装意愿的单元约120个，但真正签约的只有9个，主要卡在低层住户反对、费用分摊和管线迁改上。' },
      { on: '2026-06-03', place: '水塔街道水塔社区（已加装电梯小区）', members: [M2, M5], findings: '水塔社区已加装电梯5部，经验是社区党组织牵头、“一梯一策”协商分摊比例，一层住户给予适当补偿；电梯运行后的维保费用仍缺少稳定来源。' },
    ],
    reports: [{ on: '2026-07-06', title: '关于城区老旧小区加装电梯情况的调研报告', body: '经济委员会组织委员深入解放路街道、水塔街道调研老旧小区加装电梯情况。\n\n全区城区符合加装条件的多层住宅约1600个单元，已完成加装的不足40部。主要问题：一是邻里意见难统一，低层住户担心采光、噪音和房价；二是审批涉及规划、住建、市场监管等多个部门，流程不清；三是管线迁改费用高；四是后期维保责任和费用不明确。\n\n建议推行社区党组织牵头的协商议事机制，编制加装电梯“一本通”，实行联合审批，统筹住房公积金提取和财政补贴，探索“加梯+维保”一体化招标。' }],
    consultations: [
      {
        scheduledAt: '2026-08-10 10:00', form: 'onsite', level: 'community', startsAt: '2026-08-20 15:00', venueText: '解放东路社区党群服务中心',
        members: [M1, M3], departments: [['尧都区住房和城乡建设局', '韩志刚'], ['尧都区自然资源局', '闫晓东']],
        unitHeads: ['小区物业服务企业经理 宋文亮'], cadres: ['解放路街道办事处副主任 程雅琴', '解放东路社区党委书记 白秀梅'],
        publicReps: ['解放东路社区居民 张淑琴', '一层住户代表 刘德顺'], leaders: [],
        held: {
          at: '2026-08-20 18:00', attended: [M1, M3],
          responses: [['尧都区住房和城乡建设局', '韩志刚', '正在起草加装电梯联合审批办法，计划四季度出台，实行“一窗受理、并联审批”。'], ['尧都区自然资源局', '闫晓东', '加装电梯不再单独办理规划许可，在联合审批中一并出具意见。']],
          opinions: [['刘芳委员', '建议由社区党委牵头组织楼内协商，把补偿方案写进协议，减少后续矛盾。'], ['一层住户代表 刘德顺', '我们不是反对装电梯，是担心挡光和噪音，希望能有合理补偿。'], ['解放东路社区居民 张淑琴', '希望政府能帮我们把管线迁改的费用降下来。']],
          minutes: '8月20日下午，区政协在解放东路社区召开加装电梯现场协商会，委员、部门、街道社区干部和楼内住户面对面交流，高低层住户代表分别谈了想法，区住建局、自然资源局介绍了审批改革进展。会议认为加装电梯要坚持自愿协商、公平补偿，并建议在区级层面再开一次协商会，推动出台配套政策。',
          support: [['尧都区住房和城乡建设局', 'information', '提供已加装电梯项目清单和审批材料']],
        },
      },
      {
        scheduledAt: '2026-11-16 10:00', form: 'meeting', level: 'county', joint: true, startsAt: 'upcoming', venue: '尧都区政协委员活动室',
        members: [M1, M2, M3, M5], departments: [['尧都区住房和城乡建设局', '韩志刚'], ['尧都区市场监督管理局', '高鹏'], ['临汾市住房和城乡建设局', '吴海燕']],
        unitHeads: ['临汾市住房公积金管理中心尧都区管理部主任 田野'], cadres: ['解放路街道党工委书记 马立新'],
        publicReps: ['解放东路社区居民 张淑琴', '五一路社区居民 王建设'], leaders: [['陈志远', '尧都区副区长']],
      },
    ],
  },
  {
    key: 'yd-express', county: 'yaodu', plan: 'yd', at: '2026-03-24 10:00', proposals: ['yd-m-express', 'yd-p-express'],
    topic: { title: '推进快递进村，打通农村寄递物流“最后一公里”', description: '围绕快递只到镇、不进村，农产品上行物流成本高等问题，调研邮政、供销、快递企业共同配送和村级综合服务站建设情况，协商提出推进快递进村的办法。', category: 'major', field: 'economy', ...LEADS, ownerUnit: '经济委员会' },
    submit: '2026-04-01 09:10',
    reviews: [pass13('2026-04-08 15:30'), { at: '2026-04-16 16:10', event: 'party_approve', instruction: '同意。请区交通运输局、农业农村局配合做好调研。' }],
    research: [
      { on: '2026-05-14', place: '金殿镇伍级村、泊庄村', members: [M2, M4], others: '区邮政分公司、区供销社有关人员', findings: '金殿镇16个行政村中仅3个村有快递代收点，其余村民需到镇上取件；邮政车辆每天进村一次但只送邮件，快递企业各自为战、单量小成本高。' },
      { on: '2026-10-22', place: '刘村镇南社村', members: [M2], findings: '南社村依托村便民超市试点“一点多能”综合服务站，代收代投5家快递企业包裹，日均收件约80件，苹果季日均寄出200余件，但缺少冷链和运营补贴。' },
    ],
  },
  {
    key: 'yd-fenhe', county: 'yaodu', plan: 'yd', at: '2026-03-25 10:00', proposals: ['yd-a-fenhe'],
    topic: { title: '汾河尧都段沿岸养殖污染综合整治', description: '汾河尧都段沿岸部分养殖场粪污处理设施缺失，雨季污水入河风险突出，群众反映多年，涉及养殖户生计和历史遗留用地问题，属敏感问题和多年积累的难题。', category: 'governance', field: 'ecology', sensitive: true, longStanding: true, ...LEADS, ownerUnit: '农业和农村委员会' },
    submit: '2026-04-01 09:20',
    reviews: [pass13('2026-04-08 16:00'), { at: '2026-04-16 16:20', event: 'party_approve', instruction: '同意。该问题涉及养殖户生计，历史遗留问题多，协商前要主动向区委报告情况，与生态环境、农业农村部门提前研究切实可行的解决方案，稳妥推进。' }],
    research: [
      { on: '2026-05-06', place: '屯里镇、乔李镇汾河沿岸', members: [M4, M2, M5], others: '区生态环境局、区农业农村局执法人员', findings: '沿岸1公里范围内有规模以下养殖场14家，其中9家无粪污处理设施或设施不运行，3家位于河道管理范围内；养殖户多为本村村民，年龄偏大，转产意愿低。' },
      { on: '2026-06-17', place: '乔李镇东靳村', members: [M4], findings: '东靳村2家养殖场已自筹建设粪污收集池和堆肥场，与周边蔬菜大棚签订有机肥供应协议，为“以用促治”提供了可复制的经验。' },
    ],
    preparations: [
      { on: '2026-06-25', kind: 'prior_report', recipient: '中共尧都区委', summary: '向区委书面报告汾河尧都段沿岸养殖污染的基本情况、历史成因、群众诉求和调研中发现的矛盾风险，提出先疏后堵、分类处置、稳妥推进的工作思路。' },
      { on: '2026-07-15', kind: 'solution', recipient: '尧都区生态环境局、农业农村局、水利局', summary: '与三部门共同研究形成分类整治方案：河道管理范围内的3家依法有序退出并给予补偿；6家限期改造，配套粪污资源化利用设施；其余纳入日常监管。整治资金由区级统筹和项目资金共同解决。' },
    ],
    reports: [{ on: '2026-09-10', title: '关于汾河尧都段沿岸养殖污染整治的调研报告', body: '农业和农村委员会组织委员两次沿汾河尧都段开展调研，走访养殖户、村干部和沿岸群众40余人。\n\n调研表明，沿岸养殖污染成因复杂：一是部分养殖场建于河道划界之前，存在历史遗留问题；二是小散养殖户资金薄弱，粪污设施建不起、用不好；三是粪污还田渠道不畅，资源化利用率低。\n\n建议坚持分类施策、以用促治，对河道管理范围内的养殖场依法有序退出并妥善安置，对其余养殖场限期改造，推广东靳村“养殖—有机肥—蔬菜”种养循环模式。' }],
  },
  {
    key: 'yd-parking', county: 'yaodu', plan: 'yd', at: '2026-08-26 10:00', proposals: ['yd-p-parking'],
    topic: { title: '缓解鼓楼周边老城区停车难', description: '鼓楼周边老城区街巷窄、车位少，乱停车占用人行道和消防通道，群众反映强烈。拟围绕挖潜增位、错时共享、规范路侧停车开展协商。', category: 'governance', field: 'society', ...LEADS, ownerUnit: '经济委员会' },
    submit: '2026-09-01 09:00',
    reviews: [pass15('2026-09-08 15:00')],
  },
  {
    key: 'yd-market', county: 'yaodu', plan: 'yd', at: '2026-08-27 10:00', proposals: [],
    topic: { title: '城区农贸市场提档升级改造', description: '城区部分农贸市场建成年代早，设施陈旧、环境脏乱、周边占道经营。拟就改造提升和长效管理开展协商。', category: 'livelihood', field: 'economy', ...LEADS, ownerUnit: '经济委员会' },
    submit: '2026-09-01 09:10',
    reviews: [pass15('2026-09-08 15:30'), { at: '2026-09-18 16:00', event: 'party_reject', instruction: '请区政协将群众关于农贸市场的意见建议转交区住建局，在项目实施中吸纳。', reason: '该事项已列入区政府2026年城市更新重点项目，由区住房和城乡建设局牵头实施，方案已经区政府常务会议研究通过，不再单独开展协商。' }],
  },
  {
    key: 'yd-streetlight', county: 'yaodu', plan: 'yd', at: '2026-09-22 10:00', proposals: ['yd-m-streetlight'],
    topic: { title: '建立农村路灯长效管护机制', description: '农村路灯“有人建、无人管”，大量太阳能路灯因电池老化不亮。拟就明确管护主体、经费渠道和维修机制开展协商。', category: 'livelihood', field: 'society', ...LEADS, ownerUnit: '农业和农村委员会' },
    submit: '2026-10-09 09:00',
    reviews: [{ at: '2026-10-15 15:00', event: 'chair_return', meeting: '第十六次主席会议', reason: '议题切口偏大，请补充全区农村路灯数量、完好率和管护经费等基础数据，与区城市管理局和有关乡镇沟通后，聚焦枕头乡、土门镇等山区乡镇重新提交。' }],
  },
  {
    key: 'yd-heating', county: 'yaodu', plan: 'yd', at: '2026-10-26 10:00', proposals: [],
    topic: { title: '解决滨河片区供暖末端温度不达标问题', description: '水塔街道滨河片区部分楼栋处于供热管网末端，冬季室温长期不达标，群众多次反映。拟在供暖季开始后开展调研协商，推动管网改造和热计量收费。', category: 'livelihood', field: 'society', ...LEADS, ownerUnit: '社会和法制委员会' },
    later: { at: '2026-10-27 09:00', proposals: ['yd-p-heating'] },
    submit: '2026-11-03 09:00',
  },
  {
    key: 'ht-water', county: 'hongtong', plan: 'ht', at: '2026-10-12 10:00', proposals: ['ht-p-haoyi', 'ht-p-gedaa', 'ht-m-water'],
    topic: { title: '保障广胜寺镇山区村饮水安全，推进城乡供水一体化', description: '广胜寺镇好义村、圪垯村等山区村夏季断水、水质发浑，饮水工程老化、管护责任不清。拟围绕水源保障、管网改造、水质检测和专业化运维开展协商。', category: 'livelihood', field: 'society', leadViceChair: '范晓东', secretaryGeneral: '闫丽', ownerUnit: '农业和农村委员会' },
    submit: '2026-11-05 10:00',
  },
  {
    key: 'ht-fenhe', county: 'hongtong', plan: 'ht', at: '2026-10-28 10:00', proposals: ['ht-a-fenhe', 'ht-p-riverbank'],
    topic: { title: '汾河洪洞段河道“清四乱”和生态保护', description: '落实县政府点题，结合群众反映的甘亭段河滩倾倒垃圾问题，围绕河道乱占、乱采、乱堆、乱建整治和长效管护开展协商。', category: 'governance', field: 'ecology', leadViceChair: '范晓东', secretaryGeneral: '闫丽', ownerUnit: '人口资源环境委员会' },
  },
];
