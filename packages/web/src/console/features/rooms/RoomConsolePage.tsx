import { lazy, Suspense, useState, type ReactElement } from 'react';
import { App, Button, Empty, Input, List, Modal, Popconfirm, Space, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../../api/api-error.js';
import type { ModerationQueueView, OpinionMapView, RoomView } from '../../../api/types.js';
import { RecordPage } from '../../components/RecordPage.js';
import { Section } from '../../components/Section.js';
import { SoftTag } from '../../components/SoftTag.js';
import { formatTime } from '../../components/format.js';
import { useCloseRoom, useModerate, useModerationQueue, useOpinionMap, useRoom } from './hooks.js';
import { RoomSettingsModal } from './RoomSettingsModal.js';
import { PolisImport } from './PolisImport.js';
import { ModerationWordsButton } from './ModerationWords.js';

type QueueItem = ModerationQueueView['items'][number];

const OpinionScatter = lazy(() => import('../../../shared/OpinionScatter.js'));

/** 审核队列 — pending statements and reported ones: 通过, 隐藏 (with a reason), 设为议题观点. */
function ModerationQueue({ room }: { room: RoomView }): ReactElement {
  const queue = useModerationQueue(room.id, true);
  const moderate = useModerate(room.id);
  const { message } = App.useApp();
  const [hiding, setHiding] = useState<QueueItem | null>(null);
  const [reason, setReason] = useState('');
  const act = (sid: string, step: 'approve' | 'hide' | 'seed', why?: string) =>
    moderate.mutate({ sid, step, ...(why ? { reason: why } : {}) }, { onSuccess: () => void message.success(step === 'approve' ? '已通过，观点已公开显示' : step === 'hide' ? '已隐藏' : '已设为议题观点'), onError: (e) => void message.error(errorMessage(e)) });
  const items = queue.data?.items ?? [];
  return (
    <Section title={`审核队列（${items.length}）`}>
      {items.length === 0 ? (
        <Empty description={queue.isPending ? '正在载入…' : '没有待审核或被举报的观点'} />
      ) : (
        <List
          dataSource={items}
          renderItem={(s) => (
            <List.Item
              actions={[
                <Button key="approve" type="primary" size="small" onClick={() => act(s.id, 'approve')}>通过</Button>,
                <Button key="hide" danger size="small" onClick={() => { setHiding(s); setReason(''); }}>隐藏</Button>,
                ...(s.seed ? [] : [<Button key="seed" size="small" onClick={() => act(s.id, 'seed')}>设为议题观点</Button>]),
              ]}
            >
              <List.Item.Meta
                title={<span className="pre-wrap">{s.text}</span>}
                description={
                  <Space wrap size={4}>
                    <SoftTag tone={s.status === 'pending' ? 'orange' : 'grey'}>{s.statusLabel}</SoftTag>
                    <span>{s.authorName}{s.badgeLabel ? `（${s.badgeLabel}）` : ''}</span>
                    {s.heldFor ? <SoftTag tone="red">含敏感词“{s.heldFor}”</SoftTag> : null}
                    {s.reports > 0 ? <SoftTag tone="red">被举报 {s.reports} 次{s.reportReasons.length ? `：${s.reportReasons.join('；')}` : ''}</SoftTag> : null}
                    <span>{formatTime(s.createdAt)}</span>
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      )}
      <Modal open={!!hiding} title="隐藏观点" okText="隐藏" okButtonProps={{ danger: true, disabled: !reason.trim() }} onCancel={() => setHiding(null)} onOk={() => { if (hiding) act(hiding.id, 'hide', reason.trim()); setHiding(null); }}>
        <Typography.Paragraph>{hiding?.text}</Typography.Paragraph>
        <Input.TextArea aria-label="隐藏理由" placeholder="隐藏理由（必填，记入操作日志）" maxLength={200} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Modal>
    </Section>
  );
}

/** 意见分布 — the groups with their size, members counted and representative statements, and the consensus. */
function MapSummary({ map }: { map: OpinionMapView | undefined }): ReactElement {
  if (!map || map.groups.length === 0) return <Section title="意见分布"><Empty description="计入的参与者不足，暂未形成意见分组（每人至少表态若干条后计入）" /></Section>;
  return (
    <Section title="意见分布">
      <Typography.Paragraph>共 {map.participants} 人表态，{map.counted} 人计入，分为 {map.groups.length} 类意见{map.computedAt ? `（${formatTime(map.computedAt)} 计算，用时 ${Math.round(map.computedMs)} 毫秒）` : ''}。</Typography.Paragraph>
      <Suspense fallback={null}>
        <div style={{ maxWidth: 560 }}>
          <OpinionScatter map={map} />
        </div>
      </Suspense>
      {map.groups.map((g) => (
        <div key={g.id} className="sub-block">
          <h3>第 {g.id + 1} 类意见 · {g.size} 人</h3>
          <ul className="plain-list">
            {g.representative.map((r) => <li key={r.statementId}>{r.direction === 'agree' ? '多数同意' : '多数不同意'}：{r.text}</li>)}
          </ul>
        </div>
      ))}
      {map.consensus.length > 0 && (
        <>
          <h3>共识</h3>
          <ul className="plain-list">{map.consensus.map((c) => <li key={c.statementId}>{c.text}（同意 {Math.round(c.agreeRatio * 100)}%）</li>)}</ul>
        </>
      )}
    </Section>
  );
}

/** 网络议事厅 in the console: what the office runs — the queue, the settings, the map, closing, Pol.is files. */
export function RoomConsolePage(): ReactElement {
  const { id } = useParams();
  const room = useRoom(id);
  const map = useOpinionMap(id);
  const close = useCloseRoom(id ?? '');
  const { message } = App.useApp();
  const [settings, setSettings] = useState(false);
  return (
    <RecordPage
      query={room}
      noun="协商室"
      back={{ to: '/console/topics', label: '协商议题' }}
      tabTitle={(r) => `${r.title} · 网络议事厅`}
      heading={(r) => r.title}
      flags={(r) => (
        <>
          <SoftTag tone={r.state === 'open' ? 'green' : r.state === 'closed' ? 'grey' : 'orange'}>{r.stateLabel}</SoftTag>
          <SoftTag tone="grey">{r.audienceLabel}</SoftTag>
          <SoftTag tone="grey">{r.moderationLabel}</SoftTag>
          <span>议题：<Link to={`/console/topics/${r.topicId}`}>{r.topicTitle}</Link></span>
          <a href={`/rooms/${r.id}`} target="_blank" rel="noreferrer">在门户中查看</a>
        </>
      )}
    >
      {(r) => (
        <>
          <Typography.Paragraph>
            {formatTime(r.opensAt)} 至 {formatTime(r.closesAt)} · {r.participantCount} 人参与 · {r.statementCount} 条观点 · {r.voteCount} 次表态
          </Typography.Paragraph>
          <div className="topic-actions" role="group" aria-label="可办理的操作" style={{ marginBottom: 16 }}>
            {r.actions.includes('configure') && <Button type="primary" onClick={() => setSettings(true)}>协商室设置</Button>}
            {r.actions.includes('close') && (
              <Popconfirm title="结束本次网络协商？" description="结束后不能再发表观点和表态，观点和意见分布作为协商意见汇总。" okText="结束" cancelText="取消" onConfirm={() => close.mutate(undefined, { onSuccess: () => void message.success('网络协商已结束'), onError: (e) => void message.error(errorMessage(e)) })}>
                <Button danger>结束协商</Button>
              </Popconfirm>
            )}
            {r.actions.includes('moderate') && <ModerationWordsButton />}
            {r.actions.includes('export') && (
              <>
                <Button href={`/api/rooms/${r.id}/summary.xlsx`}>导出意见汇总（.xlsx）</Button>
                <Button href={`/api/rooms/${r.id}/export/comments.csv`}>导出观点（Pol.is 格式）</Button>
                <Button href={`/api/rooms/${r.id}/export/votes.csv`}>导出表态</Button>
                <Button href={`/api/rooms/${r.id}/export/participants-votes.csv`}>导出参与者分组</Button>
              </>
            )}
          </div>
          {r.actions.includes('moderate') && <ModerationQueue room={r} />}
          <MapSummary map={map.data} />
          {r.actions.includes('seed') && <PolisImport roomId={r.id} />}
          <RoomSettingsModal room={r} open={settings} onClose={() => setSettings(false)} />
        </>
      )}
    </RecordPage>
  );
}
