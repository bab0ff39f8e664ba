// The city-scale data set of issue 12, generated through the real schema: migrations, the Linfen
// organisations and the demo accounts come from @shangliang/server; the generated rows are then
// bulk-inserted into the real tables (multi-row prepared INSERTs on SQLite, unnest() INSERTs on
// PostgreSQL). Deterministic: the same size gives the same rows (ids, codes, texts), times counted back
// from the moment of generation.
// The rows are written for the schema of migrations 0001–0007 (BASELINE): those run first, then the
// seeds and the rows, and then the app's own migrate() applies every later migration to the filled
// database — backfills included, as on a production database that grew before them. Migrations added
// after a data set was cached are applied to it the same way by the server at start.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { register } from 'tsx/esm/api';

/** Bump when the generated rows change: cached data sets of another version are regenerated. */
export const GEN_VERSION = 1;

const DAY = 86_400_000;
const YEAR = 365 * DAY;

// ————————————————————————————— deterministic randomness —————————————————————————————

function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const hex8 = () => Math.floor(next() * 0x100000000).toString(16).padStart(8, '0');
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (xs) => xs[Math.floor(next() * xs.length)],
    chance: (p) => next() < p,
    /** A UUID v4-shaped id. */
    id: () => {
      const h = hex8() + hex8() + hex8() + hex8();
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[parseInt(h[16], 16) & 3]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
    },
    /** Picks by weight from [[value, weight], …]. */
    weighted: (pairs) => {
      const total = pairs.reduce((s, [, w]) => s + w, 0);
      let r = next() * total;
      for (const [v, w] of pairs) if ((r -= w) < 0) return v;
      return pairs.at(-1)[0];
    },
    sample: (xs, k) => {
      const out = new Set();
      const n = Math.min(k, xs.length);
      while (out.size < n) out.add(xs[Math.floor(next() * xs.length)]);
      return [...out];
    },
  };
}

// 查询码: 'SL' + ten characters of the app's alphabet, a bijection of the row number (so all differ).
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_SPACE = 31n ** 10n;
const CODE_MUL = 387_420_489_017n; // not a multiple of 31: i → i·M + C is a bijection mod 31^10
function trackingCode(i, size) {
  let x = (BigInt(i) * CODE_MUL + BigInt(size) * 7919n + 12_345n) % CODE_SPACE;
  let s = '';
  for (let k = 0; k < 10; k++) {
    s += ALPHABET[Number(x % 31n)];
    x /= 31n;
  }
  return `SL${s}`;
}

// ————————————————————————————— texts —————————————————————————————

