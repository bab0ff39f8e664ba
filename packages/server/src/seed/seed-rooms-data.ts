/**
 * 网络协商 demo rooms: statements in the words residents, members and departments use, each with how
 * likely each opinion group is to agree (the rest mostly disagree, some pass). The crowd's votes are drawn
 * from these, so the map finds the groups and the consensus the way a real room would.
 */

/** [statement, agree chance for each group]. */
export type StanceRow = readonly [text: string, ...agree: number[]];

/** 老旧小区加装电梯 — upper-floor residents keen, ground-floor residents wary, and those who look at the cost. */
export const ELEVATOR_GROUPS = [0.45, 0.3, 0.25] as const;
export const ELEVATOR_STATEMENTS: readonly StanceRow[] = [
  ['加装电梯是老旧小区改造最急需的事，应尽快推进', 0.95, 0.25, 0.55],
  ['高层住的多是老人，每天上下楼太难了，装电梯是刚需', 0.95, 0.4, 0.6],
  ['只要三分之二以上住户同意，就应该允许加装', 0.9, 0.1, 0.5],
  ['加装电梯能提升房屋价值，对全楼住户都有好处', 0.85, 0.15, 0.45],
  ['审批流程太长，建议实行联合审批、一窗办理', 0.9, 0.6, 0.85],
  ['希望政府对加装电梯给予更多财政补贴', 0.9, 0.7, 0.5],
  ['应允许提取住房公积金用于加装电梯', 0.9, 0.55, 0.8],
  ['已经加装成功的小区，经验应该尽快推广', 0.85, 0.5, 0.75],
  ['一楼住户采光会受影响，应给予合理补偿', 0.45, 0.97, 0.7],
  ['电梯运行噪音会影响低层住户休息', 0.2, 0.95, 0.45],
  ['低层住户基本不用电梯，不应分摊建设费用', 0.25, 0.95, 0.4],
  ['加装前必须征得全体住户同意', 0.1, 0.9, 0.3],
  ['电梯井道占用楼前公共绿地，需要慎重', 0.15, 0.85, 0.35],
  ['加装电梯会影响楼体安全，应先做结构检测', 0.35, 0.85, 0.75],
  ['后期维保费用应在加装前就约定分摊办法', 0.6, 0.75, 0.97],
  ['建议“加梯+维保”一体化招标，降低长期成本', 0.65, 0.5, 0.95],
  ['电梯年检和维修的责任主体必须明确', 0.7, 0.75, 0.95],
  ['按楼层高低阶梯分摊费用比较公平', 0.55, 0.8, 0.9],
  ['建议开通刷卡计次收费，谁用谁付', 0.35, 0.85, 0.85],
  ['可以引入社会资本，采取租赁或按次付费模式', 0.45, 0.5, 0.85],
  ['应由社区党组织牵头组织楼内协商', 0.9, 0.85, 0.9],
  ['施工期间要做好安全防护，减少对居民出行的影响', 0.95, 0.95, 0.95],
  ['加装电梯的政策、流程和费用应该公开透明', 0.92, 0.9, 0.95],
  ['要选择有资质的施工单位和电梯企业', 0.9, 0.9, 0.95],
  ['加装前要对水、电、气、暖管线统一摸排迁改', 0.85, 0.85, 0.9],
  ['建议出台全区统一的加装电梯指导意见', 0.85, 0.7, 0.85],
  ['社区可以设立加装电梯协商议事会', 0.8, 0.75, 0.8],
  ['对困难家庭的分摊费用应给予减免', 0.75, 0.8, 0.6],
  ['加装电梯应同步考虑无障碍坡道', 0.85, 0.7, 0.7],
  ['施工前应公示设计方案，逐户听取意见', 0.75, 0.95, 0.85],
  ['加装电梯不能占用消防通道', 0.85, 0.9, 0.9],
  ['街道应安排专人负责加装电梯的协调工作', 0.85, 0.7, 0.75],
  ['对反对意见要耐心做工作，不能强行推进', 0.45, 0.95, 0.75],
  ['希望一年内能看到第一批试点完工', 0.9, 0.35, 0.6],
  ['规划部门应简化加装电梯的规划审查', 0.85, 0.35, 0.7],
  ['电梯选型要考虑老年人和轮椅使用', 0.85, 0.65, 0.7],
  ['建议公开电梯企业的服务质量评价', 0.6, 0.6, 0.85],
  ['加装电梯后应购买电梯安全责任保险', 0.65, 0.7, 0.9],
  ['老旧小区改造应把加装电梯列为重点内容', 0.9, 0.3, 0.6],
  ['楼道里的杂物应先清理干净，再谈加装', 0.5, 0.6, 0.55],
];
/** How many residents take part in the demo's open room. */
export const ELEVATOR_CROWD = 320;

/** 农村学生上下学交通安全 (the room of the topic's 网络协商 in May, closed) — parents of pupils far from school, and those who weigh the cost. */
export const SCHOOLBUS_GROUPS = [0.6, 0.4] as const;
export const SCHOOLBUS_STATEMENTS: readonly StanceRow[] = [
  ['离校五公里以上的学生应全部纳入校车服务', 0.95, 0.55],
  ['山区线路成本高，应由财政给予运营补贴', 0.9, 0.5],
  ['可以用城乡公交开通学生专线，代替专门校车', 0.5, 0.9],
  ['校车数量不足时，可以错峰上下学', 0.4, 0.85],
  ['严查三轮车、面包车非法接送学生', 0.95, 0.95],
  ['上下学时段校门口应有交警或护学岗', 0.9, 0.9],
  ['校车驾驶员必须定期培训和体检', 0.9, 0.95],
  ['家长也应承担一部分校车费用', 0.3, 0.8],
  ['寄宿制学校应延长周末接送时间', 0.8, 0.45],
  ['应公开校车线路和站点，方便家长查询', 0.85, 0.9],
  ['校车站点应设候车亭，雨雪天有地方等', 0.85, 0.7],
  ['农村道路急弯陡坡路段应先整治再通校车', 0.85, 0.85],
];
export const SCHOOLBUS_CROWD = 140;

/** A statement held by the county's words for the office to review (the words themselves). */
export const MODERATION_WORDS = ['骗子', '滚出去'];
export const HELD_STATEMENT = '物业公司就是骗子，收了钱不办事';

/** Two department replies in the open room, by the statement they answer. */
export const ELEVATOR_REPLIES: readonly { statement: string; text: string }[] = [
  { statement: '施工期间要做好安全防护，减少对居民出行的影响', text: '我局将会同街道对加装电梯施工点位逐一制定交通组织方案，施工车辆错峰进出，确保小区出入通道畅通。' },
  { statement: '加装电梯不能占用消防通道', text: '施工占道审批时我局将同步核查消防通道宽度，不满足要求的不予办理临时占道手续。' },
];
