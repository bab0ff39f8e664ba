import { useState, type ReactElement } from 'react';
import { App, Button, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { apiErrorFrom } from '../../../api/client.js';
import { Section } from '../../components/Section.js';

/** 导入 Pol.is 对话 — its comments.csv and votes.csv, into this room. */
export function PolisImport({ roomId }: { roomId: string }): ReactElement {
  const [comments, setComments] = useState<File | null>(null);
  const [votes, setVotes] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const { message } = App.useApp();
  const client = useQueryClient();
  const send = async () => {
    if (!comments || !votes) return;
    setBusy(true);
    const body = new FormData();
    body.append('comments', comments, comments.name);
    body.append('votes', votes, votes.name);
    try {
      const res = await fetch(`/api/rooms/${roomId}/import-polis`, { method: 'POST', body, credentials: 'same-origin', headers: { 'X-Shangliang-Request': '1' } });
      const text = await res.text();
      if (!res.ok) throw apiErrorFrom(res.status, text);
      const n = JSON.parse(text) as { statements: number; participants: number; votes: number };
      message.success(`已导入观点 ${n.statements} 条、参与者 ${n.participants} 人、表态 ${n.votes} 次`);
      void client.invalidateQueries({ queryKey: ['rooms', roomId] });
    } catch (e) {
      message.error(e instanceof Error ? e.message : '导入失败');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Section title="导入 Pol.is 对话">
      <Typography.Paragraph type="secondary">从 Pol.is 导出的 comments.csv 和 votes.csv。观点和参与者保留 Pol.is 编号；在 Pol.is 中被审核排除的观点导入后保持隐藏。</Typography.Paragraph>
      <div className="form-two">
        <label>
          comments.csv：<input type="file" accept=".csv,text/csv" onChange={(e) => setComments(e.target.files?.[0] ?? null)} />
        </label>
        <label>
          votes.csv：<input type="file" accept=".csv,text/csv" onChange={(e) => setVotes(e.target.files?.[0] ?? null)} />
        </label>
      </div>
      <Button style={{ marginTop: 8 }} disabled={!comments || !votes} loading={busy} onClick={() => void send()}>
        导入
      </Button>
    </Section>
  );
}
