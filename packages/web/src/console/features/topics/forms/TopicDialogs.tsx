import type { ReactElement } from 'react';
import type { TopicEvent } from '@shangliang/core';
import type { Consultation, Topic } from '../../../../api/types.js';
import { EditTopicModal } from './EditTopicModal.js';
import { OutcomeModal } from './OutcomeModal.js';
import { PreparationModal } from './PreparationModal.js';
import { RecordModal } from './RecordModal.js';
import { ReportModal } from './ReportModal.js';
import { ResearchModal } from './ResearchModal.js';
import { ScheduleModal } from './ScheduleModal.js';
import { TransitionModal } from './TransitionModal.js';

/** The forms a topic page can open. */
export type TopicDialog =
  | { kind: 'edit' }
  | { kind: 'transition'; event: TopicEvent }
  | { kind: 'research' }
  | { kind: 'report' }
  | { kind: 'preparation' }
  | { kind: 'schedule' }
  | { kind: 'record'; consultation: Consultation }
  | { kind: 'outcome' };

/** Dispatches to the right form. */
export function TopicDialogs({ topic, dialog, onClose }: { topic: Topic; dialog: TopicDialog | null; onClose: () => void }): ReactElement {
  return (
    <>
      <EditTopicModal topic={topic} open={dialog?.kind === 'edit'} onClose={onClose} />
      <TransitionModal topic={topic} event={dialog?.kind === 'transition' ? dialog.event : null} onClose={onClose} />
      <ResearchModal topic={topic} open={dialog?.kind === 'research'} onClose={onClose} />
      <ReportModal topic={topic} open={dialog?.kind === 'report'} onClose={onClose} />
      <PreparationModal topic={topic} open={dialog?.kind === 'preparation'} onClose={onClose} />
      <ScheduleModal topic={topic} open={dialog?.kind === 'schedule'} onClose={onClose} />
      <RecordModal topic={topic} consultation={dialog?.kind === 'record' ? dialog.consultation : null} onClose={onClose} />
      <OutcomeModal topic={topic} open={dialog?.kind === 'outcome'} onClose={onClose} />
    </>
  );
}
