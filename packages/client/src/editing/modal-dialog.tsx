import { useEffect, useRef, type ReactNode, type RefObject } from 'react';

export interface ModalDialogProps {
  readonly open: boolean;
  /** Asked to close: Escape, or a button of the dialog calling it. */
  readonly onClose: () => void;
  /** While true, Escape does not close it (a request it started is still running). */
  readonly busy?: boolean;
  readonly role?: 'dialog' | 'alertdialog';
  readonly labelledBy: string;
  readonly describedBy?: string;
  /** Gets focus when the dialog opens. */
  readonly initialFocus: RefObject<HTMLElement | null>;
  /** Gets focus back when the dialog closes (the control that opened it). */
  readonly returnFocus: RefObject<HTMLElement | null>;
  readonly className?: string;
  readonly children: ReactNode;
}

/**
 * A modal dialog on the native `<dialog>`: `showModal()` puts it in the top layer, makes the page
 * behind it inert and moves focus in; Escape and the dialog's own buttons close it, and focus
 * returns to the control that opened it. `open` stays the source of truth; a close the browser
 * does on its own is reported through `onClose`.
 */
export function ModalDialog({
  open,
  onClose,
  busy = false,
  role = 'dialog',
  labelledBy,
  describedBy,
  initialFocus,
  returnFocus,
  className,
  children,
}: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      initialFocus.current?.focus();
    } else if (!open) {
      if (dialog.open) dialog.close();
      if (wasOpen.current) returnFocus.current?.focus();
    }
    wasOpen.current = open;
  }, [open, initialFocus, returnFocus]);
  return (
    <dialog
      ref={ref}
      role={role}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      className={className}
      onCancel={(event) => {
        // Escape: close through our state, so focus goes back where it came from.
        event.preventDefault();
        if (!busy) onClose();
      }}
      onClose={() => {
        // The browser may close it on its own (a repeated Escape). The event comes as a task of
        // its own, so a close of ours may already have been followed by the next showModal().
        if (open && !ref.current?.open) onClose();
      }}
    >
      {open && children}
    </dialog>
  );
}
