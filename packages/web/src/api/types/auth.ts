/** The signed-in user, their roles and menu: the answer shapes defined in core. */
export type { MenuKey, RoleView, MeOrganisation, MeView as Me } from '@shangliang/core';
