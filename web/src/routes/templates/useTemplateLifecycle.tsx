// The template's life cycle buttons (DRAFT → ACTIVE ⇄ PAUSED → ENDED), each confirmed, each reporting
// the API's answer.
import { Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useClient } from 'urql';
import { ConfirmButton } from '../../app/ConfirmButton';
import { errorMessage } from '../../app/states';
import type { TemplateStatus } from '../../gql/graphql';
import {
  ActivateTemplateMutation,
  EndTemplateMutation,
  PauseTemplateMutation,
  ResumeTemplateMutation,
} from './templates.graphql';

type Transition = 'activate' | 'pause' | 'resume' | 'end';

export function TemplateLifecycle({
  id,
  name,
  status,
}: {
  id: string;
  name: string;
  status: TemplateStatus;
}) {
  const client = useClient();
  async function run(t: Transition) {
    const r =
      t === 'activate'
        ? await client.mutation(ActivateTemplateMutation, { id })
        : t === 'pause'
          ? await client.mutation(PauseTemplateMutation, { id })
          : t === 'resume'
            ? await client.mutation(ResumeTemplateMutation, { id })
            : await client.mutation(EndTemplateMutation, { id });
    if (r.error)
      notifications.show({ color: 'red', title: `“${name}” did not change`, message: errorMessage(r.error) });
    else
      notifications.show({
        color: 'green',
        title: 'Template updated',
        message: `“${name}” is now ${t === 'end' ? 'ended' : t === 'pause' ? 'paused' : 'active'}.`,
      });
  }
  return (
    <Group gap="xs">
      {status === 'DRAFT' ? (
        <ConfirmButton
          title={`Activate “${name}”?`}
          message="Users can claim it and rules can issue it from now on."
          onConfirm={() => run('activate')}
        >
          Activate
        </ConfirmButton>
      ) : null}
      {status === 'ACTIVE' ? (
        <ConfirmButton
          variant="light"
          color="yellow"
          title={`Pause “${name}”?`}
          message="Claims are refused until you resume it; coupons already issued stay valid."
          onConfirm={() => run('pause')}
        >
          Pause
        </ConfirmButton>
      ) : null}
      {status === 'PAUSED' ? (
        <ConfirmButton
          variant="light"
          color="green"
          title={`Resume “${name}”?`}
          message="Users can claim it again."
          onConfirm={() => run('resume')}
        >
          Resume
        </ConfirmButton>
      ) : null}
      {status !== 'ENDED' ? (
        <ConfirmButton
          variant="light"
          color="red"
          danger
          title={`End “${name}”?`}
          message="No more claims or issues, ever: ending cannot be undone. Coupons already issued stay valid until they expire."
          confirmLabel="End template"
          onConfirm={() => run('end')}
        >
          End
        </ConfirmButton>
      ) : null}
    </Group>
  );
}
