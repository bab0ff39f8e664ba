import type { ReactElement } from 'react';
import { Alert, Grid, Progress, Steps } from 'antd';
import { TOPIC_STATE_LABELS, type TopicState } from '@shangliang/core';

/** The main path of a topic's life (rejected is off the path). */
const PATH: readonly TopicState[] = ['draft', 'chair_review', 'party_review', 'researching', 'consulting', 'outcome_submitted', 'handling', 'following_up', 'concluded'];

/** 阶段进度: steps on wide screens, a compact bar on phones. */
export function StageBar({ state }: { state: TopicState }): ReactElement {
  const screens = Grid.useBreakpoint();
  if (state === 'rejected') {
    return <Alert type="error" showIcon title={TOPIC_STATE_LABELS.rejected} description="该议题未通过审议或审定，详见办理记录。" />;
  }
  const index = Math.max(0, PATH.indexOf(state));
  if (!screens.lg) {
    return (
      <div>
        <div className="stage-phone">
          <span>当前阶段：<strong>{TOPIC_STATE_LABELS[state]}</strong></span>
          <span>第 {index + 1} / {PATH.length} 步</span>
        </div>
        <Progress percent={Math.round(((index + 1) / PATH.length) * 100)} steps={PATH.length} showInfo={false} size={[32, 8]} aria-label="议题阶段进度" />
        {index + 1 < PATH.length && <div className="timeline-meta">下一步：{TOPIC_STATE_LABELS[PATH[index + 1] as TopicState]}</div>}
      </div>
    );
  }
  return (
    <Steps
      className="stage-steps"
      size="small"
      current={index}
      titlePlacement="vertical"
      items={PATH.map((s) => ({ key: s, title: TOPIC_STATE_LABELS[s] }))}
    />
  );
}
