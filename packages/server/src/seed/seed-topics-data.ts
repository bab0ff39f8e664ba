/**
 * 演示数据（一）：2026 年尧都区政协、洪洞县政协的选题征集、选题建议与初筛。
 * Times are Beijing time, 'YYYY-MM-DD HH:mm'; seed-topics-demo.ts runs every action at its time, in order,
 * through the real use cases. Places are the seeded townships / villages of the county.
 */
import type { EXCLUSION_REASONS, TopicCategory, TopicField } from '@shangliang/core';

/** The two demo counties. */
export type DemoCounty = 'yaodu' | 'hongtong';

/** The office account of each demo county. */
export const OFFICE: Record<DemoCounty, string> = { yaodu: 'yaodu-office', hongtong: 'hongtong-office' };

/** 公开征集活动. `closesOn: 'open-end'` keeps the latest one open past the seed's "now". */
export const SOLICITATIONS = [
  { key: 'yd2026', county: 'yaodu', at: '2026-01-12 10:00', title: '尧都区政协2026年度“有事来商量”协商选题公开征集', scope: '围绕城乡建设、交通出行、养老托育、教育医疗、生态环境和基层治理等群众身边的公共事务征集协商选题，不受理个人诉求和纠纷。', opensOn: '2026-01-15', closesOn: '2026-02-15' },
  { key: 'ht2026', county: 'hongtong', at: '2026-02-01 09:30', title: '洪洞县政协2026年度协商议题公开征集', scope: '面向全县群众征集农村饮水、道路交通、环境整治、文旅发展等方面的协商选题。', opensOn: '2026-02-03', closesOn: '2026-03-31' },
  { key: 'yd2027', county: 'yaodu', at: '2026-11-02 09:00', title: '尧都区政协2027年度协商选题征集', scope: '为编制2027年度协商计划，向社会公开征集协商选题，重点关注老旧小区改造、农村基础设施和公共服务短板。', opensOn: '2026-11-05', closesOn: 'open-end' },
] as const;

/** 年度协商计划 (created by the office of the county). */
export const PLANS = [
  { key: 'yd', county: 'yaodu', at: '2026-02-24 10:00', title: '尧都区政协2026年度协商计划', reportedOn: '2026-02-20' },
  { key: 'ht', county: 'hongtong', at: '2026-03-10 10:00', title: '洪洞县政协2026年度协商计划', reportedOn: '2026-03-06' },
] as const;

/** One 选题建议 of the demo year. */
export interface ProposalSeed {
  readonly key: string;
  readonly county: DemoCounty;
  readonly at: string;
  readonly source: 'member' | 'assigned' | 'public';
  /** Member (委员荐题) or office (党委政府点题) account. */
  readonly by?: string;
  readonly category: TopicCategory;
  readonly field?: TopicField;
  readonly title: string;
  readonly description: string;
  /** A seeded township or village of the county. */
  readonly place?: string;
  readonly name?: string;
  readonly phone?: string;
  readonly solicitation?: string;
  readonly assignedBy?: string;
  readonly instructionRef?: string;
  readonly assignedOn?: string;
}

const pub = (key: string, county: DemoCounty, at: string, solicitation: string | undefined, place: string, category: TopicCategory, field: TopicField, title: string, description: string, name?: string, phone?: string): ProposalSeed =>
  ({ key, county, at, source: 'public', solicitation, place, category, field, title, description, name, phone });
const mem = (key: string, by: string, at: string, place: string | undefined, category: TopicCategory, field: TopicField, title: string, description: string): ProposalSeed =>
  ({ key, county: by.startsWith('hongtong') ? 'hongtong' : 'yaodu', by, at, source: 'member', place, category, field, title, description });

