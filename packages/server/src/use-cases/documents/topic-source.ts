import type { DocumentSourceQuery, TopicView } from '@shangliang/core';
import type { IssuingOffice } from '../../documents/document-context.js';
import { draftBySpeaker, minutesDocument, utterancesOf } from '../../documents/minutes.js';
import { draftMinutes } from '../../text/minutes-draft.js';
import { suggestionsDocument } from '../../documents/suggestions.js';
import type { RequestContext } from '../context.js';
import { invalid } from '../refusals.js';
import { getTopic } from '../topics/topics.js';
import type { DocumentSource } from './document-source.js';

/** The consultation a 纪要 is of: the one asked for, else the latest held. */
function consultationOf(topic: TopicView, consultationId: string | undefined) {
  const held = topic.consultations.filter((c) => c.status === 'held');
  if (!consultationId) return held.at(-1);
  const chosen = topic.consultations.find((c) => c.id === consultationId);
  if (!chosen) throw invalid('所选协商活动不属于该议题', [{ path: 'consultationId', message: '协商活动不正确' }]);
  return chosen.status === 'held' ? chosen : undefined;
}

/** A topic as the source of its 协商建议 (from the outcome) and 协商纪要 (from a held consultation). */
export async function topicSource(ctx: RequestContext, id: string, query: DocumentSourceQuery): Promise<DocumentSource> {
  const topic = await getTopic(ctx, id);
  const consultation = consultationOf(topic, query.consultationId);
  return {
    subjectType: 'topic',
    subjectId: topic.id,
    countyId: topic.countyId,
    subject: { type: 'topic', scope: [topic.countyId] },
    label: topic.title,
    unavailable: {
      suggestions: topic.outcome ? null : '该议题尚未报送协商成果，不能生成协商建议',
      minutes: consultation ? null : query.consultationId ? '所选协商活动尚未举行，不能生成协商纪要' : '该议题尚无已举行的协商活动，不能生成协商纪要',
    },
    part: { consultationId: consultation?.id ?? null },
    async prefill(kind, office: IssuingOffice) {
      if (kind === 'suggestions') return suggestionsDocument(office, topic);
      // The themes the draft module finds in what was said; should it find none, what was said listed by speaker.
      const said = utterancesOf(consultation!);
      const draft = draftMinutes(said);
      return draft.themes.length ? minutesDocument(office, topic, consultation!, draft, true) : minutesDocument(office, topic, consultation!, draftBySpeaker(said), false);
    },
  };
}
