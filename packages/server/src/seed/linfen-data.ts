/** A county-level unit of Linfen: its CPPCC, party committee and government are named from data. */
export interface CountySeed {
  readonly key: string;
  readonly region: string;
  /** 区 / 市 / 县: 尧都区 → 区政协, 区委; 霍州市 → 市政协, 市委. */
  readonly suffix: '区' | '市' | '县';
  readonly townships?: readonly { name: string; villages?: readonly string[] }[];
  readonly departments?: readonly string[];
}

/** Departments (承办单位) seeded for counties with demo data. */
const DEPARTMENTS = [
  '交通运输局',
  '住房和城乡建设局',
  '教育局',
  '卫生健康局',
  '农业农村局',
  '水利局',
  '生态环境局',
  '民政局',
  '市场监督管理局',
  '自然资源局',
  '人力资源和社会保障局',
  '城市管理局',
] as const;

/** 临汾市 and its 17 county-level units, in the order of the city's own listings. */
export const LINFEN_COUNTIES: readonly CountySeed[] = [
  {
    key: 'yaodu',
    region: '尧都区',
    suffix: '区',
    departments: DEPARTMENTS,
    townships: [
      { name: '解放路街道', villages: ['鼓楼北社区', '解放东路社区', '五一路社区'] },
      { name: '水塔街道', villages: ['滨河社区', '水塔社区'] },
      { name: '屯里镇', villages: ['屯里村', '东羊村', '西羊村', '南焦堡村'] },
      { name: '乔李镇', villages: ['乔李村', '北乔村', '东靳村'] },
      { name: '刘村镇', villages: ['刘村', '南社村', '北刘村'] },
      { name: '金殿镇', villages: ['金殿村', '伍级村', '泊庄村'] },
      { name: '县底镇', villages: ['县底村', '东孝义村'] },
      { name: '大阳镇', villages: ['大阳村', '新庄村'] },
      { name: '土门镇', villages: ['土门村', '小榆村'] },
      { name: '枕头乡', villages: ['枕头村', '贾庄村'] },
    ],
  },
  { key: 'houma', region: '侯马市', suffix: '市' },
  {
    key: 'huozhou',
    region: '霍州市',
    suffix: '市',
    departments: ['交通运输局', '住房和城乡建设局', '教育局', '水利局', '农业农村局', '民政局'],
    townships: [
      { name: '鼓楼街道', villages: ['东城社区', '西城社区'] },
      { name: '白龙镇', villages: ['白龙村', '涧北村'] },
      { name: '辛置镇', villages: ['辛置村', '上乐坪村'] },
      { name: '大张镇', villages: ['大张村', '贾村'] },
      { name: '李曹镇', villages: ['李曹村', '靳壁村'] },
      { name: '陶唐峪乡', villages: ['陶唐峪村', '南庄村'] },
      { name: '师庄乡', villages: ['冯南垣村', '师庄村', '沟底村'] },
    ],
  },
  { key: 'quwo', region: '曲沃县', suffix: '县' },
  { key: 'yicheng', region: '翼城县', suffix: '县' },
  { key: 'xiangfen', region: '襄汾县', suffix: '县' },
  {
    key: 'hongtong',
    region: '洪洞县',
    suffix: '县',
    departments: DEPARTMENTS,
    townships: [
      { name: '大槐树镇', villages: ['贾村', '南段村', '古罗村'] },
      { name: '甘亭镇', villages: ['甘亭村', '羊獬村', '上桥村'] },
      { name: '曲亭镇', villages: ['曲亭村', '郭家庄村'] },
      { name: '苏堡镇', villages: ['苏堡村', '东梁村'] },
      { name: '广胜寺镇', villages: ['广胜寺村', '好义村', '圪垯村'] },
      { name: '明姜镇', villages: ['明姜村', '北马驹村'] },
      { name: '赵城镇', villages: ['赵城村', '侯村'] },
      { name: '万安镇', villages: ['万安村', '新庄村'] },
      { name: '淹底乡', villages: ['淹底村', '上寨村'] },
    ],
  },
  { key: 'guxian', region: '古县', suffix: '县' },
  { key: 'anze', region: '安泽县', suffix: '县' },
  { key: 'fushan', region: '浮山县', suffix: '县' },
  { key: 'jixian', region: '吉县', suffix: '县' },
  { key: 'xiangning', region: '乡宁县', suffix: '县' },
  { key: 'daning', region: '大宁县', suffix: '县' },
  { key: 'xixian', region: '隰县', suffix: '县' },
  { key: 'yonghe', region: '永和县', suffix: '县' },
  { key: 'puxian', region: '蒲县', suffix: '县' },
  { key: 'fenxi', region: '汾西县', suffix: '县' },
];

/** City-level departments (承办单位 answering the city CPPCC). */
export const CITY_DEPARTMENTS = ['临汾市交通运输局', '临汾市住房和城乡建设局', '临汾市教育局', '临汾市生态环境局', '临汾市水务局'] as const;
