import type { ReactElement } from 'react';
import type { HandlingItemDetail } from '../../../../api/types.js';
import { AssignModal } from './AssignModal.js';
import { CoOpinionModal } from './CoOpinionModal.js';
import { ConversionModal } from './ConversionModal.js';
import { EvaluateModal } from './EvaluateModal.js';
import { FeedbackModal } from './FeedbackModal.js';
import { ReturnModal } from './ReturnModal.js';
import { ReviewModal } from './ReviewModal.js';
import { SuperviseModal } from './SuperviseModal.js';

/** The forms an item page can open. */
export type ItemDialog = 'assign' | 'return' | 'feedback' | 'paper_feedback' | 'accept' | 'send_back' | 'evaluate' | 'supervise' | 'conversion' | 'co_opinion';

/** Dispatches to the right form. */
export function ItemDialogs({ item, dialog, onClose }: { item: HandlingItemDetail; dialog: ItemDialog | null; onClose: () => void }): ReactElement {
  return (
    <>
      <AssignModal item={item} open={dialog === 'assign'} onClose={onClose} />
      <ReturnModal item={item} open={dialog === 'return'} onClose={onClose} />
      <FeedbackModal item={item} open={dialog === 'feedback'} onClose={onClose} />
      <FeedbackModal item={item} open={dialog === 'paper_feedback'} onClose={onClose} paper />
      <ReviewModal item={item} decision={dialog === 'accept' ? 'accept' : dialog === 'send_back' ? 'return' : null} onClose={onClose} />
      <EvaluateModal item={item} open={dialog === 'evaluate'} onClose={onClose} />
      <SuperviseModal item={item} open={dialog === 'supervise'} onClose={onClose} />
      <ConversionModal item={item} open={dialog === 'conversion'} onClose={onClose} />
      <CoOpinionModal item={item} open={dialog === 'co_opinion'} onClose={onClose} />
    </>
  );
}