export const PROPOSALS: readonly ProposalSeed[] = [
  // —— 尧都区：社会公开征集 ——
  pub('yd-p-dongyang', 'yaodu', '2026-01-16 08:42', 'yd2026', '东羊村', 'livelihood', 'society', '东羊村到屯里镇的通村路坑洼难行', '东羊村到屯里镇的水泥路修了十多年，现在好几处塌陷，下雨就积水，电动车经常摔倒，娃娃们上学都得绕远路，希望尽快修一修。', '王福生', '13834561208'),
  pub('yd-p-nanjiaobao', 'yaodu', '2026-01-21 19:15', 'yd2026', '南焦堡村', 'livelihood', 'society', '南焦堡村出村路窄、急弯处没有护栏', '南焦堡村往镇上去的路只有三米多宽，会车困难，村东急弯旁边就是排水渠，晚上没有护栏也没有反光标志，去年冬天就翻过一辆三轮车。'),
  pub('yd-p-xiyang', 'yaodu', '2026-02-03 12:30', 'yd2026', '西羊村', 'livelihood', 'society', '西羊村村道排水不畅，雨后路面泡坏', '西羊村主街两侧的排水沟被垃圾和泥沙堵死，一下雨水就漫到路面上，路基泡软后很快就压出大坑，修了又坏。建议把排水和路面一起治。', '李桂兰', '13903578816'),
  pub('yd-p-parking', 'yaodu', '2026-01-25 10:05', 'yd2026', '鼓楼北社区', 'governance', 'society', '鼓楼周边老城区停车难、乱停车严重', '鼓楼北大街、华门一带白天车位一位难求，车辆占用人行道和消防通道，救护车都进不来。希望政协帮助协商，利用闲置地块建停车场，规范路边停车。', '赵建民'),
  pub('yd-p-elevator', 'yaodu', '2026-02-08 20:11', 'yd2026', '解放东路社区', 'livelihood', 'society', '解放东路社区六层老楼想装电梯，协调难、审批难', '我们小区都是八十年代的六层老楼，老年人占一半以上，上下楼特别困难。想加装电梯，但低层住户意见不一致、费用分摊谈不拢，也不知道该找哪个部门审批。', '张淑琴', '13753742290'),
  pub('yd-p-heating', 'yaodu', '2026-01-30 21:40', 'yd2026', '滨河社区', 'livelihood', 'society', '滨河社区部分楼栋冬季供暖温度不达标', '我们楼每年冬天屋里只有十四五度，打热线反映过多次，说是管网末端压力不够。老人孩子只能开电暖气，既不安全也多花钱，希望能从根本上解决。'),
  pub('yd-p-express', 'yaodu', '2026-02-11 15:20', 'yd2026', '伍级村', 'livelihood', 'economy', '快递只到金殿镇上，不能送到村里', '网上买的东西都只送到镇上的快递点，取一次要跑七八里路，老人取件更难；村里的苹果想往外寄也得拉到镇上。希望快递能进村。', '郭小军', '15835701946'),
  pub('yd-p-dispute', 'yaodu', '2026-02-05 09:18', 'yd2026', '北乔村', 'livelihood', 'society', '邻居盖房占了我家过道，请政协出面协调', '邻居去年翻盖新房时往我家这边多占了半米，现在过道只剩一米宽，三轮车进不来，找村里调解了两次都没结果，请政协帮忙主持公道。', '马某'),
  pub('yd-p-fireworks', 'yaodu', '2026-02-09 22:47', 'yd2026', '五一路社区', 'governance', 'culture', '建议城区春节放开燃放烟花爆竹', '过年不放鞭炮没有年味，建议城区春节期间全面放开燃放烟花爆竹，恢复传统习俗。'),
  pub('yd-p-banquet', 'yaodu', '2026-02-12 11:02', 'yd2026', '枕头村', 'governance', 'culture', '建议放开农村红白事大操大办', '村里红白事规模越来越小，建议取消限制，按老规矩连摆三天流水席、请戏班，礼金多少各家自己比，才有面子。'),
  pub('yd-p-dongyang2', 'yaodu', '2026-02-14 17:36', 'yd2026', '东羊村', 'livelihood', 'society', '东羊村村道破损严重，请求维修', '东羊村通往镇上的路面坑坑洼洼，雨天到处积水，出行很不方便，请有关部门尽快维修。'),
  pub('yd-p-market', 'yaodu', '2026-11-09 18:25', 'yd2027', '乔李镇', 'livelihood', 'economy', '乔李镇农贸市场露天经营，雨雪天泥泞', '乔李镇逢集的农贸市场一直是露天摆摊，没有顶棚和排水，雨雪天一地泥水，冬天菜都冻坏了。希望建个有顶棚的标准化市场，并规划好停车。', '韩玉梅', '13994076653'),
  pub('yd-p-streetlight', 'yaodu', '2026-11-14 20:03', 'yd2027', '土门村', 'livelihood', 'society', '土门村主街路灯坏了大半，夜里出行不安全', '土门村主街的太阳能路灯装了五六年，现在一多半不亮了，晚上下地回来和孩子放学都是摸黑走路，希望有人管一管路灯维修。'),
  // —— 尧都区：委员荐题 ——
  mem('yd-m-canteen', 'yaodu-member1', '2026-01-20 16:30', '解放路街道', 'livelihood', 'society', '城区老年助餐点覆盖不足', '解放路街道、水塔街道60岁以上老人占比超过两成，独居、高龄老人吃饭难问题突出。目前城区老年助餐点只有几处，且多在社区服务中心，步行距离远，建议增设社区老年食堂并完善补贴办法。'),
  mem('yd-m-ruralcanteen', 'yaodu-member5', '2026-01-27 09:50', '金殿镇', 'livelihood', 'society', '农村留守老人助餐服务几乎空白', '金殿镇、县底镇等农村地区留守老人多，村级日间照料中心建起来后大多没有开伙，老人一日三餐凑合。建议依托村级日间照料中心开办“幸福食堂”，探索村集体、慈善和个人共担的运营办法。'),
  mem('yd-m-schoolbus', 'yaodu-member3', '2026-02-02 14:10', '刘村镇', 'livelihood', 'society', '农村学生上下学交通安全和校车不足', '学校布局调整后，刘村镇、县底镇不少学生到镇中心校上学要走五六公里，校车数量不够，一些家长用三轮车、面包车接送，超载现象时有发生，存在较大安全隐患。'),
  mem('yd-m-roadcare', 'yaodu-member4', '2026-02-06 10:20', '屯里镇', 'livelihood', 'economy', '农村公路“重建轻养”，缺少日常管护', '近年来我区农村公路里程增加很快，但乡村两级养护资金和人员不足，不少道路建成后无人管护，小病拖成大病。建议建立区、镇、村三级路长制和专业养护队伍。'),
  mem('yd-m-express', 'yaodu-member2', '2026-02-10 11:00', '金殿镇', 'major', 'economy', '推进快递进村，打通农村寄递“最后一公里”', '我区多数行政村快递只能到镇，进村成本高、企业积极性低。建议整合邮政、供销和快递企业资源，建设村级综合服务站，共同配送，同时带动苹果、小米等农产品上行。'),
  mem('yd-m-streetlight', 'yaodu-member4', '2026-02-13 15:45', '枕头乡', 'livelihood', 'society', '农村路灯“有人建、无人管”', '枕头乡、土门镇等山区乡镇近年安装了一批太阳能路灯，但蓄电池寿命短、维修无人负责，很多路灯已不亮。建议明确路灯管护主体和经费渠道。'),
  mem('yd-m-vegetables', 'yaodu-member2', '2026-02-16 10:30', '乔李镇', 'major', 'economy', '乔李镇设施蔬菜产销对接和冷链短板', '乔李镇设施蔬菜种植面积大，但产地预冷、冷藏设施少，旺季菜价低、损耗大。建议建设产地冷链集配中心，推动与城区商超、学校食堂直采对接。'),
  mem('yd-m-schooltraffic', 'yaodu-member3', '2026-02-16 16:00', '水塔街道', 'governance', 'society', '城区中小学校门口上下学时段交通拥堵', '城区部分中小学位于老街巷，上下学时段接送车辆集中停放，道路堵成一锅粥。建议错峰放学、设置临时停车泊位和护学岗。'),
  mem('yd-m-clinic', 'yaodu-member5', '2026-11-12 10:15', '县底镇', 'livelihood', 'society', '村卫生室乡村医生后继乏人', '县底镇不少村卫生室的乡村医生年龄在60岁以上，年轻人不愿来，收入保障和养老待遇偏低。建议完善乡村医生补助和定向培养办法。'),
  // —— 尧都区：党委政府点题 ——
  { key: 'yd-a-canteen', county: 'yaodu', at: '2026-01-28 15:00', source: 'assigned', by: 'yaodu-office', category: 'major', field: 'society', title: '推进城乡老年助餐服务体系建设', description: '区委要求区政协围绕老年助餐服务体系建设开展协商，就助餐点布局、运营补贴、配送服务和食品安全监管等问题听取各方意见，为区委、区政府决策提供参考。', assignedBy: '中共尧都区委办公室', instructionRef: '尧办字〔2026〕12号', assignedOn: '2026-01-26' },
  { key: 'yd-a-fenhe', county: 'yaodu', at: '2026-02-06 10:40', source: 'assigned', by: 'yaodu-office', category: 'governance', field: 'ecology', title: '汾河尧都段沿岸养殖污染综合整治', description: '汾河尧都段沿岸部分畜禽养殖场粪污处理设施不完善，雨季存在污水入河风险，群众反映多年。请区政协组织委员深入调研，协商提出分类整治和粪污资源化利用的可行办法。', place: '屯里镇', assignedBy: '尧都区人民政府办公室', instructionRef: '尧政办函〔2026〕8号', assignedOn: '2026-02-04' },
  { key: 'yd-a-sewage', county: 'yaodu', at: '2026-06-10 09:30', source: 'assigned', by: 'yaodu-office', category: 'governance', field: 'ecology', title: '农村生活污水治理设施建成后运行维护', description: '我区已建成一批农村生活污水处理站，但部分站点运行不正常、管网不配套。请区政协就建管并重、长效运维机制开展协商，纳入下一年度协商计划统筹考虑。', assignedBy: '中共尧都区委办公室', instructionRef: '尧办字〔2026〕27号', assignedOn: '2026-06-08' },
  // —— 洪洞县 ——
  pub('ht-p-haoyi', 'hongtong', '2026-02-10 08:55', 'ht2026', '好义村', 'livelihood', 'society', '好义村自来水时有时无，夏天经常断水', '好义村的自来水一到夏天用水高峰就时断时续，高处的几户经常一整天没水，只能挑水吃。听说是水源井出水量不够、管网老化，希望能彻底解决吃水难。', '贾红英', '13835790142'),
  pub('ht-p-gedaa', 'hongtong', '2026-02-22 13:27', 'ht2026', '圪垯村', 'livelihood', 'society', '圪垯村自来水发浑、水垢多', '村里的自来水经常发浑，烧水壶里一层厚厚的水垢，大家都担心水质不达标，希望有关部门检测水质，加装净化设施。'),
  pub('ht-p-parking', 'hongtong', '2026-03-05 19:40', 'ht2026', '大槐树镇', 'governance', 'economy', '大槐树景区节假日周边停车和交通拥堵', '每到清明寻根祭祖和节假日，大槐树景区周边道路堵得走不动，游客车辆停满路边，附近居民出门都困难。建议增设停车场、开通接驳公交。', '王志强', '15903471256'),
  pub('ht-p-riverbank', 'hongtong', '2026-03-12 07:50', 'ht2026', '甘亭镇', 'governance', 'ecology', '汾河甘亭段河滩有人偷倒建筑垃圾', '甘亭镇附近汾河河滩上经常有人夜里偷倒建筑垃圾和生活垃圾，越堆越多，雨季一冲就进了河道，希望加强巡查、清理并追责。'),
  pub('ht-p-injury', 'hongtong', '2026-03-18 21:05', 'ht2026', '苏堡村', 'livelihood', 'society', '我在工地受伤，老板不给赔偿', '去年在县城一处工地干活时摔伤了腿，包工头到现在不给赔偿，也不承认劳务关系，请政协帮我要回赔偿款。', '刘某', '13509871234'),
  pub('ht-p-schoolbus', 'hongtong', '2026-11-08 12:14', undefined, '赵城镇', 'livelihood', 'society', '赵城镇偏远村学生上学没有校车', '赵城镇侯村等偏远村的学生到镇上读书，每天家长骑电动车接送，冬天天黑早，路上很不安全，希望能开通校车或者定制公交。'),
  mem('ht-m-water', 'hongtong-member1', '2026-03-02 10:00', '广胜寺镇', 'livelihood', 'society', '广胜寺镇山区村农村饮水工程管护', '广胜寺镇部分山区村饮水工程建成已超过十五年，水源井出水量下降、管网跑冒滴漏严重，村级管水员报酬低、责任不清。建议推进规模化供水和城乡供水一体化，建立县级统管、专业运维的长效机制。'),
  mem('ht-m-coldchain', 'hongtong-member1', '2026-10-20 15:30', '明姜镇', 'major', 'economy', '明姜镇果蔬产地冷链和电商物流短板', '明姜镇果蔬产量大，但产地冷库少、电商物流成本高，旺季滞销和压价问题突出。建议统筹建设产地仓和县乡村三级物流体系。'),
  { key: 'ht-a-fenhe', county: 'hongtong', at: '2026-04-08 11:00', source: 'assigned', by: 'hongtong-office', category: 'governance', field: 'ecology', title: '汾河洪洞段河道“清四乱”和生态保护', description: '县政府要求县政协围绕汾河洪洞段河道乱占、乱采、乱堆、乱建问题开展协商，推动建立河长制框架下部门联动、群众参与的长效管护机制。', place: '甘亭镇', assignedBy: '洪洞县人民政府办公室', instructionRef: '洪政办函〔2026〕5号', assignedOn: '2026-04-03' },
];

