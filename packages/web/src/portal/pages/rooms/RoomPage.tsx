import { lazy, Suspense, useMemo, useState, type FormEvent, type ReactElement } from 'react';
import { errorMessage } from '../../../api/api-error.js';
import type { OpinionMapView, RoomView, StatementView, VoteChoice } from '../../../api/types.js';
import { Link } from '../../navigation.js';
import { newKey, useRoom } from './useRoom.js';
import { when } from './when.js';

const OpinionScatter = lazy(() => import('../../../shared/OpinionScatter.js'));

const CHOICES: readonly { choice: VoteChoice; label: string; className: string }[] = [
  { choice: 'agree', label: '同意', className: 'vote-agree' },
  { choice: 'disagree', label: '不同意', className: 'vote-disagree' },
  { choice: 'pass', label: '跳过', className: 'vote-pass' },
];

/** 逐条表态 — the statements one card at a time, like Pol.is, starting with those not yet voted on. */
function VoteCard({ room, vote }: { room: RoomView; vote: (id: string, choice: VoteChoice) => Promise<unknown> }): ReactElement | null {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const shown = room.statements.filter((s) => s.status === 'shown');
  const next = shown.find((s) => s.myVote === null && !s.mine);
  const done = shown.filter((s) => s.myVote !== null).length;
  if (!room.actions.includes('vote')) return null;
  const cast = async (s: StatementView, choice: VoteChoice) => {
    setBusy(true);
    setError('');
    try {
      await vote(s.id, choice);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card vote-card" aria-labelledby="vote-title">
      <h2 id="vote-title">逐条表态</h2>
      <p className="muted" aria-live="polite">已表态 {done} / {shown.length} 条</p>
      {next ? (
        <>
          <blockquote className="statement-big">{next.text}</blockquote>
          <p className="muted statement-by">
            {next.badgeLabel ? <span className={`badge badge-${next.badge}`}>{next.badgeLabel}</span> : null}
            {next.authorName}
          </p>
          <div className="vote-buttons" role="group" aria-label="对这条观点表态">
            {CHOICES.map((c) => (
              <button key={c.choice} type="button" className={`vote-button ${c.className}`} disabled={busy} onClick={() => void cast(next, c.choice)}>
                {c.label}
              </button>
            ))}
          </div>
        </>
      ) : (
        <p className="track-message">您已对全部观点表态，感谢参与！可以在下方发表新的观点，或查看大家的意见分布。</p>
      )}
      {error ? <p className="form-error" role="alert">{error}</p> : null}
    </section>
  );
}

/** 发表观点 — one idea, up to 140 characters; a nickname for residents. */
function PostForm({ room, post }: { room: RoomView; post: (text: string, nickname: string, key: string) => Promise<RoomView> }): ReactElement | null {
  const [text, setText] = useState('');
  const [nickname, setNickname] = useState('');
  const [key, setKey] = useState(newKey);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  if (!room.actions.includes('post')) return null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim().length < 2) {
      setMessage({ ok: false, text: '请写下您的观点（至少 2 个字）' });
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      const next = await post(text.trim(), nickname.trim(), key);
      const mine = next.statements.filter((s) => s.mine).at(-1);
      setMessage({ ok: true, text: mine?.status === 'pending' ? '您的观点已提交，审核通过后公开显示。' : '您的观点已发表。' });
      setText('');
      setKey(newKey());
    } catch (e) {
      setMessage({ ok: false, text: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card form-card" aria-labelledby="post-title">
      <h2 id="post-title">发表观点</h2>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <label htmlFor="f-statement">我的观点 <span className="req">（一条只写一个观点，不超过 140 字）</span></label>
          <textarea id="f-statement" rows={3} maxLength={140} value={text} onChange={(e) => setText(e.target.value)} aria-describedby="f-statement-count" />
          <p className="hint" id="f-statement-count">{text.length} / 140</p>
        </div>
        {room.me.badge === null ? (
          <div className="field">
            <label htmlFor="f-nickname">昵称 <span className="req">（选填，不填显示为“网友”）</span></label>
            <input id="f-nickname" maxLength={20} value={nickname} onChange={(e) => setNickname(e.target.value)} autoComplete="nickname" />
          </div>
        ) : null}
        {message ? <p className={message.ok ? 'track-message' : 'form-error'} role={message.ok ? 'status' : 'alert'}>{message.text}</p> : null}
        <button type="submit" className="button-link submit" disabled={busy}>{busy ? '正在提交…' : '发表'}</button>
      </form>
    </section>
  );
}

/** 部门回应 — a department answers a statement officially (shown with the department's name). */
function ReplyForm({ s, reply }: { s: StatementView; reply: (id: string, text: string) => Promise<unknown> }): ReactElement {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  if (!open) return <button type="button" className="text-button" onClick={() => setOpen(true)}>作部门回应</button>;
  const send = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError('');
    try {
      await reply(s.id, text.trim());
      setOpen(false);
      setText('');
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="reply-form" onSubmit={(e) => void send(e)}>
      <label htmlFor={`reply-${s.id}`}>部门回应</label>
      <textarea id={`reply-${s.id}`} rows={3} maxLength={1000} value={text} onChange={(e) => setText(e.target.value)} />
      {error ? <p className="form-error" role="alert">{error}</p> : null}
      <button type="submit" className="button-link small" disabled={busy || text.trim().length < 4}>发布回应</button>
    </form>
  );
}

/** One statement in the list, with its tallies, the viewer's vote and the departments' replies. */
function StatementItem({ s, canReport, report, reply }: { s: StatementView; canReport: boolean; report: (id: string) => Promise<unknown>; reply?: (id: string, text: string) => Promise<unknown> }): ReactElement {
  const [reported, setReported] = useState(false);
  const total = s.agrees + s.disagrees + s.passes;
  const pct = (n: number) => (total ? Math.round((n * 100) / total) : 0);
  return (
    <li className="statement">
      <p className="statement-text">{s.text}</p>
      <p className="statement-meta">
        {s.badgeLabel ? <span className={`badge badge-${s.badge}`}>{s.badgeLabel}</span> : null}
        <span>{s.authorName}</span>
        {s.seed ? <span className="badge badge-seed">议题观点</span> : null}
        {s.status === 'pending' ? <span className="badge badge-pending">待审核</span> : null}
        {s.myVote ? <span className="my-vote">我：{CHOICES.find((c) => c.choice === s.myVote)!.label}</span> : null}
      </p>
      <div className="tally" aria-label={`同意 ${s.agrees} 票，不同意 ${s.disagrees} 票，跳过 ${s.passes} 票`}>
        <span className="tally-bar"><span className="tally-agree" style={{ width: `${pct(s.agrees)}%` }} /><span className="tally-disagree" style={{ width: `${pct(s.disagrees)}%` }} /></span>
        <span className="tally-text">同意 {s.agrees} · 不同意 {s.disagrees} · 跳过 {s.passes}</span>
      </div>
      {s.replies.map((r) => (
        <div key={r.id} className="dept-reply">
          <p className="dept-reply-head">{r.departmentName} 回应</p>
          <p>{r.text}</p>
        </div>
      ))}
      {reply && s.status === 'shown' ? <ReplyForm s={s} reply={reply} /> : null}
      {canReport && s.status === 'shown' && !s.mine ? (
        <button type="button" className="text-button" disabled={reported} onClick={() => void report(s.id).then(() => setReported(true))}>
          {reported ? '已举报，感谢反馈' : '举报不当内容'}
        </button>
      ) : null}
    </li>
  );
}

/** 意见分布 — the opinion groups, what sets each apart, and what (almost) everyone agrees on. */
function OpinionMapSection({ map }: { map: OpinionMapView | null }): ReactElement {
  return (
    <section className="card" aria-labelledby="map-title">
      <h2 id="map-title">意见分布</h2>
      {!map || map.groups.length === 0 ? (
        <p className="muted">参与表态的人数达到 10 人后，这里会显示大家的意见分成了哪几类、各类的代表性观点和共识。</p>
      ) : (
        <>
          <p className="muted">共 {map.counted} 人计入（每人至少表态若干条），分为 {map.groups.length} 类意见。{map.you ? `您属于第 ${map.you.group + 1} 类。` : ''}</p>
          <Suspense fallback={<p className="muted">正在载入意见分布图…</p>}>
            <OpinionScatter map={map} />
          </Suspense>
          <ol className="group-list">
            {map.groups.map((g) => (
              <li key={g.id}>
                <p className="group-head">第 {g.id + 1} 类意见 · {g.size} 人</p>
                <ul>
                  {g.representative.map((r) => (
                    <li key={r.statementId}>
                      <span className={r.direction === 'agree' ? 'lean-agree' : 'lean-disagree'}>{r.direction === 'agree' ? '多数同意' : '多数不同意'}</span>
                      {r.text}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
          {map.consensus.length ? (
            <>
              <h3 className="steps-title">各类意见的共识</h3>
              <ul className="consensus-list">
                {map.consensus.map((c) => (
                  <li key={c.statementId}>{c.text}<span className="muted">（同意 {Math.round(c.agreeRatio * 100)}%）</span></li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      )}
    </section>
  );
}

/** 网络议事厅 — a room on the portal: background, one statement at a time to vote on, your own, replies, the map. */
export function RoomPage({ roomId }: { roomId: string }): ReactElement {
  const { state, map, vote, post, report, reply } = useRoom(roomId);
  const statements = useMemo(() => (state.status === 'ok' ? state.room.statements : []), [state]);
  if (state.status === 'loading') return <p className="state">正在载入协商室…</p>;
  if (state.status === 'error') return <p className="state error" role="alert">{state.message}</p>;
  const room = state.room;
  return (
    <>
      <section className="card room-head" aria-labelledby="page-title">
        <p className="breadcrumb"><Link href="/rooms">网络协商</Link> › {room.countyName}</p>
        <h1 id="page-title">{room.title}</h1>
        <p className="room-meta">
          <span className={`room-state room-state-${room.state}`}>{room.stateLabel}</span>
          <span>{when(room.opensAt)} 至 {when(room.closesAt)}</span>
        </p>
        <p className="muted">议题：{room.topicTitle} · {room.participantCount} 人参与 · {room.statementCount} 条观点 · {room.voteCount} 次表态</p>
        {room.background ? <p className="room-background">{room.background}</p> : null}
        {room.attachments.length ? (
          <ul className="room-files" aria-label="背景材料">
            {room.attachments.map((a) => <li key={a.id}><a href={a.url}>{a.filename}</a> <span className="muted">（{Math.max(1, Math.round(a.size / 1024))} KB）</span></li>)}
          </ul>
        ) : null}
        {room.state === 'closed' ? <p className="track-message">本次网络协商已结束，下面是大家的观点和意见分布，将作为协商意见汇总报送。</p> : null}
        {room.state === 'scheduled' ? <p className="track-message">协商室将于 {when(room.opensAt)} 开放，届时可以参与表态。</p> : null}
      </section>
      <VoteCard room={room} vote={vote} />
      <PostForm room={room} post={post} />
      <OpinionMapSection map={map} />
      <section className="card" aria-labelledby="list-title">
        <h2 id="list-title">全部观点（{statements.filter((s) => s.status === 'shown').length}）</h2>
        {statements.length ? (
          <ul className="statement-list">
            {statements.map((s) => <StatementItem key={s.id} s={s} canReport={room.actions.includes('report')} report={report} {...(room.actions.includes('reply') ? { reply } : {})} />)}
          </ul>
        ) : (
          <p className="muted">还没有观点。</p>
        )}
      </section>
    </>
  );
}
