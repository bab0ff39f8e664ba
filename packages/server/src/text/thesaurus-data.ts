/**
 * The domain thesaurus shipped with the platform (近义词表): near-synonym groups of what residents write about
 * to a county CPPCC — roads, lights, water, heating, insurance, pensions… — in the words they use, not the
 * departments' terms only: colloquial forms (黑灯瞎火、没水吃、打不出电话), Shanxi and Linfen forms (茅子 the
 * privy, 圪洞 a pothole, 吃水 drinking water, 娃 a child, 窑洞, 蒲剧) and the official terms the same thing goes by
 * (集中供热、旱厕改造、城乡居民基本养老保险).
 *
 * How it was built: from the subjects of the public proposals, 12345 hotline categories and 民生实事 lists that
 * county governments publish (roads, lighting, drinking water, sanitation, heating, gas, transport, schooling,
 * medical insurance, pensions, social assistance, employment, housing, environment, public order), each subject
 * written out in the forms residents use for it, then checked against the labelled proposals of
 * test/text/fixtures/proposals-labelled.json (every problem of that set must find its group). A word is in a group
 * when a resident who wrote it and one who wrote the group's head would be talking about the same kind of problem;
 * words too general to say which (坏了、没人管、信号 alone, which is also a traffic light) are left out, and a
 * word may sit in two groups (积水: drainage and roads).
 *
 * Each group has a head (its canonical word), a topic (the phrase a topic title is written with: 关于解决某村
 * {topic}问题的建议) and whether the problem is local — tied to one place, so that two residents who do not say
 * where cannot be told to mean the same lamp — or general (医保、养老金: one county-wide policy).
 */

/** One near-synonym group of the thesaurus. */
export interface ThesaurusGroup {
  /** The canonical word of the group (路灯). Groups with the same head are one group. */
  readonly head: string;
  /** The phrase a topic title uses for the problem (夜间照明 → 关于解决东羊村夜间照明问题的建议). */
  readonly topic?: string;
  /** Whether the problem belongs to one place (a street lamp, a village road) rather than the whole county (a policy). */
  readonly local?: boolean;
  /** The words of the group, the head included; two characters or more. */
  readonly words: readonly string[];
}

/** A common misspelling and the word meant, unless the character before it shows it is no misspelling (道路等 is not 路灯). */
export interface Typo {
  readonly typo: string;
  readonly word: string;
  /** Characters that, right before the typo, mean it is a correct word after all. */
  readonly notAfter?: string;
}

/** A local group. */
const local = (head: string, topic: string, words: string): ThesaurusGroup => ({ head, topic, local: true, words: [head, ...words.split(/\s+/).filter(Boolean)] });
/** A county-wide group. */
const general = (head: string, topic: string, words: string): ThesaurusGroup => ({ head, topic, local: false, words: [head, ...words.split(/\s+/).filter(Boolean)] });

