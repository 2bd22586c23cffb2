// A button whose action is confirmed first (every destructive or money-moving action in the console):
// a modal says what will happen; only "confirm" runs it. Keyboard: Enter/Space opens, Escape cancels.
import { Button, type ButtonProps, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import type { ReactNode } from 'react';

export interface ConfirmButtonProps extends Omit<ButtonProps, 'children'> {
  children: ReactNode;
  /** The modal's title, e.g. "End “Spring sale”?". */
  title: string;
  /** What happens, in a sentence or two. */
  message: ReactNode;
  /** The confirm button's label (default: the button's own text when it is a string). */
  confirmLabel?: string;
  /** Red confirm button (ending, revoking, anything that cannot be undone). */
  danger?: boolean;
  onConfirm: () => void | Promise<void>;
  'aria-label'?: string;
}

export function ConfirmButton({
  children,
  title,
  message,
  confirmLabel,
  danger,
  onConfirm,
  ...button
}: ConfirmButtonProps) {
  return (
    <Button
      {...button}
      onClick={() =>
        modals.openConfirmModal({
          title,
          children: typeof message === 'string' ? <Text size="sm">{message}</Text> : message,
          labels: {
            confirm: confirmLabel ?? (typeof children === 'string' ? children : 'Confirm'),
            cancel: 'Cancel',
          },
          confirmProps: danger ? { color: 'red' } : {},
          onConfirm: () => void onConfirm(),
        })
      }
    >
      {children}
    </Button>
  );
}