/** 初筛 — bulk decisions of the office, with the statutory reason and a note for exclusions. */
export const SCREENINGS: readonly { at: string; county: DemoCounty; keys: readonly string[]; decision: 'accept' | 'exclude'; reason?: (typeof EXCLUSION_REASONS)[number]; note?: string }[] = [
  { at: '2026-02-18 09:30', county: 'yaodu', decision: 'accept', keys: ['yd-p-dongyang', 'yd-p-nanjiaobao', 'yd-p-xiyang', 'yd-p-parking', 'yd-p-elevator', 'yd-p-heating', 'yd-p-express', 'yd-m-canteen', 'yd-m-ruralcanteen', 'yd-m-schoolbus', 'yd-m-roadcare', 'yd-m-express', 'yd-m-streetlight', 'yd-m-vegetables', 'yd-m-schooltraffic', 'yd-a-canteen', 'yd-a-fenhe'] },
  { at: '2026-02-18 10:10', county: 'yaodu', decision: 'exclude', reason: 'private_dispute', keys: ['yd-p-dispute'], note: '属邻里之间宅基地和通行纠纷，建议向北乔村人民调解委员会申请调解，或依法向人民法院起诉。' },
  { at: '2026-02-18 10:12', county: 'yaodu', decision: 'exclude', reason: 'statutory', keys: ['yd-p-fireworks'], note: '城区禁止燃放烟花爆竹已由《临汾市禁止燃放烟花爆竹规定》明文规定，不属于协商议题范围。' },
  { at: '2026-02-18 10:15', county: 'yaodu', decision: 'exclude', reason: 'public_order', keys: ['yd-p-banquet'], note: '与移风易俗、反对铺张浪费和高额彩礼的要求相悖，不宜作为协商议题。' },
  { at: '2026-02-18 10:18', county: 'yaodu', decision: 'exclude', reason: 'duplicate', keys: ['yd-p-dongyang2'], note: '与同期收到的“东羊村到屯里镇的通村路坑洼难行”内容相同，已一并纳入农村公路养护议题考虑。' },
  { at: '2026-04-10 09:00', county: 'hongtong', decision: 'accept', keys: ['ht-p-haoyi', 'ht-p-gedaa', 'ht-p-parking', 'ht-p-riverbank', 'ht-m-water', 'ht-a-fenhe'] },
  { at: '2026-04-10 09:20', county: 'hongtong', decision: 'exclude', reason: 'private_dispute', keys: ['ht-p-injury'], note: '属个人劳务和工伤赔偿纠纷，建议向县人力资源和社会保障局劳动保障监察部门投诉，或申请劳动仲裁、法律援助。' },
  { at: '2026-06-15 10:00', county: 'yaodu', decision: 'accept', keys: ['yd-a-sewage'] },
];