/** The groups shipped with the platform. */
export const DOMAIN_GROUPS: readonly ThesaurusGroup[] = [
  // 基础设施 infrastructure
  local('道路', '道路破损', '路面 坑洼 坑坑洼洼 坑洼不平 塌陷 路面塌陷 烂路 破路 路烂 路坏了 路况差 路不好走 泥泞 泥路 土路 泥巴路 一下雨全是泥 圪洞 泥圪洞 圪圪洞洞 坑槽 翻浆 路基 修路 村道 通村路 道路硬化 路面硬化 水泥路 柏油路 路面破损 路破 颠簸'),
  local('路灯', '夜间照明', '照明 黑灯瞎火 黑咕隆咚 黑咕隆冬 黑洞洞 黑乎乎 黑漆漆 摸黑 路灯不亮 灯不亮 太阳能灯 太阳能路灯 亮化 晚上看不见 夜里看不见 灯坏了 灯泡'),
  local('网络信号', '手机信号覆盖', '手机信号 信号差 信号不好 信号弱 没信号 手机没信号 信号塔 通信基站 基站 铁塔 打不出电话 打不通电话 接不了电话 电话打不出去 上不了网 网速慢 网络差 网不好 宽带 移动信号 联通信号 电信信号 5G 4G 信号覆盖'),
  local('停电', '供电', '断电 没电 停电了 跳闸 电压低 电压不稳 电压不够 电不够用 供电 变压器 线路老化 电线老化 灯泡发红 电网改造'),
  local('停水', '供水', '断水 没水吃 没水用 不出水 水龙头不出水 供水不正常 水压低 水压小 水流小 三天两头停水 水管冻了 来水时间'),
  local('饮用水', '饮水安全', '自来水 吃水 饮水 吃水难 吃水问题 水质 水发黄 水浑 水碱大 水垢 水有味 水不干净 自来水管 水窖 挑水 担水 饮水工程 安全饮水 供水管网 水管老化 没水吃 停水 水源不足'),
  local('排水', '排水内涝', '下水道 下水 积水 内涝 排水沟 排污管 污水 雨水 泡水 淹了 水漫 倒灌 化粪池 污水横流 管道堵 下水堵 返水 冒水 排水不畅 排不出去 排不出 淹水 就淹 灌到院子 灌进院子 蹚水'),
  local('桥梁', '桥梁安全', '危桥 便桥 小桥 桥面 漫水桥 过河 桥塌'),
  local('交通设施', '交通安全设施', '红绿灯 信号灯 斑马线 人行道 过马路 减速带 护栏 交通事故 车速快 超速 限速 急弯 陡坡 没护栏 警示牌'),
  local('公交', '公交出行', '公交车 班车 客车 坐车难 坐车 通车 公交线路 公交站 车次 出行难 进城难 城乡公交 等车'),
  local('停车', '停车', '车位 停车位 乱停 乱停乱放 乱停车 停车场 占道停车 车堵 没地方停 停车难 堵门'),
  local('燃气', '燃气供应', '天然气 煤改气 燃气管道 通气 通天然气 气价 燃气费 液化气 煤气罐 气罐 燃气灶 壁挂炉 气不够 没气'),
  local('暖气', '冬季供暖', '供暖 集中供热 供热 暖气片 暖气不热 取暖 冻得 家里冷 屋里冷 室温 供暖费 暖气费 烧锅炉 冻手冻脚'),
  local('清洁取暖', '清洁取暖', '煤改电 散煤 清洁取暖 烧煤 蜂窝煤 取暖补贴 电采暖 空气源'),
  local('充电', '电动车充电', '充电桩 电动车充电 飞线充电 电瓶车充电 充电难 充不上电'),
  // 人居环境 living environment
  local('垃圾', '垃圾清运', '垃圾桶 垃圾箱 垃圾池 乱倒 乱扔 乱堆 乱堆乱放 清运 垃圾清运 保洁 保洁员 臭气熏天 脏乱差 垃圾山 建筑垃圾 没人拉'),
  local('厕所', '改厕', '公厕 公共厕所 旱厕 旱厕改造 改厕 茅房 茅厕 茅子 茅坑 卫生间 上厕所 如厕 冲水厕所 水冲厕所 厕所革命'),
  local('环境卫生', '环境卫生', '卫生差 脏乱 脏兮兮 苍蝇蚊子 蚊蝇 臭水 环境整治 人居环境'),
  local('河道', '河道治理', '河沟 臭水沟 水沟 排洪沟 河道垃圾 清淤 河堤 防洪 发大水'),
  local('污染', '环境污染', '冒黑烟 黑烟 粉尘 扬尘 异味 臭味 刺鼻 排污 废水 偷排 灰尘 呛人 空气差 烟囱'),
  local('养殖污染', '养殖污染', '养殖场 养猪场 养鸡场 猪场 牛场 羊场 粪便 鸡粪 猪粪 牛粪'),
  local('噪音', '噪音扰民', '噪声 扰民 太吵 吵得 吵死 睡不着觉 睡不着 广场舞 大喇叭 音响 喇叭声 吵闹 半夜施工'),
  local('绿化', '绿化', '种树 树木 草坪 花草 砍树 绿地 绿化带 枯树'),
  local('违建', '违章建筑', '违章建筑 私搭乱建 乱搭乱建 违章 搭棚 私自加盖'),
  local('占道', '占道经营', '占道经营 占用道路 占道 堆放杂物 乱摆摊 摊贩 小摊'),
  local('小广告', '乱贴小广告', '乱贴 乱画 牛皮癣 乱涂乱画'),
  local('流浪狗', '流浪狗', '流浪犬 野狗 狗咬 咬人 疯狗 遛狗 狗屎 拴狗 狗乱跑'),
  local('秸秆', '秸秆焚烧', '焚烧 烧秸秆 烧麦秸 烧玉米秆 秸秆焚烧'),
  local('地质灾害', '地质灾害', '滑坡 塌方 落石 泥石流 地裂缝 采空区 地面塌陷 裂缝 沉陷'),
  // 住房与小区 housing
  local('物业', '物业服务', '物业费 物业公司 物业不管 物业管理 物业不作为 业委会'),
  local('电梯', '加装电梯', '加装电梯 装电梯 爬楼 上下楼 电梯坏 困电梯'),
  local('老旧小区', '老旧小区改造', '小区改造 楼道 外墙 墙皮 破旧 老楼 管线改造'),
  local('危房', '住房安全', '漏雨 房子裂 危房改造 塌房 土坯房 窑洞 土窑 房屋安全'),
  general('保障房', '住房保障', '公租房 廉租房 保障性住房 经适房'),
  local('征地', '征地补偿', '补偿款 拆迁 拆迁款 征收 安置 补偿标准 占地 青苗补偿'),
  local('宅基地', '宅基地', '批宅基地 盖房 建房 批房'),
  // 农业农村 farming
  local('灌溉', '农田灌溉', '浇地 灌溉 机井 水渠 渠道 浇不上 浇不上地 水利 抗旱 旱地 浇水 水泵 井坏'),
  general('农资', '农资质量', '化肥 种子 农药 假种子 假化肥 农资价格'),
  general('农产品销售', '农产品销售', '滞销 卖不出去 卖不上价 收购 销路 卖难 果子 苹果 梨子 核桃'),
  local('土地流转', '土地流转', '流转费 租地 承包地 土地承包 土地租金'),
  local('快递', '快递进村', '取快递 快递点 驿站 包裹 快递进村 寄快递'),
  local('集市', '集贸市场', '赶集 菜市场 农贸市场 早市 夜市 集贸市场'),
  // 社会保障 social security
  general('医保', '医保报销', '医疗保险 医保报销 报销 报账 新农合 合作医疗 医保卡 异地就医 看病报销 报销比例 住院报销 门诊报销 大病保险 报不了 医保缴费 交医保'),
  general('养老金', '养老金待遇', '退休金 退休工资 养老保险 养老钱 基础养老金 城乡居民养老 养老待遇 城乡居民基本养老保险'),
  general('社保', '社保', '社保卡 社保缴费 灵活就业 断缴 补缴'),
  general('高龄补贴', '老年人补贴', '老年补贴 高龄津贴 老人补贴 八十岁 80岁'),
  general('低保', '低保救助', '救助 困难户 特困 特困户 贫困户 救济 临时救助 五保 五保户 低保户 兜底 吃低保 评低保'),
  general('残疾人', '残疾人保障', '残疾证 轮椅 残疾补贴 残疾人补贴 两项补贴'),
  general('留守', '留守老人和儿童照料', '留守儿童 留守老人 空巢老人 独居老人 孤寡老人 没人照顾'),
  local('养老服务', '养老服务', '养老院 敬老院 日间照料 日间照料中心 幸福院 老年餐桌 助餐 老年食堂 老人吃饭'),
  general('就业', '就业', '打工 找工作 务工 招工 技能培训 失业 没活干 挣钱 工作岗位 就业岗位 外出务工 返乡 零工 公益岗位 找活'),
  general('欠薪', '拖欠工资', '拖欠工资 工资拖欠 讨薪 要工资 工钱 欠工资 要不上钱 欠钱不给'),
  // 教育 education
  local('校车', '学生上学交通', '接送 上学 放学 上学远 娃上学 娃娃上学 孩子上学 学生上学 上学路 走读 接娃 送娃 上学难 上学不方便 走路上学'),
  local('幼儿园', '入园', '入园难 入园 托儿所 托育 公办园 学前教育 上幼儿园'),
  local('学校', '学校教育', '教师 撤点并校 教学点 校舍 学位 大班额 择校 入学'),
  general('教育收费', '教育乱收费', '乱收费 补课 补习 资料费 有偿补课'),
  local('校园周边', '校园周边安全', '学校门口 学校周边 校门口 学校附近'),
  // 医疗 health
  local('卫生室', '看病就医', '村医 乡村医生 卫生院 看病难 看病 诊所 拿药 买药 没医生 看病远'),
  general('食品安全', '食品安全', '过期 三无 地沟油 变质 假冒伪劣'),
  // 公共服务与治理 public services and order
  general('办事', '办事难', '办事难 跑腿 来回跑 盖章 开证明 办证 手续 审批 窗口 一网通办 跑好几趟 跑了好几趟 跑断腿'),
  general('户籍', '户籍办理', '户口 落户 身份证 迁户口 上户口'),
  local('治安', '社会治安', '小偷 偷东西 被偷 监控 摄像头 打架 治安差'),
  general('诈骗', '诈骗', '骗子 电信诈骗 被骗 保健品 非法集资 骗老人'),
  local('消防', '消防隐患', '消防通道 灭火器 消防栓 着火 火灾 消防隐患'),
  local('健身', '文体活动场所', '健身器材 文化广场 活动场所 活动室 篮球场 运动场 锻炼 体育设施 乒乓球台'),
  local('公园', '休闲场所', '游园 小游园 休闲 散步 遛弯'),
  general('文化活动', '文化生活', '文艺演出 唱戏 看戏 蒲剧 眉户 电影下乡 放电影 图书室 农家书屋'),
  general('移风易俗', '红白事大操大办', '彩礼 高价彩礼 红白事 大操大办 婚丧 随礼 人情'),
  local('殡葬', '殡葬', '公墓 墓地 丧葬 火化 骨灰 坟地'),
];

