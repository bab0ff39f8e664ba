import type { ReactElement } from 'react';
import { Empty } from 'antd';
import type { Consultation, Topic } from '../../../../api/types.js';
import { canOn } from '../../../components/usePolicy.js';
import { ConsultationBlock } from './ConsultationBlock.js';
import { Section } from '../../../components/Section.js';
import { ActivityAttendance } from '../../members/ActivityAttendance.js';
import { formatTime } from '../../../components/format.js';

/** The members marked present at a consultation (checked in, or recorded as attended). */
const presentMembers = (c: Consultation): string[] => c.participants.flatMap((p) => (p.kind === 'member' && p.attended && p.userId ? [p.userId] : []));

/** 协商活动 — each consultation; `onRecord` opens 记录协商情况 for a scheduled one. */
export function ConsultationsSection({ topic, onRecord }: { topic: Topic; onRecord: (consultation: Consultation) => void }): ReactElement {
  return (
    <Section title={`协商活动（${topic.consultations.length}）`}>
      {topic.consultations.length === 0 ? (
        <Empty description="尚未安排协商活动" />
      ) : (
        topic.consultations.map((c) => (
          <ConsultationBlock
            key={c.id}
            c={c}
            onRecord={c.status === 'scheduled' && canOn(topic, 'topic.record_consultation') ? () => onRecord(c) : undefined}
            attendance={<ActivityAttendance topic={topic} activityType="consultation" activityId={c.id} title={`${c.formLabel} ${formatTime(c.startsAt)}`} presentIds={presentMembers(c)} />}
          />
        ))
      )}
    </Section>
  );
}
