import { type ReactElement, useState } from 'react';
import { App, Button, Empty, List, Space, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import type { Experience, LinkedTopic } from '../../../api/types.js';
import { showServerError } from '../../components/form-errors.js';
import { formatDate } from '../../components/format.js';
import { RecordPage } from '../../components/RecordPage.js';
import { Section } from '../../components/Section.js';
import { SoftTag } from '../../components/SoftTag.js';
import { canOn } from '../../components/usePolicy.js';
import { ExperienceFormModal } from './ExperienceFormModal.js';
import { StatusTag } from './ExperiencesPage.js';
import { useExperience, useExperienceMutations } from './hooks.js';

/** A linked topic: to its console page for those who may read it, else to the published 典型案例 on the portal; its county beside it. */
function TopicLink({ topic }: { topic: LinkedTopic }): ReactElement {
  const title = topic.readable ? (
    <Link to={`/console/topics/${topic.id}`}>{topic.title}</Link>
  ) : topic.isCase ? (
    <a href={`/cases/${topic.id}`} target="_blank" rel="noreferrer">{topic.title}</a>
  ) : (
    <span>{topic.title}</span>
  );
  return (
    <span>
      {topic.isCase && <SoftTag tone="green">典型案例</SoftTag>}
      {title}
      <Typography.Text type="secondary"> · {topic.countyName ?? '市政协'}</Typography.Text>
    </span>
  );
}

/** 编辑, 发布 and 撤回 for the city office. */
function Actions({ experience }: { experience: Experience }): ReactElement | null {
  const { modal, message } = App.useApp();
  const { publish } = useExperienceMutations();
  const [editing, setEditing] = useState(false);
  if (!canOn(experience, 'experience.write')) return null;
  const published = experience.status === 'published';
  const toggle = (): void => {
    modal.confirm({
      title: published ? '撤回经验交流' : '发布经验交流',
      content: published ? '撤回后，各县（市、区）将看不到这篇经验交流。确定撤回吗？' : '发布后，各县（市、区）政协办公室、领导和委员均可阅读。确定发布吗？',
      okText: published ? '撤回' : '发布',
      cancelText: '取消',
      onOk: () =>
        publish.mutateAsync({ id: experience.id, published: !published, version: experience.version }).then(
          () => void message.success(published ? '已撤回' : '已发布'),
          (e: unknown) => showServerError(e, null, (t) => message.error(t)),
        ),
    });
  };
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <Button onClick={() => setEditing(true)}>编辑</Button>
      <Button type={published ? 'default' : 'primary'} onClick={toggle}>{published ? '撤回' : '发布'}</Button>
      <ExperienceFormModal open={editing} experience={experience} onClose={() => setEditing(false)} />
    </Space>
  );
}

/** 经验交流详情 — the whole summary and the cases and topics it draws on. */
export function ExperiencePage(): ReactElement {
  const { id = '' } = useParams();
  const query = useExperience(id);
  return (
    <RecordPage<Experience>
      query={query}
      noun="经验交流"
      back={{ to: '/console/experiences', label: '经验交流' }}
      tabTitle={(e) => e.title}
      heading={(e) => e.title}
      flags={(e) => (
        <>
          {canOn(e, 'experience.write') && <StatusTag status={e.status} label={e.statusLabel} />}
          {e.publishedAt ? `市政协办公室 发布于 ${formatDate(e.publishedAt)}` : `草稿 · 最后修改于 ${formatDate(e.updatedAt)}`}
        </>
      )}
    >
      {(e) => (
        <>
          <Actions experience={e} />
          <Section title="正文">
            <div className="pre-wrap" style={{ lineHeight: 1.9, fontSize: 15 }}>{e.body}</div>
          </Section>
          <Section title="关联典型案例、议题">
            {e.topics.length ? <List size="small" dataSource={e.topics} renderItem={(t) => <List.Item key={t.id}><TopicLink topic={t} /></List.Item>} /> : <Empty description="未关联典型案例或议题" />}
          </Section>
        </>
      )}
    </RecordPage>
  );
}
