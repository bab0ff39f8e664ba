import type { ConsultationForm, ConsultationLevel, LeaderBody } from '@shangliang/core';

/** One topic of the activity history: its research, one consultation and, for a past year, its outcome. */
export interface HistoryTopic {
  readonly county: 'yaodu' | 'hongtong' | 'huozhou';
  /** 'last': the year before the demo year; 'this': the demo year, so many days before now. */
  readonly year: 'last' | 'this';
  /** MM-DD of the research ('last'), or days before now ('this'). */
  readonly on: string | number;
  readonly title: string;
  readonly description: string;
  readonly research: { readonly place: string; readonly members: readonly string[]; readonly findings: string };
  readonly consultation: {
    readonly form: ConsultationForm;
    readonly level: ConsultationLevel;
    readonly venue?: string;
    readonly venueText?: string;
    readonly members: readonly string[];
    readonly attended: readonly string[];
    readonly leaders: readonly (readonly [name: string, title: string, body: LeaderBody, principal: boolean])[];
    readonly opinions: readonly (readonly [speaker: string, content: string])[];
  };
  readonly suggestions?: readonly string[];
}

const Y1 = 'yaodu-member1'; // 刘芳
const Y2 = 'yaodu-member2'; // 陈建军
const Y3 = 'yaodu-member3'; // 杨丽娟
const Y4 = 'yaodu-member4'; // 郭卫东
const H1 = 'hongtong-member1'; // 贾志勇
const H2 = 'hongtong-member2'; // 张秀梅
const H3 = 'hongtong-member3'; // 赵永刚
const Z1 = 'huozhou-member1'; // 吕红霞
const Z2 = 'huozhou-member2'; // 霍建平

/**
 * 往年与本年的活动：尧都区、洪洞县活动较多，霍州市本年只开展 1 次调研、1 次协商（低于全市最低次数），
 * 党政负责同志参加的比例各不相同；多数乡镇（街道）全年没有协商活动，统计页面据此标示。
 */