/** Misspellings residents commonly type (pinyin input picks the wrong character of the same sound). */
export const TYPOS: readonly Typo[] = [
  { typo: '路等', word: '路灯', notAfter: '道公马铁线山' },
  { typo: '路登', word: '路灯' },
  { typo: '拉圾', word: '垃圾' },
  { typo: '垃及', word: '垃圾' },
  { typo: '坑挖', word: '坑洼' },
  { typo: '坑凹', word: '坑洼' },
  { typo: '踏陷', word: '塌陷' },
  { typo: '蹋陷', word: '塌陷' },
  { typo: '下水到', word: '下水道' },
  { typo: '暧气', word: '暖气' },
  { typo: '供暧', word: '供暖' },
  { typo: '报消', word: '报销' },
  { typo: '燥音', word: '噪音' },
  { typo: '内捞', word: '内涝' },
  { typo: '退修金', word: '退休金' },
  { typo: '养老经', word: '养老金' },
  { typo: '天然汽', word: '天然气' },
  { typo: '煤该气', word: '煤改气' },
  { typo: '底保', word: '低保', notAfter: '到彻' },
  { typo: '校车接宋', word: '校车接送' },
  { typo: '手机信好', word: '手机信号' },
  { typo: '茅厕所', word: '厕所' },
];
