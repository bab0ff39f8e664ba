import type { Actor, Subject } from './actor.js';

/** The answer of a policy check: allowed, or refused with a Chinese reason. */
export type Decision = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** A policy rule: decides one action for an actor on a subject. */
export type Rule = (actor: Actor, subject: Subject) => Decision;

/** Allowed. */
export const ALLOW: Decision = { ok: true };

/** Refused with a Chinese reason. */
export const deny = (reason: string): Decision => ({ ok: false, reason });

/** A rule from a predicate: allowed when it holds, otherwise refused with the reason. */
export const when =
  (holds: (actor: Actor, subject: Subject) => boolean, reason: string): Rule =>
  (actor, subject) =>
    holds(actor, subject) ? ALLOW : deny(reason);
