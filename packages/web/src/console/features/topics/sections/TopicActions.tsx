import type { ReactElement } from 'react';
import { Alert, Card } from 'antd';
import { type Action, TOPIC_TRANSITIONS, type TopicEvent } from '@shangliang/core';
import type { Topic } from '../../../../api/types.js';
import { ActionBar, type ActionButton } from '../../../components/ActionBar.js';
import { canOn, canTake } from '../../../components/usePolicy.js';
import type { TopicDialog } from '../forms/TopicDialogs.js';
import { StageBar } from './StageBar.js';

/** Events done through a dedicated form rather than the transitions endpoint. */
const FORM_EVENTS: Partial<Record<TopicEvent, TopicDialog>> = { start_consultation: { kind: 'schedule' }, submit_outcome: { kind: 'outcome' } };

/** 阶段 and 可办理的操作: the stage bar, why a step is blocked, and a button per action the user may take. */
export function TopicActions({ topic, onOpen }: { topic: Topic; onOpen: (dialog: TopicDialog) => void }): ReactElement {
  const has = (a: Action): boolean => canOn(topic, a);
  const takes = (e: TopicEvent): boolean => canTake(topic, e);
  const buttons: ActionButton<TopicDialog>[] = [];
  if (has('topic.update')) buttons.push({ key: 'edit', label: '编辑议题', open: { kind: 'edit' } });
  for (const event of topic.events) {
    const rule = TOPIC_TRANSITIONS[event];
    const viaForm = FORM_EVENTS[event];
    if (viaForm) continue; // shown below with the action of the same name
    buttons.push({ key: event, label: rule.label, primary: rule.to !== 'rejected' && !rule.needsReason, danger: rule.to === 'rejected', open: { kind: 'transition', event } });
  }
  if (has('topic.record_research')) {
    buttons.push({ key: 'research', label: '记录调研活动', open: { kind: 'research' } });
    buttons.push({ key: 'report', label: '提交调研报告', open: { kind: 'report' } });
  }
  if (has('topic.record_preparation')) buttons.push({ key: 'preparation', label: '记录前置事项', open: { kind: 'preparation' } });
  if (has('topic.schedule_consultation') || takes('start_consultation')) {
    buttons.push({ key: 'schedule', label: '安排协商活动', primary: takes('start_consultation'), open: { kind: 'schedule' } });
  }
  if (has('topic.submit_outcome') || takes('submit_outcome')) {
    buttons.push({ key: 'outcome', label: '报送协商成果', primary: takes('submit_outcome'), open: { kind: 'outcome' } });
  }

  return (
    <Card style={{ marginBottom: 16 }}>
      <StageBar state={topic.state} />
      {topic.blocked.map((b) => (
        <Alert
          key={b.event}
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          title={`暂不能“${TOPIC_TRANSITIONS[b.event].label}”`}
          description={b.reason}
        />
      ))}
      <ActionBar buttons={buttons} onOpen={onOpen} />
    </Card>
  );
}
