import type { ReactElement } from 'react';
import { App, Select } from 'antd';
import type { Me } from '../../api/types.js';
import { errorMessage } from '../../api/api-error.js';
import { useSwitchOrg } from '../features/auth/hooks.js';

/** 切换组织 — shown only when the user acts for more than one organisation. */
export function OrgSwitcher({ me, block = false }: { me: Me; block?: boolean }): ReactElement {
  const switchOrg = useSwitchOrg();
  const { message } = App.useApp();
  return (
    <Select
      aria-label="切换当前组织"
      className="org-switcher"
      value={me.activeOrgId ?? undefined}
      loading={switchOrg.isPending}
      disabled={switchOrg.isPending}
      style={{ width: block ? '100%' : 220 }}
      options={me.organisations.map((o) => ({ value: o.id, label: o.name }))}
      onChange={(orgId: string) =>
        switchOrg.mutate(orgId, {
          onSuccess: (next) => {
            const name = next.organisations.find((o) => o.id === next.activeOrgId)?.name ?? '';
            message.success(`已切换到${name}`);
          },
          onError: (error) => message.error(errorMessage(error)),
        })
      }
    />
  );
}
