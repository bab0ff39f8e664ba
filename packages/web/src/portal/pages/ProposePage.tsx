import { useEffect, useRef, useState, type FormEvent, type ReactElement } from 'react';
// The vocabulary module alone (no zod): the portal entry must stay small.
import { TOPIC_CATEGORIES, TOPIC_CATEGORY_LABELS, TOPIC_FIELDS, TOPIC_FIELD_LABELS, type TopicCategory } from '../../../../core/src/topic/vocab.js';
import type { ProposalLimits as Limits } from '@shangliang/core';

/** Same values as `ProposalLimits` of core (typed against it; copied so that zod stays out of the portal). */
const ProposalLimits: typeof Limits = { titleMax: 60, descriptionMax: 2000, noteMax: 500, nameMax: 20 };
import { apiGet, apiPost } from '../../api/client.js';
import { ApiError, errorMessage } from '../../api/api-error.js';
import type { PublicCounty, PublicPlace } from '../../api/types.js';
import { Link, navigate } from '../navigation.js';
import { usePublicData } from '../usePublicData.js';
import { SimilarNotice } from '../SimilarNotice.js';

/** One-line explanations of the three categories (第四条(一)). */
const CATEGORY_HINTS: Readonly<Record<TopicCategory, string>> = {
  major: '党政关注的重要政策措施和重点工作落实情况',
  livelihood: '民生改善、群众迫切要求解决的问题和实际困难',
  governance: '社会治理中的难点问题、公共事务和公益事业',
};

interface PublicSolicitation {
  readonly id: string;
  readonly countyId: string;
  readonly countyName: string;
  readonly title: string;
  readonly scope: string;
  readonly opensOn: string;
  readonly closesOn: string;
}

type Errors = Partial<Record<string, string>>;

/** A fresh request key per form fill, so a double tap makes one record. */
function newKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
}

/** Children of a place (乡镇 of a county, 村 of a 乡镇). */
function usePlaces(parentId: string): PublicPlace[] {
  const [items, setItems] = useState<PublicPlace[]>([]);
  useEffect(() => {
    setItems([]);
    if (!parentId) return;
    let alive = true;
    apiGet<{ items: PublicPlace[] }>('/api/public/places', { parentId }).then(
      (r) => alive && setItems(r.items),
      () => alive && setItems([]),
    );
    return () => {
      alive = false;
    };
  }, [parentId]);
  return items;
}

