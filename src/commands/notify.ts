// The outcome of a ribbon command in a small Office dialog (outcome.html), closed by its OK button.
// A function command has no other way to speak to the user.

const DIALOG_SIZE = { height: 30, width: 35 };

export function outcomeDialogUrl(base: string, message: string, kind: 'ok' | 'error'): string {
  const url = new URL('outcome.html', base);
  url.searchParams.set('kind', kind);
  url.searchParams.set('message', message);
  return url.toString();
}

export function notifyWithDialog(message: string, kind: 'ok' | 'error'): Promise<void> {
  return new Promise((resolve) => {
    const url = outcomeDialogUrl(window.location.href, message, kind);
    Office.context.ui.displayDialogAsync(url, { ...DIALOG_SIZE, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        resolve();
        return;
      }
      const dialog = result.value;
      const done = () => {
        dialog.close();
        resolve();
      };
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, done);
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
    });
  });
}
