import type { Action } from '@shangliang/core';
import type { MenuKey } from '../../api/types.js';
import { useMe } from '../features/auth/hooks.js';

/** What the web asks before it shows a button, a link or a filter; every answer is the server's. */
export interface Policy {
  /** An action on the collections, from GET /api/auth/me (新建…, lists across counties). */
  can(action: Action): boolean;
  /** An action on one object, from the `actions` the server sent with it. */
  canOn<A extends string>(object: { readonly actions: readonly A[] } | null | undefined, action: NoInfer<A>): boolean;
  /** A step of the object's workflow, from the `events` the server sent with it. */
  canTake<E extends string>(object: { readonly events: readonly E[] } | null | undefined, event: NoInfer<E>): boolean;
  /** Whether a console page opens for this user: the menu the server sent (other pages show 无权访问). */
  canOpen(page: MenuKey): boolean;
}

/** True when the server listed the action among the object's own; false while the object is not loaded. */
export function canOn<A extends string>(object: { readonly actions: readonly A[] } | null | undefined, action: NoInfer<A>): boolean {
  return !!object && object.actions.includes(action);
}

/** True when the server listed the workflow event among those the user may take on the object now. */
export function canTake<E extends string>(object: { readonly events: readonly E[] } | null | undefined, event: NoInfer<E>): boolean {
  return !!object && object.events.includes(event);
}

/**
 * The one place the console decides what to show: never by role, always by an action the server sent.
 * While the signed-in user is loading every answer is false, so nothing flashes and disappears.
 */
export function usePolicy(): Policy {
  const me = useMe().data;
  return {
    can: (action) => !!me?.actions.includes(action),
    canOn,
    canTake,
    canOpen: (page) => !!me?.menu.includes(page),
  };
}