/** 我要提建议 — 社会公开征集 on a phone. */
export function ProposePage(): ReactElement {
  const counties = usePublicData<{ items: PublicCounty[] }>('/api/public/counties');
  const [countyId, setCountyId] = useState('');
  const [townshipId, setTownshipId] = useState('');
  const [villageId, setVillageId] = useState('');
  const [solicitations, setSolicitations] = useState<PublicSolicitation[]>([]);
  const [solicitationId, setSolicitationId] = useState('');
  const [category, setCategory] = useState<TopicCategory | ''>('');
  const [field, setField] = useState('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [consent, setConsent] = useState(false);
  const [smsConsent, setSmsConsent] = useState(false);
  const [captcha, setCaptcha] = useState<{ id: string; question: string } | null>(null);
  const [captchaAnswer, setCaptchaAnswer] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState('');
  const [sending, setSending] = useState(false);
  const key = useRef(newKey());
  const townships = usePlaces(countyId);
  const villages = usePlaces(townshipId);

  const loadCaptcha = (): void => {
    setCaptchaAnswer('');
    apiGet<{ id: string; question: string }>('/api/public/captcha').then(setCaptcha, (e: unknown) => setFormError(errorMessage(e)));
  };
  useEffect(loadCaptcha, []);
  useEffect(() => {
    setSolicitations([]);
    setSolicitationId('');
    if (!countyId) return;
    let alive = true;
    apiGet<{ items: PublicSolicitation[] }>('/api/public/solicitations', { countyId }).then(
      (r) => alive && setSolicitations(r.items),
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, [countyId]);

  const check = (): Errors => {
    const e: Errors = {};
    if (!countyId) e.countyId = '请选择县（市、区）';
    if (!category) e.category = '请选择类别（要事、实事或难事）';
    const t = title.trim();
    if (t.length < 4) e.title = '标题至少 4 个字';
    else if (t.length > ProposalLimits.titleMax) e.title = `标题不能超过 ${ProposalLimits.titleMax} 个字`;
    const d = description.trim();
    if (d.length < 10) e.description = '请把情况说清楚，至少 10 个字';
    else if (d.length > ProposalLimits.descriptionMax) e.description = `内容不能超过 ${ProposalLimits.descriptionMax} 个字`;
    if (name.trim().length > ProposalLimits.nameMax) e.name = '称呼不能超过 20 个字';
    if (phone.trim() && !/^1\d{10}$/.test(phone.trim())) e.phone = '请填写 11 位手机号码';
    if (!consent) e.consent = '请阅读并同意个人信息使用说明';
    if (!captchaAnswer.trim()) e.captchaAnswer = '请填写验证答案';
    return e;
  };

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (sending) return;
    setFormError('');
    const found = check();
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(`f-${first}`)?.focus();
      return;
    }
    setSending(true);
    const body = {
      countyId,
      solicitationId: solicitationId || undefined,
      category,
      field: field || undefined,
      title: title.trim(),
      description: description.trim(),
      placeId: villageId || townshipId || undefined,
      name: name.trim() || undefined,
      phone: phone.trim() || undefined,
      consent: true,
      smsConsent: smsConsent && !!phone.trim(),
      captchaId: captcha?.id ?? '',
      captchaAnswer: captchaAnswer.trim(),
      idempotencyKey: key.current,
    };
    apiPost<{ trackingCode: string; createdAt: string }>('/api/public/proposals', body).then(
      (r) => navigate(`/propose/receipt?code=${encodeURIComponent(r.trackingCode)}`),
      (e: unknown) => {
        setSending(false);
        const fieldErrors: Errors = {};
        if (e instanceof ApiError) for (const f of e.fields) fieldErrors[f.path.split('.')[0] ?? ''] ??= f.message;
        setErrors(fieldErrors);
        setFormError(errorMessage(e));
        loadCaptcha(); // a captcha answers once
      },
    );
  };

  const err = (k: string): ReactElement | null =>
    errors[k] ? (
      <p className="field-error" id={`e-${k}`}>
        {errors[k]}
      </p>
    ) : null;
  const describedBy = (k: string, hint?: string): string | undefined => [errors[k] ? `e-${k}` : '', hint ?? ''].filter(Boolean).join(' ') || undefined;

  return (
    <section className="card form-card" aria-labelledby="page-title">
      <h1 id="page-title">我要提建议</h1>
      <p className="muted">
        您关心的要事、实事、难事，都可以在这里向县（市、区）政协提出。政协办公室将进行初筛，符合条件的将列入协商选题；提交后凭查询码随时查看办理情况。
      </p>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="f-countyId">县（市、区）<span className="req">（必填）</span></label>
          <select
            id="f-countyId"
            value={countyId}
            aria-invalid={!!errors.countyId}
            aria-describedby={describedBy('countyId')}
            onChange={(e) => {
              setCountyId(e.target.value);
              setTownshipId('');
              setVillageId('');
            }}
          >
            <option value="">{counties.status === 'loading' ? '正在加载…' : '请选择'}</option>
            {counties.status === 'ok' && counties.data.items.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
          {err('countyId')}
        </div>
        {townships.length > 0 && (
          <div className="field-row">
            <div className="field">
              <label htmlFor="f-township">乡镇（街道）</label>
              <select
                id="f-township"
                value={townshipId}
                onChange={(e) => {
                  setTownshipId(e.target.value);
                  setVillageId('');
                }}
              >
                <option value="">不限</option>
                {townships.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
              </select>
            </div>
            {villages.length > 0 && (
              <div className="field">
                <label htmlFor="f-village">村（社区）</label>
                <select id="f-village" value={villageId} onChange={(e) => setVillageId(e.target.value)}>
                  <option value="">不限</option>
                  {villages.map((v) => <option key={v.id} value={v.id}>{v.name}</option>)}
                </select>
              </div>
            )}
          </div>
        )}
        {solicitations.length > 0 && (
          <div className="field">
            <label htmlFor="f-solicitationId">参加的征集活动</label>
            <select id="f-solicitationId" value={solicitationId} onChange={(e) => setSolicitationId(e.target.value)} aria-describedby="h-solicitation">
              <option value="">不参加（日常建议）</option>
              {solicitations.map((s) => <option key={s.id} value={s.id}>{s.title}</option>)}
            </select>
            <p className="hint" id="h-solicitation">
              {solicitations.find((s) => s.id === solicitationId)?.scope ?? `正在开展 ${solicitations.length} 项公开征集，可选择参加。`}
            </p>
          </div>
        )}
        <fieldset className="field" aria-invalid={!!errors.category} aria-describedby={describedBy('category')}>
          <legend>类别<span className="req">（必填）</span></legend>
          <div className="choice-cards">
            {TOPIC_CATEGORIES.map((c, i) => (
              <label key={c} className={`choice-card${category === c ? ' checked' : ''}`}>
                <input type="radio" name="category" id={i === 0 ? 'f-category' : undefined} value={c} checked={category === c} onChange={() => setCategory(c)} />
                <span>
                  <strong>{TOPIC_CATEGORY_LABELS[c]}</strong>
                  <span className="choice-hint">{CATEGORY_HINTS[c]}</span>
                </span>
              </label>
            ))}
          </div>
          {err('category')}
        </fieldset>
        <div className="field">
          <label htmlFor="f-field">领域（选填）</label>
          <select id="f-field" value={field} onChange={(e) => setField(e.target.value)}>
            <option value="">不确定</option>
            {TOPIC_FIELDS.map((f) => <option key={f} value={f}>{TOPIC_FIELD_LABELS[f]}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-title">标题<span className="req">（必填）</span></label>
          <input id="f-title" value={title} maxLength={ProposalLimits.titleMax} onChange={(e) => setTitle(e.target.value)} aria-invalid={!!errors.title} aria-describedby={describedBy('title', 'h-title')} placeholder="用一句话说明问题" />
          <p className="hint" id="h-title">{title.trim().length}/{ProposalLimits.titleMax} 字</p>
          {err('title')}
        </div>
        <div className="field">
          <label htmlFor="f-description">具体情况和建议<span className="req">（必填）</span></label>
          <textarea id="f-description" rows={6} value={description} maxLength={ProposalLimits.descriptionMax} onChange={(e) => setDescription(e.target.value)} aria-invalid={!!errors.description} aria-describedby={describedBy('description', 'h-description')} placeholder="在哪里、是什么情况、影响了哪些人、您有什么建议" />
          <p className="hint" id="h-description">{description.trim().length}/{ProposalLimits.descriptionMax} 字</p>
          {err('description')}
        </div>
        <SimilarNotice countyId={countyId} title={title} description={description} />
        <div className="notice" id="h-privacy">
          <strong>个人信息使用说明</strong>
          <p>称呼和手机号均可不填。填写的，仅用于政协办公室与您联系、反馈办理情况，不对外公开；本平台不收集身份证号码。</p>
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="f-name">称呼（选填）</label>
            <input id="f-name" value={name} maxLength={ProposalLimits.nameMax} onChange={(e) => setName(e.target.value)} aria-invalid={!!errors.name} aria-describedby={describedBy('name', 'h-privacy')} placeholder="例如：王女士" autoComplete="name" />
            {err('name')}
          </div>
          <div className="field">
            <label htmlFor="f-phone">手机号（选填）</label>
            <input id="f-phone" type="tel" inputMode="numeric" value={phone} maxLength={11} onChange={(e) => setPhone(e.target.value)} aria-invalid={!!errors.phone} aria-describedby={describedBy('phone', 'h-privacy')} autoComplete="tel" />
            {err('phone')}
          </div>
        </div>
        {phone.trim() && (
          <div className="field">
            <label className="check">
              <input type="checkbox" id="f-smsConsent" checked={smsConsent} onChange={(e) => setSmsConsent(e.target.checked)} />
              <span>办理有进展时，请用短信告诉我（附查询码）</span>
            </label>
          </div>
        )}
        <div className="field">
          <label className="check">
            <input type="checkbox" id="f-consent" checked={consent} onChange={(e) => setConsent(e.target.checked)} aria-invalid={!!errors.consent} aria-describedby={describedBy('consent')} />
            <span>我已阅读并同意上述个人信息使用说明</span>
          </label>
          {err('consent')}
        </div>
        <div className="field">
          <label htmlFor="f-captchaAnswer">验证：{captcha ? captcha.question : '正在加载…'}<span className="req">（必填）</span></label>
          <div className="captcha-row">
            <input id="f-captchaAnswer" inputMode="numeric" value={captchaAnswer} maxLength={10} onChange={(e) => setCaptchaAnswer(e.target.value)} aria-invalid={!!errors.captchaAnswer} aria-describedby={describedBy('captchaAnswer')} placeholder="填写数字" autoComplete="off" />
            <button type="button" className="button-link secondary small" onClick={loadCaptcha}>换一题</button>
          </div>
          {err('captchaAnswer')}
        </div>
        {formError && (
          <p className="form-error" role="alert">
            {formError}
          </p>
        )}
        <button type="submit" className="button-link submit" disabled={sending}>
          {sending ? '正在提交…' : '提交建议'}
        </button>
      </form>
      <p className="muted" style={{ marginTop: 12 }}>
        已提交过？<Link href="/track">凭查询码查看进展</Link>
      </p>
    </section>
  );
}

/** 提交成功 — the tracking code, big and copyable. */
export function ReceiptPage(): ReactElement {
  const code = new URLSearchParams(window.location.search).get('code') ?? '';
  const [copied, setCopied] = useState('');
  const copy = (): void => {
    const done = (): void => setCopied('已复制查询码');
    if (navigator.clipboard?.writeText) navigator.clipboard.writeText(code).then(done, () => setCopied('复制失败，请长按查询码手动复制'));
    else setCopied('请长按查询码手动复制');
  };
  if (!code) {
    return (
      <section className="card">
        <h1>没有找到提交记录</h1>
        <p>
          <Link href="/propose" className="button-link">我要提建议</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="card receipt" aria-labelledby="page-title">
      <h1 id="page-title">提交成功</h1>
      <p>感谢您的建议！政协办公室将进行初筛。请记下查询码，凭查询码可随时查看办理情况。</p>
      <p className="code-label" id="code-label">您的查询码</p>
      <p className="tracking-code" aria-labelledby="code-label" data-testid="tracking-code">
        {code}
      </p>
      <p className="receipt-actions">
        <button type="button" className="button-link secondary" onClick={copy}>复制查询码</button>
        <Link href={`/track?code=${encodeURIComponent(code)}`} className="button-link">查看办理进展</Link>
      </p>
      <p role="status" className="muted">{copied}</p>
      <p className="muted">
        <Link href="/">返回首页</Link>
      </p>
    </section>
  );
}
