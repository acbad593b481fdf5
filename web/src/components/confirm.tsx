import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** What a confirmation says: the change in a heading, what it will do, and the button that does it. */
export interface ConfirmRequest {
  title: string;
  body: string;
  confirm: string;
}

interface Pending extends ConfirmRequest {
  resolve(ok: boolean): void;
}

/**
 * Asks before a change that cannot simply be taken back (disabling an account, a merge, a tie's
 * status): `ask` opens a modal dialog saying what will change and answers whether to go on.
 * Render `dialog` in the page. Escape and Cancel answer no; the modal dialog puts the focus on
 * Cancel, its first button.
 */
export function useConfirm(): { dialog: ReactNode; ask(request: ConfirmRequest): Promise<boolean> } {
  const [pending, setPending] = useState<Pending | null>(null);
  const ask = useCallback((request: ConfirmRequest) => new Promise<boolean>((resolve) => setPending({ ...request, resolve })), []);
  const close = (ok: boolean) => {
    pending?.resolve(ok);
    setPending(null);
  };
  return { dialog: pending ? <ConfirmDialog request={pending} onClose={close} /> : null, ask };
}

function ConfirmDialog({ request, onClose }: { request: ConfirmRequest; onClose(ok: boolean): void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="confirm panel"
      aria-labelledby={`${id}-h`}
      aria-describedby={`${id}-d`}
      onCancel={(e) => {
        e.preventDefault();
        onClose(false);
      }}
    >
      <h2 id={`${id}-h`}>{request.title}</h2>
      <p id={`${id}-d`}>{request.body}</p>
      <div className="row">
        <button type="button" onClick={() => onClose(false)}>
          {t('confirm.cancel')}
        </button>
        <button type="button" className="primary danger" onClick={() => onClose(true)}>
          {request.confirm}
        </button>
      </div>
    </dialog>
  );
}