const SURNAMES = [...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文'];
const GIVEN = ['建华', '晓燕', '国强', '志刚', '芳', '建军', '丽娟', '卫东', '秀英', '立新', '春梅', '志勇', '玉兰', '海鹏', '文斌', '丽华', '敏', '磊', '静', '伟', '强', '军', '洋', '勇', '艳', '杰', '娜', '涛', '明', '超', '秀兰', '霞', '平', '刚', '桂英', '红梅', '宏伟', '晓东', '俊峰', '海燕'];
const SECTORS = ['中共界', '经济界', '教育界', '农业界', '医药卫生界', '工商联界', '文化艺术界', '科技界', '社会福利和社会保障界', '无党派人士'];
const COMMITTEES = ['提案委员会', '经济委员会', '教科卫体委员会', '农业和农村委员会', '社会和法制委员会', '文化文史和学习委员会'];
const SUBJECTS = ['通村道路养护', '农村饮水安全', '老旧小区改造', '老年助餐服务', '中小学课后服务', '农村生活垃圾分类', '背街小巷路灯', '社区居家养老服务', '城区停车难', '农贸市场改造', '农村客运班线', '汾河支流治理', '黄河流域生态保护', '乡村医生队伍建设', '农产品冷链物流', '雨污分流改造', '农村公厕改造', '普惠性幼儿园学位', '冬季清洁取暖', '燃气管网更新', '电动自行车充电设施', '校园周边交通安全', '农田水利设施', '秸秆综合利用', '非遗保护传承', '全民健身场地', '便民服务中心建设', '残疾人就业帮扶', '校园食品安全', '小微企业融资'];
const VERBS = ['关于改善', '关于推进', '关于加强', '关于完善', '关于解决', '关于加快'];
const ENDINGS = ['的建议', '问题', '工作的建议', '的几点建议'];
const GENERIC_PLACES = ['城区', '东城', '西城', '开发区', '工业园区', '城乡接合部', '山区乡镇', '沿河村'];
const SENTENCES = [
  '群众反映问题较为集中，已持续多年，影响日常生产生活。',
  '经走访调查，现有设施老化、管理责任不清，维护资金不足。',
  '建议由政府牵头，明确部门职责，建立长效管理机制。',
  '可借鉴周边县区做法，分步实施，优先解决群众最急最忧最盼的问题。',
  '建议将相关经费纳入年度预算，并加强绩效评价和监督检查。',
  '建议发挥乡镇（街道）和村（社区）作用，引导群众共同参与。',
  '目前相关政策已有明确规定，但落实不够到位，需要加强督促。',
  '请有关部门会同乡镇研究具体方案，尽快形成可操作的措施。',
];
const FINDINGS = ['委员实地走访了相关村（社区）和企业，召开座谈会听取群众意见，梳理出主要问题和建议。', '调研组查阅了有关政策文件和统计数据，与部门负责人交流，形成调研报告初稿。'];
const LEADERS = [['王志强', '区长'], ['刘建国', '县长'], ['张海涛', '副市长'], ['李红梅', '副县长']];

// ————————————————————————————— table columns —————————————————————————————

const T = 'text';
const I = 'int';
/** Columns written per table, with their type on PostgreSQL's unnest(). */
const COLUMNS = {
  organisations: [['id', T], ['parent_id', T], ['kind', T], ['name', T], ['region_name', T], ['party_name', T], ['government_name', T], ['contact_person', T], ['contact_phone', T], ['county_id', T], ['sort_order', I], ['active', I], ['created_at', T], ['updated_at', T]],
  users: [['id', T], ['username', T], ['display_name', T], ['phone', T], ['sector', T], ['committee', T], ['password_hash', T], ['must_change_password', I], ['locked_until', T], ['active', I], ['last_login_at', T], ['created_at', T], ['updated_at', T]],
  role_assignments: [['id', T], ['user_id', T], ['role', T], ['org_id', T], ['title', T], ['position', I], ['created_at', T]],
  plans: [['id', T], ['county_id', T], ['year', I], ['title', T], ['reported_on', T], ['created_at', T], ['updated_at', T]],
  solicitations: [['id', T], ['county_id', T], ['title', T], ['scope', T], ['opens_on', T], ['closes_on', T], ['created_by', T], ['created_at', T]],
  topics: [['id', T], ['county_id', T], ['plan_id', T], ['title', T], ['description', T], ['category', T], ['field', T], ['state', T], ['sensitive', I], ['long_standing', I], ['lead_vice_chair', T], ['secretary_general', T], ['owner_unit', T], ['created_by', T], ['created_at', T], ['updated_at', T], ['answers_published_at', T], ['published_as_case', I], ['version', I], ['updated_by', T]],
  proposals: [['id', T], ['tracking_code', T], ['idempotency_key', T], ['source', T], ['county_id', T], ['category', T], ['field', T], ['title', T], ['description', T], ['place_org_id', T], ['solicitation_id', T], ['proposer_user_id', T], ['proposer_name', T], ['proposer_phone', T], ['assigned_by', T], ['instruction_ref', T], ['assigned_on', T], ['status', T], ['exclusion_reason', T], ['screening_note', T], ['topic_id', T], ['screened_by', T], ['screened_at', T], ['ip', T], ['created_at', T], ['updated_at', T]],
  topic_events: [['id', T], ['topic_id', T], ['at', T], ['seq', I], ['user_id', T], ['actor_name', T], ['kind', T], ['event', T], ['from_state', T], ['to_state', T], ['title', T], ['detail', T]],
  research_activities: [['id', T], ['topic_id', T], ['date', T], ['place', T], ['member_ids', T], ['others', T], ['findings', T], ['created_by', T], ['created_at', T]],
  research_reports: [['id', T], ['topic_id', T], ['title', T], ['body', T], ['submitted_on', T], ['author_id', T], ['created_at', T]],
  preparations: [['id', T], ['topic_id', T], ['kind', T], ['date', T], ['recipient', T], ['summary', T], ['created_at', T]],
  consultations: [['id', T], ['topic_id', T], ['county_id', T], ['form', T], ['level', T], ['joint', I], ['starts_at', T], ['venue_id', T], ['venue_text', T], ['status', T], ['minutes', T], ['created_at', T], ['updated_at', T]],
  consultation_participants: [['id', T], ['consultation_id', T], ['kind', T], ['user_id', T], ['org_id', T], ['name', T], ['title', T], ['attended', I], ['seq', I]],
  consultation_remarks: [['id', T], ['consultation_id', T], ['kind', T], ['org_id', T], ['speaker', T], ['content', T], ['seq', I]],
  consultation_support: [['id', T], ['consultation_id', T], ['org_id', T], ['kind', T], ['note', T]],
  outcomes: [['id', T], ['topic_id', T], ['kind', T], ['title', T], ['submitted_to', T], ['submitted_on', T], ['submitted_via', T], ['created_at', T]],
  suggestions: [['id', T], ['outcome_id', T], ['topic_id', T], ['seq', I], ['content', T], ['department_id', T], ['conversion', T], ['created_at', T]],
  handling_items: [['suggestion_id', T], ['topic_id', T], ['county_id', T], ['state', T], ['round', I], ['lead_dept_id', T], ['co_dept_ids', T], ['assigned_on', T], ['due_on', T], ['co_due_on', T], ['letter_no', T], ['letter_date', T], ['conversion_ref', T], ['updated_at', T]],
  item_events: [['id', T], ['suggestion_id', T], ['seq', I], ['at', T], ['round', I], ['kind', T], ['title', T], ['detail', T], ['user_id', T], ['actor_name', T]],
  feedbacks: [['id', T], ['suggestion_id', T], ['round', I], ['dept_id', T], ['text', T], ['result_class', T], ['measures', T], ['responsible', T], ['contact', T], ['status', T], ['review_note', T], ['author_id', T], ['submitted_at', T], ['reviewed_at', T]],
  evaluations: [['id', T], ['suggestion_id', T], ['round', I], ['rating', T], ['process_mark', T], ['result_mark', T], ['comment', T], ['by_user', T], ['at', T]],
  instructions: [['id', T], ['topic_id', T], ['suggestion_id', T], ['leader', T], ['leader_title', T], ['given_on', T], ['text', T], ['created_by', T], ['created_at', T]],
  instruction_actions: [['id', T], ['instruction_id', T], ['text', T], ['due_on', T], ['done_on', T], ['seq', I]],
  follow_ups: [['id', T], ['topic_id', T], ['kind', T], ['date', T], ['place', T], ['member_ids', T], ['findings', T], ['created_by', T], ['created_at', T]],
  audit_log: [['at', T], ['user_id', T], ['username', T], ['role', T], ['org_id', T], ['county_id', T], ['action', T], ['outcome', T], ['subject_type', T], ['subject_id', T], ['summary', T], ['ip', T], ['user_agent', T]],
};

// ————————————————————————————— writers —————————————————————————————

/** The last migration whose schema the generated rows are written for. */
const BASELINE = '0007-versions';

/** Multi-row prepared INSERTs in one transaction per flush; FK checks off while loading, checked at the end. */
class SqliteWriter {
  constructor(file) {
    this.db = new SQLite(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = OFF');
    this.db.pragma('foreign_keys = OFF');
    this.db.pragma('cache_size = -200000');
    this.stmts = new Map();
  }
  stmt(table, n) {
    const key = `${table}/${n}`;
    let s = this.stmts.get(key);
    if (!s) {
      const cols = COLUMNS[table];
      const row = `(${cols.map(() => '?').join(',')})`;
      s = this.db.prepare(`insert into ${table} (${cols.map((c) => c[0]).join(',')}) values ${Array(n).fill(row).join(',')}`);
      this.stmts.set(key, s);
    }
    return s;
  }
  async write(buffers) {
    this.db.transaction(() => {
      for (const [table, rows] of buffers) {
        const per = Math.max(1, Math.min(200, Math.floor(30000 / COLUMNS[table].length)));
        for (let i = 0; i < rows.length; i += per) {
          const part = rows.slice(i, i + per);
          this.stmt(table, part.length).run(part.flat());
        }
      }
    })();
  }
  async finish() {
    this.db.close();
  }
}

/** INSERT … SELECT * FROM unnest($1::text[], …) — one statement per 5,000 rows. */
class PgWriter {
  constructor(url) {
    this.client = new pg.Client({ connectionString: url });
  }
  async open() {
    await this.client.connect();
    await this.client.query('set synchronous_commit = off');
  }
  async write(buffers) {
    await this.client.query('begin');
    for (const [table, rows] of buffers) {
      const cols = COLUMNS[table];
      const text = `insert into ${table} (${cols.map((c) => c[0]).join(',')}) select * from unnest(${cols.map(([, t], i) => `$${i + 1}::${t === I ? 'int4' : 'text'}[]`).join(',')})`;
      for (let i = 0; i < rows.length; i += 5000) {
        const part = rows.slice(i, i + 5000);
        await this.client.query(text, cols.map((_, c) => part.map((r) => r[c])));
      }
    }
    await this.client.query('commit');
  }
  async finish() {
    await this.client.end();
  }
}

// ————————————————————————————— the generator —————————————————————————————

/** County shares of the topics (尧都区 is the biggest district); 'city' = 临汾市政协's own topics. */
const COUNTY_WEIGHTS = { yaodu: 15, houma: 5, huozhou: 5, quwo: 4, yicheng: 5, xiangfen: 7, hongtong: 10, guxian: 2, anze: 2, fushan: 2, jixian: 2, xiangning: 4, daning: 1, xixian: 2, yonghe: 1, puxian: 1, fenxi: 2, city: 3 };
const DEPARTMENTS = ['交通运输局', '住房和城乡建设局', '教育局', '卫生健康局', '农业农村局', '水利局', '生态环境局', '民政局', '市场监督管理局', '自然资源局', '人力资源和社会保障局', '城市管理局'];
const MEMBERS_PER_COUNTY = 150;
const PATH = ['draft', 'chair_review', 'party_review', 'researching', 'consulting', 'outcome_submitted', 'handling', 'following_up', 'concluded'];
const HAS_OUTCOME = new Set(['outcome_submitted', 'handling', 'following_up', 'concluded']);
const TRANSITION = {
  chair_review: ['submit_for_review', '提交主席会议审议'],
  party_review: ['chair_pass', '主席会议审议通过'],
  researching: ['party_approve', '党委审定同意'],
  consulting: ['start_consultation', '安排协商活动'],
  outcome_submitted: ['submit_outcome', '报送协商成果'],
  handling: ['start_handling', '交办建议'],
  following_up: ['start_follow_up', '开展跟踪问效'],
  concluded: ['conclude', '办结'],
};

/** A topic's state from its age: old topics are done, new ones at the start. */
function stateFor(ageYears, r) {
  if (ageYears < 0.25) return r.weighted([['draft', 35], ['chair_review', 15], ['party_review', 10], ['researching', 32], ['rejected', 8]]);
  if (ageYears < 0.75) return r.weighted([['researching', 25], ['consulting', 30], ['outcome_submitted', 20], ['handling', 17], ['rejected', 8]]);
  if (ageYears < 1.5) return r.weighted([['handling', 38], ['following_up', 15], ['concluded', 20], ['outcome_submitted', 5], ['consulting', 5], ['rejected', 17]]);
  return r.weighted([['concluded', 60], ['following_up', 5], ['handling', 8], ['rejected', 27]]);
}

const iso = (t) => new Date(t).toISOString();
const day = (t) => new Date(t + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * Generates the data set into an open database that has the schema, the organisations and the demo
 * accounts. Returns the row counts.
 */
async function generateInto(db, writer, size, now) {
  const r = prng(size * 2654435761);
  const t0 = now.getTime();
  const stamp = iso(t0 - 6 * YEAR);
  const k = db.kysely;
  const orgs = await k.selectFrom('organisations').selectAll().execute();
  const users = await k.selectFrom('users').select(['id', 'username', 'display_name', 'password_hash']).execute();
  const byName = new Map(orgs.map((o) => [o.name, o]));
  const user = (name) => users.find((u) => u.username === name);
  const hash = user('admin').password_hash;
  const city = orgs.find((o) => o.kind === 'city');

  const counts = {};
  const buffers = new Map();
  const add = (table, row) => {
    let b = buffers.get(table);
    if (!b) buffers.set(table, (b = []));
    b.push(row);
    counts[table] = (counts[table] ?? 0) + 1;
  };
  const flush = async () => {
    await writer.write(buffers);
    buffers.clear();
  };

  // —— the 17 counties (keys from the seed's data), their departments, townships, members, offices ——
  const { LINFEN_COUNTIES } = await import('../../packages/server/src/seed/linfen-data.ts');
  const scopes = [];
  for (const c of LINFEN_COUNTIES) {
    const org = byName.get(`${c.region}政协`);
    const depts = orgs.filter((o) => o.kind === 'department' && o.county_id === org.id);
    if (!depts.length)
      DEPARTMENTS.forEach((d, i) => {
        const row = { id: r.id(), name: `${c.region}${d}` };
        add('organisations', [row.id, org.id, 'department', row.name, null, null, null, null, null, org.id, i, 1, stamp, stamp]);
        depts.push(row);
      });
    const places = orgs.filter((o) => o.county_id === org.id && ['township', 'village', 'community'].includes(o.kind));
    scopes.push({ key: c.key, region: c.region, org, depts, places, members: [], office: null });
  }
  scopes.push({ key: 'city', region: '临汾市', org: city, depts: orgs.filter((o) => o.kind === 'department' && o.county_id === null), places: [], members: [], office: null });
  const scopeByKey = new Map(scopes.map((s) => [s.key, s]));
  const jt = byName.get('尧都区交通运输局');

  const person = () => `${r.pick(SURNAMES)}${r.pick(GIVEN)}`;
  const newUser = (username, display, role, orgId, extra = {}) => {
    const id = r.id();
    add('users', [id, username, display, extra.phone ?? null, extra.sector ?? null, extra.committee ?? null, hash, 0, null, 1, null, stamp, stamp]);
    add('role_assignments', [r.id(), id, role, orgId, null, 0, stamp]);
    return { id, username, display_name: display };
  };
  for (const s of scopes) {
    // The demo accounts of this county come first, so yaodu-member1 is one of 尧都区's members.
    for (const u of users.filter((u) => u.username.startsWith(`${s.key}-member`))) s.members.push(u);
    if (s.key === 'city') s.members.push(user('yaodu-chair'));
    for (let i = s.members.length; i < MEMBERS_PER_COUNTY; i++)
      s.members.push(newUser(`bench-${s.key}-m${String(i).padStart(3, '0')}`, person(), 'member', s.org.id, { sector: r.pick(SECTORS), committee: r.pick(COMMITTEES) }));
    s.office = user(s.key === 'city' ? 'city-office' : `${s.key}-office`) ?? newUser(`bench-${s.key}-office`, person(), 'county_office', s.org.id);
    s.officeRole = s.key === 'city' ? 'city_office' : 'county_office';
  }

  // —— plans and solicitations, one a year per county and the city ——
  const firstYear = new Date(t0 - 5 * YEAR).getUTCFullYear();
  const lastYear = new Date(t0).getUTCFullYear();
  for (const s of scopes) {
    s.plans = new Map();
    for (let y = firstYear; y <= lastYear; y++) {
      const id = r.id();
      s.plans.set(y, id);
      add('plans', [id, s.key === 'city' ? null : s.org.id, y, `${s.org.name}${y}年度协商计划`, `${y}-02-15`, `${y}-01-20T02:00:00.000Z`, `${y}-01-20T02:00:00.000Z`]);
      add('solicitations', [r.id(), s.key === 'city' ? null : s.org.id, `${y}年度“有事来商量”协商议题公开征集`, `面向${s.region}群众征集${y}年度协商议题`, `${y - 1}-11-01`, `${y - 1}-12-31`, s.office.id, `${y - 1}-10-25T02:00:00.000Z`]);
    }
  }
  await flush();

  // —— topics with everything that happened to them, in batches ——
  const weights = Object.entries(COUNTY_WEIGHTS).map(([key, w]) => [scopeByKey.get(key), w]);
  // Proposals always belong to a county (proposals.county_id is NOT NULL), so city topics merge none.
  const countyWeights = weights.filter(([s]) => s.key !== 'city');
  let proposalNo = 0;
  const totalProposals = size * 3;
  let mergedProposals = 0;
  const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36';
  const audit = (s, at, action, subjectType, subjectId, summary, actor = s.office, role = s.officeRole) =>
    add('audit_log', [at, actor?.id ?? null, actor?.username ?? null, actor ? role : null, actor ? s.org.id : null, s.key === 'city' ? null : s.org.id, action, 'ok', subjectType, subjectId, summary, `10.${r.int(255)}.${r.int(255)}.${r.int(255)}`, UA]);
  const titleIn = (s) => `${r.pick(VERBS)}${s.places.length && r.chance(0.7) ? r.pick(s.places).name : `${s.region}${r.pick(GENERIC_PLACES)}`}${r.pick(SUBJECTS)}${r.pick(ENDINGS)}`;
  const text = (n) => Array.from({ length: n }, () => r.pick(SENTENCES)).join('');
  const category = () => r.weighted([['major', 2], ['livelihood', 5], ['governance', 3]]);
  const field = () => r.pick(['economy', 'politics', 'culture', 'society', 'ecology']);

  /** One proposal; status and topic decided by the caller. */
  const proposal = (s, at, status, topicId, screenedAt) => {
    const i = proposalNo++;
    const source = s.key === 'city' ? r.weighted([['member', 6], ['assigned', 4]]) : r.weighted([['member', 4], ['assigned', 2], ['public', 4]]);
    const member = source === 'member' ? r.pick(s.members) : null;
    const pub = source === 'public';
    const excluded = status === 'excluded';
    const id = r.id();
    add('proposals', [
      id, trackingCode(i, size), pub ? `bench-${size}-${i}` : null, source, s.org.id, category(), field(), titleIn(s), text(3),
      s.places.length && r.chance(0.6) ? r.pick(s.places).id : null, null, member?.id ?? null, pub ? person() : null, pub ? `139${String(r.int(1e8)).padStart(8, '0')}` : null,
      source === 'assigned' ? `${s.region}委办公室` : null, source === 'assigned' ? `${s.region}委办〔${new Date(at).getUTCFullYear()}〕${1 + r.int(60)}号` : null, source === 'assigned' ? day(at) : null,
      status, excluded ? r.pick(['public_order', 'statutory', 'private_dispute', 'duplicate', 'out_of_scope']) : null, excluded && r.chance(0.5) ? '经办公室初筛，建议通过信访渠道反映。' : null,
      topicId, screenedAt ? s.office.id : null, screenedAt ? iso(screenedAt) : null, pub ? `10.${r.int(255)}.${r.int(255)}.${r.int(255)}` : null, iso(at), iso(screenedAt ?? at),
    ]);
    audit(s, iso(at), source === 'public' ? 'proposal.public_submit' : source === 'member' ? 'proposal.recommend' : 'proposal.assign', 'proposal', id, null, source === 'public' ? null : (member ?? s.office), member ? 'member' : s.officeRole);
    return id;
  };

  const BATCH = 2000;
  for (let start = 0; start < size; start += BATCH) {
    for (let n = start; n < Math.min(size, start + BATCH); n++) {
      const s = r.weighted(weights);
      const office = s.office;
      const created = t0 - Math.floor(r.next() * 5 * YEAR) - 2 * DAY;
      const age = (t0 - created) / YEAR;
      const state = stateFor(age, r);
      const topicId = r.id();
      const sensitive = r.chance(0.06) ? 1 : 0;
      const longStanding = r.chance(0.06) ? 1 : 0;
      const title = titleIn(s);
      const year = new Date(created).getUTCFullYear();
      const planId = r.chance(0.85) ? (s.plans.get(year) ?? null) : null;

      // The steps of its life, evenly spread from creation up to a moment before today.
      const reached = state === 'rejected' ? r.int(2) + 1 : PATH.indexOf(state); // rejected: after chair or party review
      const span = Math.max(DAY, Math.min(t0 - created - DAY, 420 * DAY) * (0.4 + 0.6 * r.next()));
      const steps = [];
      const step = (kind, title, extra = {}) => steps.push({ kind, title, ...extra });
      const viaProposals = s.key !== 'city' && r.chance(0.8);
      const merged = viaProposals ? 1 + r.int(3) : 0;
      step('created', '建立议题');
      if (merged) step('merge', `并入选题建议 ${merged} 条`);
      // Half of the concluded topics were concluded straight from handling, without 跟踪问效.
      const skipFollowUp = state === 'concluded' && r.chance(0.5);
      for (let p = 1; p <= reached; p++) {
        const to = PATH[p];
        if (to === 'following_up' && skipFollowUp) continue;
        if (to === 'consulting') {
          if (sensitive || longStanding) {
            step('preparation', '向党委政府报告', { prep: 'prior_report' });
            step('preparation', '与相关部门研究解决方案', { prep: 'solution' });
          }
        }
        if (to === 'outcome_submitted') step('consultation_held', '举行会议协商');
        if (to === 'following_up') step('follow_up', '开展民主监督');
        const [event, label] = TRANSITION[to];
        step('transition', label, { event, from: to === 'concluded' && skipFollowUp ? 'handling' : PATH[p - 1], to });
        if (to === 'researching') {
          step('research', '开展调研');
          if (r.chance(0.3)) step('research', '开展调研');
        }
        if (to === 'consulting') step('consultation', '安排会议协商');
      }
      if (state === 'researching' && r.chance(0.5)) step('research_report', '提交调研报告');
      else if (reached >= PATH.indexOf('consulting') && state !== 'rejected') steps.splice(steps.findIndex((x) => x.to === 'consulting'), 0, { kind: 'research_report', title: '提交调研报告' });
      if (state === 'consulting' && r.chance(0.4)) step('consultation_held', '举行会议协商');
      if (state === 'rejected') {
        const from = PATH[reached];
        const [event, label] = from === 'chair_review' ? ['chair_reject', '主席会议不予通过'] : ['party_reject', '党委不予同意'];
        step('transition', label, { event, from, to: 'rejected', detail: '理由：不属于本年度协商重点' });
      }
      const publish = HAS_OUTCOME.has(state) && state !== 'outcome_submitted' && r.chance(0.3);
      if (publish) step('publish_answers', '公开办理答复');
      const instructed = HAS_OUTCOME.has(state) && r.chance(0.08);
      if (instructed) step('instruction', '领导批示');
      const times = steps.map((_, i) => created + Math.floor((span * i) / Math.max(1, steps.length - 1)) + (i ? r.int(3600_000) : 0));
      const at = (kind) => times[steps.findIndex((x) => x.kind === kind)];
      const atTo = (to) => times[steps.findIndex((x) => x.to === to)];
      const updated = times.at(-1);

      add('topics', [topicId, s.key === 'city' ? null : s.org.id, planId, title, text(4), category(), field(), state, sensitive, longStanding, null, null, null, office.id, iso(created), iso(updated), publish ? iso(at('publish_answers')) : null, state === 'concluded' && r.chance(0.02) ? 1 : 0, 1 + steps.filter((x) => x.kind === 'transition').length, office.id]);
      steps.forEach((st, i) => {
        const chair = st.event === 'chair_pass' || st.event === 'chair_reject';
        const party = st.event === 'party_approve' || st.event === 'party_reject';
        const actor = chair ? (s.key === 'yaodu' ? user('yaodu-chair') : null) : party ? (s.key === 'yaodu' ? user('yaodu-party') : null) : office;
        add('topic_events', [r.id(), topicId, iso(times[i]), i + 1, actor?.id ?? null, actor?.display_name ?? (chair ? '主席会议' : party ? '党委' : null), st.kind, st.event ?? null, st.from ?? null, st.to ?? null, st.title, st.detail ?? null]);
        const action = { created: 'topic.create', merge: 'proposal.merge', transition: 'topic.transition', research: 'topic.research_activity', research_report: 'topic.research_report', preparation: 'topic.preparation', consultation: 'topic.schedule_consultation', consultation_held: 'topic.record_consultation', follow_up: 'handling.follow_up', publish_answers: 'handling.publish_answers', instruction: 'handling.instruction' }[st.kind];
        audit(s, iso(times[i]), action, 'topic', topicId, `${title}：${st.title}`, actor, chair ? 'leader' : party ? 'party_reviewer' : s.officeRole);
      });

      // Its proposals: merged at the merge step.
      for (let m = 0; m < merged && proposalNo < totalProposals; m++) {
        proposal(s, created - r.int(60) * DAY - DAY, 'merged', topicId, at('merge'));
        mergedProposals++;
      }
      // Proposals not (yet) made into topics, so that the total reaches three per topic.
      const owed = Math.round(((n + 1) * totalProposals) / size) - proposalNo;
      for (let m = 0; m < owed; m++) {
        const ps = r.weighted(countyWeights);
        const when = t0 - Math.floor(r.next() * 5 * YEAR) - DAY;
        const recent = t0 - when < 0.25 * YEAR;
        const status = recent ? r.weighted([['submitted', 6], ['screened_in', 3], ['excluded', 1]]) : r.weighted([['screened_in', 4], ['excluded', 6]]);
        proposal(ps, when, status, null, status === 'submitted' ? null : when + (2 + r.int(20)) * DAY);
      }

      // Research, reports, preparations.
      const members = () => r.sample(s.members, 3 + r.int(4)).map((u) => u.id);
      steps.forEach((st, i) => {
        if (st.kind === 'research')
          add('research_activities', [r.id(), topicId, day(times[i]), r.chance(0.7) && s.places.length ? r.pick(s.places).name : `${s.region}${r.pick(GENERIC_PLACES)}`, JSON.stringify(members()), r.chance(0.3) ? '有关部门负责同志' : null, r.pick(FINDINGS), office.id, iso(times[i])]);
        if (st.kind === 'research_report') add('research_reports', [r.id(), topicId, `${title.replace(/^关于/, '').replace(/的.*$/, '')}调研报告`, text(6), day(times[i]), office.id, iso(times[i])]);
        if (st.kind === 'preparation') add('preparations', [r.id(), topicId, st.prep, day(times[i]), st.prep === 'prior_report' ? `${s.region}委` : null, text(2), iso(times[i])]);
      });

      // Consultations with participants, remarks and support.
      const scheduled = at('consultation');
      if (scheduled !== undefined) {
        const held = at('consultation_held');
        const cId = r.id();
        const startsAt = held ?? Math.max(scheduled + 7 * DAY, t0 + (1 + r.int(20)) * DAY);
        add('consultations', [cId, topicId, s.key === 'city' ? null : s.org.id, r.weighted([['meeting', 6], ['online', 2], ['onsite', 2]]), s.key === 'city' ? 'city' : r.weighted([['county', 6], ['township', 3], ['community', 1]]), r.chance(0.1) ? 1 : 0, iso(startsAt), null, `${s.org.name}协商议事厅`, held ? 'held' : 'scheduled', held ? text(3) : null, iso(scheduled), iso(held ?? scheduled)]);
        let seq = 0;
        for (const uid of members()) {
          const u = s.members.find((m) => m.id === uid);
          add('consultation_participants', [r.id(), cId, 'member', uid, null, u.display_name, null, held && r.chance(0.9) ? 1 : 0, ++seq]);
        }
        const dept = r.pick(s.depts);
        add('consultation_participants', [r.id(), cId, 'department', null, dept.id, dept.name, '副局长', held ? 1 : 0, ++seq]);
        add('consultation_participants', [r.id(), cId, 'public_rep', null, null, person(), null, held ? 1 : 0, ++seq]);
        if (held) {
          add('consultation_remarks', [r.id(), cId, 'response', dept.id, person(), text(2), 1]);
          add('consultation_remarks', [r.id(), cId, 'opinion', null, person(), text(2), 2]);
          if (r.chance(0.3)) add('consultation_support', [r.id(), cId, dept.id, r.pick(['venue', 'funds', 'information', 'time']), null]);
        }
      }

      // The outcome, its suggestions and their handling.
      if (HAS_OUTCOME.has(state)) {
        const submitted = atTo('outcome_submitted');
        const oId = r.id();
        add('outcomes', [oId, topicId, 'suggestions', `${title.replace(/^关于/, '').replace(/的.*$/, '')}协商建议`, `${s.region}委、${s.region}人民政府`, day(submitted), '书面报送', iso(submitted)]);
        const nSuggestions = r.weighted([[1, 1], [2, 2], [3, 4], [4, 2], [5, 1]]);
        const handled = atTo('handling') ?? submitted + 10 * DAY;
        for (let q = 1; q <= nSuggestions; q++) {
          const sId = r.id();
          // 尧都区交通运输局 leads its share of 尧都区's items and joins others as 会办.
          const lead = r.pick(s.depts);
          const co = r.chance(0.2) ? r.sample(s.depts.filter((d) => d.id !== lead.id), 1 + r.int(2)).map((d) => d.id) : [];
          const itemState =
            state === 'outcome_submitted' ? 'unassigned'
            : state === 'concluded' ? 'settled'
            : state === 'following_up' ? r.weighted([['settled', 70], ['accepted', 15], ['assigned', 15]])
            : r.weighted([['assigned', 45], ['answered', 15], ['accepted', 15], ['settled', 15], ['returned', 5], ['unassigned', 5]]);
          const assigned = itemState !== 'unassigned';
          // Open items fall due from a month ago to two months ahead, so the board has overdue and due-soon items.
          const due = itemState === 'assigned' ? t0 + (r.int(90) - 30) * DAY : handled + 90 * DAY;
          const assignedOn = itemState === 'assigned' ? due - 90 * DAY : handled;
          const conversion = itemState === 'settled' && r.chance(0.3) ? r.pick(['decision', 'project', 'governance']) : null;
          add('suggestions', [sId, oId, topicId, q, text(2), lead.id, conversion, iso(submitted)]);
          const answeredAt = Math.min(t0 - DAY, assignedOn + (30 + r.int(40)) * DAY);
          const last = { unassigned: submitted, assigned: assignedOn, returned: assignedOn + 5 * DAY, answered: answeredAt, accepted: answeredAt + 3 * DAY, settled: answeredAt + 10 * DAY }[itemState];
          add('handling_items', [sId, topicId, s.key === 'city' ? null : s.org.id, itemState, 1, assigned ? lead.id : null, JSON.stringify(assigned ? co : []), assigned ? day(assignedOn) : null, assigned ? day(due) : null, assigned && co.length ? day(due - 15 * DAY) : null, assigned ? `${s.region.slice(0, 2)}政协交〔${new Date(assignedOn).getUTCFullYear()}〕${1 + r.int(30)}号` : null, assigned ? day(assignedOn) : null, null, iso(Math.min(last, t0 - 3600_000))]);
          let seq = 0;
          const itemEvent = (when, kind, title, actor) => add('item_events', [r.id(), sId, ++seq, iso(Math.min(when, t0 - 3600_000)), 1, kind, title, null, actor?.id ?? null, actor?.display_name ?? null]);
          if (assigned) itemEvent(assignedOn, 'assign', '交办', office);
          if (itemState === 'returned') itemEvent(assignedOn + 5 * DAY, 'return_misassigned', '退回（非本单位职责）', null);
          if (['answered', 'accepted', 'settled'].includes(itemState)) {
            const fbStatus = itemState === 'answered' ? 'submitted' : 'accepted';
            add('feedbacks', [r.id(), sId, 1, lead.id, text(3), r.weighted([['A', 5], ['B', 3], ['C', 1], ['D', 1]]), null, person(), `0357-${2000000 + r.int(999999)}`, fbStatus, null, null, iso(answeredAt), fbStatus === 'accepted' ? iso(answeredAt + 3 * DAY) : null]);
            itemEvent(answeredAt, 'submit_feedback', '提交书面反馈', null);
            if (itemState !== 'answered') itemEvent(answeredAt + 3 * DAY, 'accept_feedback', '采纳反馈', office);
          }
          if (itemState === 'settled') {
            add('evaluations', [r.id(), sId, 1, r.weighted([['satisfied', 7], ['basically', 3]]), null, null, null, office.id, iso(Math.min(answeredAt + 10 * DAY, t0 - 3600_000))]);
            itemEvent(answeredAt + 10 * DAY, 'evaluate', '满意度测评', office);
          }
          if (instructed && q === 1) {
            const inst = r.id();
            const [leader, leaderTitle] = r.pick(LEADERS);
            add('instructions', [inst, topicId, null, leader, `${s.region}${leaderTitle}`, day(at('instruction')), '政协建议很有针对性，请有关部门认真研究落实。', office.id, iso(at('instruction'))]);
            add('instruction_actions', [r.id(), inst, `${lead.name}制定落实方案`, day(at('instruction') + 30 * DAY), state === 'concluded' ? day(at('instruction') + 20 * DAY) : null, 1]);
          }
        }
      }
      const fu = at('follow_up');
      if (fu !== undefined) add('follow_ups', [r.id(), topicId, r.pick(['supervision', 'inspection', 'appraisal']), day(fu), s.places.length ? r.pick(s.places).name : `${s.region}${r.pick(GENERIC_PLACES)}`, JSON.stringify(members()), r.pick(FINDINGS), office.id, iso(fu)]);
    }
    await flush();
  }
  counts.mergedProposals = mergedProposals;
  return counts;
}

// ————————————————————————————— the cache —————————————————————————————

let server;
async function serverModule() {
  if (!server) {
    register();
    server = await import('@shangliang/server');
  }
  return server;
}

/**
 * Creates the schema up to BASELINE with the app's own migration modules (recorded in schema_migrations
 * as its migrate() does), then the organisations and the demo accounts through the app's seeds.
 */
async function prepareSchema(options) {
  const { openDatabase, seedOrganisations, seedDemo } = await serverModule();
  const db = openDatabase(options);
  const k = db.kysely;
  await k.schema.createTable('schema_migrations').ifNotExists().addColumn('name', 'text', (c) => c.primaryKey()).addColumn('applied_at', 'text', (c) => c.notNull()).execute();
  const dir = path.join(import.meta.dirname, '../../packages/server/src/db/migrations');
  const names = fs.readdirSync(dir).filter((f) => /^\d{4}-.+\.ts$/.test(f)).map((f) => f.slice(0, -3)).sort();
  if (!names.includes(BASELINE)) throw new Error(`migration ${BASELINE} not found in ${dir}`);
  for (const name of names.filter((n) => n <= BASELINE)) {
    const { up } = await import(pathToFileURL(path.join(dir, `${name}.ts`)).href);
    await k.transaction().execute(async (trx) => {
      await up(trx, db.engine);
      await trx.insertInto('schema_migrations').values({ name, applied_at: new Date().toISOString() }).execute();
    });
  }
  await seedOrganisations(db);
  await seedDemo(db);
  return db;
}

/** The app's migrate() over the filled database: every migration after BASELINE. */
async function migrateRest(options) {
  const { openDatabase, migrate } = await serverModule();
  const db = openDatabase(options);
  try {
    return await migrate(db);
  } finally {
    await db.close();
  }
}

const pgUrl = (base, name) => {
  const u = new URL(base);
  u.pathname = `/${name}`;
  return u.toString();
};

/**
 * The data set of `size` topics on `engine`, generated unless a finished one of this generator
 * version is cached. SQLite: <dataDir>/sqlite-<size>/shangliang.db; PostgreSQL: database sl_bench_<size>.
 */
export async function ensureDataset({ engine, size, dataDir, pgBase, log = console.log }) {
  const marker = { version: GEN_VERSION, size };
  if (engine === 'sqlite') {
    const dir = path.join(dataDir, `sqlite-${size}`);
    const file = path.join(dir, 'shangliang.db');
    const metaFile = path.join(dir, 'dataset.json');
    const meta = fs.existsSync(metaFile) ? JSON.parse(fs.readFileSync(metaFile, 'utf8')) : null;
    if (meta?.version === GEN_VERSION && meta.done && fs.existsSync(file)) return { engine, size, sqliteFile: file, cached: true, ...meta };
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const started = performance.now();
    const now = new Date();
    const db = await prepareSchema({ url: null, sqliteFile: file });
    const writer = new SqliteWriter(file);
    const counts = await generateInto(db, writer, size, now);
    await db.close();
    await writer.finish();
    const migrations = await migrateRest({ url: null, sqliteFile: file });
    const check = new SQLite(file);
    const bad = check.prepare('pragma foreign_key_check').all();
    check.pragma('wal_checkpoint(TRUNCATE)');
    check.close();
    if (bad.length) throw new Error(`generated rows break ${bad.length} foreign keys, e.g. ${JSON.stringify(bad[0])}`);
    const done = { ...marker, done: true, generatedAt: now.toISOString(), generationMs: Math.round(performance.now() - started), counts, migrationsAfterRows: migrations, bytes: fs.statSync(file).size };
    fs.writeFileSync(metaFile, JSON.stringify(done, null, 2));
    log(`  generated SQLite ${size} in ${(done.generationMs / 1000).toFixed(1)} s (${(done.bytes / 1e6).toFixed(0)} MB)`);
    return { engine, size, sqliteFile: file, cached: false, ...done };
  }
  const name = `sl_bench_${size}`;
  const admin = new pg.Client({ connectionString: pgBase });
  await admin.connect();
  try {
    const found = await admin.query(`select shobj_description(oid, 'pg_database') as meta from pg_database where datname = $1`, [name]);
    const meta = found.rows[0]?.meta ? JSON.parse(found.rows[0].meta) : null;
    if (meta?.version === GEN_VERSION && meta.done) return { engine, size, databaseUrl: pgUrl(pgBase, name), cached: true, ...meta };
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
    const started = performance.now();
    const now = new Date();
    const url = pgUrl(pgBase, name);
    const db = await prepareSchema({ url, sqliteFile: ':memory:' });
    const writer = new PgWriter(url);
    await writer.open();
    const counts = await generateInto(db, writer, size, now);
    await db.close();
    await writer.finish();
    const migrations = await migrateRest({ url, sqliteFile: ':memory:' });
    const vacuum = new pg.Client({ connectionString: url });
    await vacuum.connect();
    await vacuum.query('vacuum analyze');
    await vacuum.end();
    const bytes = Number((await admin.query('select pg_database_size($1) as n', [name])).rows[0].n);
    const done = { ...marker, done: true, generatedAt: now.toISOString(), generationMs: Math.round(performance.now() - started), counts, migrationsAfterRows: migrations, bytes };
    await admin.query(`comment on database ${name} is '${JSON.stringify(done).replace(/'/g, "''")}'`);
    log(`  generated PostgreSQL ${size} in ${(done.generationMs / 1000).toFixed(1)} s (${(bytes / 1e6).toFixed(0)} MB)`);
    return { engine, size, databaseUrl: url, cached: false, ...done };
  } finally {
    await admin.end();
  }
}
