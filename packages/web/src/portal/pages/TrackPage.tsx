import { useEffect, useState, type FormEvent, type ReactElement } from 'react';
import { apiGet } from '../../api/client.js';
import { ApiError, errorMessage } from '../../api/api-error.js';
import type { Track } from '../../api/types.js';
import { Link } from '../navigation.js';

type State = { status: 'idle' } | { status: 'loading' } | { status: 'ok'; data: Track } | { status: 'error'; message: string };

const pad = (n: number): string => String(n).padStart(2, '0');
/** A timestamp in the reader's local time, e.g. 2026-03-05 14:30 (a bare date stays as it is). */
const when = (at: string | null): string => {
  if (!at) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(at)) return at;
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return at;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

/** 查询进展 — a resident's proposal by its tracking code. */
export function TrackPage(): ReactElement {
  const initial = new URLSearchParams(window.location.search).get('code') ?? '';
  const [input, setInput] = useState(initial);
  const [code, setCode] = useState(initial.trim());
  const [state, setState] = useState<State>({ status: 'idle' });

  useEffect(() => {
    if (!code) return;
    let alive = true;
    setState({ status: 'loading' });
    apiGet<Track>(`/api/public/track/${encodeURIComponent(code)}`).then(
      (data) => alive && setState({ status: 'ok', data }),
      (e: unknown) =>
        alive &&
        setState({ status: 'error', message: e instanceof ApiError && e.status === 404 ? '没有找到这个查询码，请核对后重新输入。' : errorMessage(e) }),
    );
    return () => {
      alive = false;
    };
  }, [code]);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const next = input.trim().toUpperCase();
    if (!next) {
      setState({ status: 'error', message: '请输入查询码' });
      return;
    }
    window.history.replaceState(null, '', `/track?code=${encodeURIComponent(next)}`);
    if (next === code) setCode('');
    setTimeout(() => setCode(next), 0);
  };

  return (
    <>
      <section className="card" aria-labelledby="page-title">
        <h1 id="page-title">查询办理进展</h1>
        <p className="muted">输入提交建议时获得的查询码，查看您的建议是否被采纳、并入了哪个协商议题以及议题进展。</p>
        <form onSubmit={submit} className="track-form" noValidate>
          <label htmlFor="f-code">查询码</label>
          <div className="captcha-row">
            <input id="f-code" value={input} onChange={(e) => setInput(e.target.value)} autoComplete="off" autoCapitalize="characters" maxLength={20} placeholder="例如：YD7K2M9Q" />
            <button type="submit" className="button-link small">查询</button>
          </div>
        </form>
      </section>
      {state.status === 'loading' && <p className="state" role="status">正在查询…</p>}
      {state.status === 'error' && <p className="state error" role="alert">{state.message}</p>}
      {state.status === 'ok' && <TrackResult track={state.data} />}
      {state.status !== 'ok' && (
        <p className="muted">
          还没有提过建议？<Link href="/propose">我要提建议</Link>
        </p>
      )}
    </>
  );
}

function TrackResult({ track }: { track: Track }): ReactElement {
  return (
    <section className="card" aria-labelledby="result-title" aria-live="polite">
      <h2 id="result-title">{track.title}</h2>
      <p className="muted">
        {track.countyName} · 提交于 {when(track.submittedAt)} · 查询码 {track.trackingCode}
      </p>
      <p className="track-message">{track.message}</p>
      {track.topic && (
        <div className="topic-box">
          <p className="muted">并入协商议题</p>
          <p className="topic-box-title">{track.topic.title}</p>
          <p>
            当前阶段：<strong className="stage-label" data-testid="topic-stage">{track.topic.stateLabel}</strong>
          </p>
          {track.caseId ? (
            <p>
              这个议题已列为典型案例：<Link href={`/cases/${track.caseId}`}>看看它是怎样协商解决的</Link>
            </p>
          ) : null}
        </div>
      )}
      <h3 className="steps-title">办理进程</h3>
      <ol className="progress-list">
        {track.steps.map((s, i) => (
          <li key={i} className={s.done ? 'done' : 'todo'}>
            <span className="dot" aria-hidden="true">{s.done ? '✓' : i + 1}</span>
            <div>
              <p className="step-label">
                {s.label}
                <span className="visually-hidden">{s.done ? '（已完成）' : '（未开始）'}</span>
              </p>
              {s.at && <p className="step-meta">{when(s.at)}</p>}
              {s.note && <p className="step-note">{s.note}</p>}
            </div>
          </li>
        ))}
      </ol>
      {track.answers && track.answers.length > 0 && (
        <>
          <h3 className="steps-title">办理答复</h3>
          <p className="muted small-note">以下为承办单位对协商成果中各条建议的书面答复，由政协办公室公开。</p>
          <ol className="answer-list">
            {[...track.answers].sort((a, b) => a.seq - b.seq).map((a) => (
              <li key={a.seq} className="answer-item">
                <p className="answer-head">
                  <span className="answer-seq">第 {a.seq} 条建议</span>
                  <span className="answer-class">{a.resultClassLabel}</span>
                </p>
                <p className="answer-content">{a.content}</p>
                <p className="answer-dept">承办单位：{a.departmentName ?? '—'}</p>
                <p className="answer-text">{a.text}</p>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