export const HISTORY: readonly HistoryTopic[] = [
  {
    county: 'yaodu', year: 'last', on: '04-16', title: '城区背街小巷路灯改造', description: '老城区背街小巷路灯缺失、损坏较多，群众夜间出行不便，协商推进路灯改造。',
    research: { place: '解放路街道、水塔街道', members: [Y2, Y3], findings: '排查背街小巷42条，路灯缺失或损坏217盏，夜间照明不足问题集中在老旧小区周边。' },
    consultation: { form: 'meeting', level: 'county', venue: '尧都区政协委员活动室', members: [Y1, Y2, Y3], attended: [Y1, Y2, Y3], leaders: [['陈志远', '尧都区副区长', 'government', true]], opinions: [['陈建军', '建议按轻重缓急分两批实施，年内完成主干背街改造。'], ['杨丽娟', '建议优先改造学校、医院周边巷道。']] },
    suggestions: ['分两批实施背街小巷路灯改造', '建立路灯报修和巡查制度'],
  },
  {
    county: 'yaodu', year: 'last', on: '06-11', title: '屯里镇农田灌溉渠系维修', description: '屯里镇部分灌溉渠系老化渗漏，影响夏季灌溉，协商维修和管护办法。',
    research: { place: '屯里镇东羊村、西羊村', members: [Y4, Y1], findings: '干渠渗漏段约3.1公里，斗渠淤堵严重，灌溉周期由7天延长至12天。' },
    consultation: { form: 'onsite', level: 'township', venue: '屯里镇政协委员工作站', members: [Y4, Y1, Y2], attended: [Y4, Y1], leaders: [['刘建平', '尧都区委常委、副区长', 'party', true]], opinions: [['郭卫东', '建议将渠系维修纳入高标准农田建设项目。'], ['刘芳', '建议村集体落实管护责任人。']] },
    suggestions: ['将渠系维修纳入高标准农田建设', '落实村级渠系管护责任'],
  },
  {
    county: 'yaodu', year: 'last', on: '09-09', title: '乔李镇农村幼儿园办园条件', description: '乔李镇农村幼儿园师资、设施不足，协商改善办园条件。',
    research: { place: '乔李镇乔李村', members: [Y3], findings: '全镇农村幼儿园5所，专任教师缺口11人，户外活动场地不达标3所。' },
    consultation: { form: 'meeting', level: 'township', venue: '乔李镇政协委员工作站', members: [Y3, Y2], attended: [Y3], leaders: [['王丽华', '乔李镇镇长', 'government', false]], opinions: [['杨丽娟', '建议通过城乡教师交流补充幼儿教师。']] },
  },
  {
    county: 'yaodu', year: 'this', on: 40, title: '城区早餐便民网点布局', description: '新建小区早餐网点不足，协商规范设置便民早餐点。',
    research: { place: '水塔街道滨河社区', members: [Y2, Y1], findings: '滨河片区6个新建小区仅有早餐点2处，居民早高峰买早餐排队时间长。' },
    consultation: { form: 'meeting', level: 'community', venueText: '滨河社区党群服务中心', members: [Y1, Y2, Y4], attended: [Y1, Y2, Y4], leaders: [['赵晓东', '水塔街道办事处主任', 'government', false]], opinions: [['刘芳', '建议利用社区闲置用房设置早餐点。'], ['郭卫东', '建议市场监管部门简化早餐车备案。']] },
  },
  {
    county: 'hongtong', year: 'last', on: '05-20', title: '大槐树镇老旧小区管网改造', description: '大槐树镇老旧小区供排水管网老化，协商推进改造。',
    research: { place: '大槐树镇', members: [H1, H2], findings: '老旧小区14个，供水管网漏损率约23%，雨季排水不畅积水点9处。' },
    consultation: { form: 'meeting', level: 'county', venue: '洪洞县政协委员活动室', members: [H1, H2, H3], attended: [H1, H2, H3], leaders: [['高建民', '洪洞县副县长', 'government', true]], opinions: [['贾志勇', '建议争取中央预算内投资支持管网改造。']] },
    suggestions: ['分年度实施老旧小区管网改造'],
  },
  {
    county: 'hongtong', year: 'last', on: '10-15', title: '广胜寺镇乡村旅游厕所建设', description: '广胜寺景区周边旅游厕所不足，协商规划建设。',
    research: { place: '广胜寺镇', members: [H3], findings: '景区周边旅游厕所仅3座，节假日排队严重。' },
    consultation: { form: 'onsite', level: 'township', venue: '广胜寺镇政协委员工作站', members: [H3, H2], attended: [H3, H2], leaders: [], opinions: [['赵永刚', '建议结合农家乐改造建设开放式厕所。']] },
  },
  {
    county: 'hongtong', year: 'this', on: 120, title: '县城停车设施规划', description: '县城中心区停车位不足，协商规划建设停车设施。',
    research: { place: '大槐树镇', members: [H1, H3], findings: '中心区停车位缺口约1800个，占道停车现象突出。' },
    consultation: { form: 'meeting', level: 'county', venue: '洪洞县政协委员活动室', members: [H1, H2, H3], attended: [H1, H3], leaders: [['高建民', '洪洞县副县长', 'government', true]], opinions: [['贾志勇', '建议利用机关单位停车场错时共享。']] },
  },
  {
    county: 'hongtong', year: 'this', on: 80, title: '农村寄递物流进村', description: '偏远村快递进村难，协商完善农村寄递物流体系。',
    research: { place: '广胜寺镇', members: [H2, H3], findings: '全县行政村快递直投率约58%，偏远山村需到镇上取件。' },
    consultation: { form: 'onsite', level: 'township', venue: '广胜寺镇政协委员工作站', members: [H2, H3], attended: [H2, H3], leaders: [['李志强', '洪洞县委常委', 'party', true]], opinions: [['张秀梅', '建议依托村级便民服务站设立快递代收点。']] },
  },
  {
    county: 'hongtong', year: 'this', on: 30, title: '县域养老服务设施', description: '农村养老服务设施不足，协商推进互助幸福院建设。',
    research: { place: '大槐树镇', members: [H2], findings: '全县互助幸福院运营正常的仅占46%，缺少运营经费和服务人员。' },
    consultation: { form: 'meeting', level: 'county', venue: '洪洞县政协委员活动室', members: [H1, H2], attended: [H2], leaders: [], opinions: [['张秀梅', '建议将互助幸福院运营经费纳入财政预算。']] },
  },
  {
    county: 'huozhou', year: 'last', on: '07-08', title: '白龙镇山区饮水保障', description: '白龙镇山区村季节性缺水，协商保障饮水安全。',
    research: { place: '白龙镇涧北村', members: [Z1, Z2], findings: '山区村3个存在季节性缺水，蓄水池容量不足。' },
    consultation: { form: 'onsite', level: 'township', venueText: '白龙镇人民政府会议室', members: [Z1, Z2], attended: [Z1, Z2], leaders: [['孟庆华', '霍州市副市长', 'government', true]], opinions: [['吕红霞', '建议新建蓄水池并配备净水设备。']] },
    suggestions: ['新建山区村蓄水池', '建立农村饮水工程管护机制'],
  },
  {
    county: 'huozhou', year: 'this', on: 60, title: '师庄乡村级道路养护', description: '师庄乡村道养护不到位，协商建立长效养护机制。',
    research: { place: '师庄乡冯南垣村', members: [Z2], findings: '冯南垣村至乡道路4公里，路面破损多处，缺少日常养护。' },
    consultation: { form: 'onsite', level: 'community', venueText: '师庄乡冯南垣村村委会', members: [Z1, Z2], attended: [Z2], leaders: [['宋玉林', '师庄乡乡长', 'government', false]], opinions: [['霍建平', '建议推行“路长制”，明确养护责任。']] },
  },
];
