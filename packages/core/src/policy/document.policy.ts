import type { Action } from './actions.js';
import type { Subject } from './actor.js';
import { ALLOW, deny, type Rule } from './decision.js';
import { HANDLING_ITEM_POLICY } from './handling-item.policy.js';
import { MEMBER_POLICY } from './member.policy.js';
import { isCityOffice, managedScopes, managesAll } from './predicates.js';
import { TOPIC_POLICY } from './topic.policy.js';

/**
 * 印发 — the office of the record's level issues its documents: a county's office for the county's
 * records, the city office for the city's own. Not wrapped in adminOr: a 公文 is the CPPCC's own act,
 * not the system keeper's.
 */
const issue: Rule = (actor, subject) => {
  if (managesAll(actor, subject)) return ALLOW;
  if (managedScopes(actor).size === 0) return deny('仅政协办公室可以印发公文');
  if (subject.scope.every((s) => s === null)) return deny('市级公文由市政协办公室印发');
  return deny(isCityOffice(actor) ? '各县（市、区）的公文由本级政协办公室印发' : '无权印发其他县（市、区）的公文');
};

/**
 * Reading (downloading) a document: whoever may read the record it was made from. The subject is that
 * record's own — a topic, a handling item with its departments, a plan (read like its topics), a
 * member's archive with the member's id — so each record keeps its one reading rule.
 */
const readRecord: Rule = (actor, subject: Subject) => {
  switch (subject.type) {
    case 'topic':
    case 'plan':
      return TOPIC_POLICY['topic.read'](actor, { ...subject, type: 'topic' });
    case 'handling_item':
      return HANDLING_ITEM_POLICY['handling_item.read'](actor, subject);
    case 'archive':
      return MEMBER_POLICY['archive.read'](actor, subject);
    default:
      return deny('无权查看该公文');
  }
};

/** 公文 (GB/T 9704-2012): issuing, downloading, and a county's 发文机关 and 发文字号 settings. */
export const DOCUMENT_POLICY = {
  'document.issue': issue,
  'document.read': readRecord,
  /** The 发文机关 suffix and the prefixes: the office that issues. */
  'document.configure': issue,
} as const satisfies Partial<Record<Action, Rule>>;
