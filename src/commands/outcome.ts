// The outcome dialog: shows the message it was opened with and tells the command when OK is pressed.
function show(): void {
  const params = new URLSearchParams(window.location.search);
  const message = params.get('message') ?? '';
  const kind = params.get('kind') === 'error' ? 'error' : 'ok';
  const english = !/[\u4e00-\u9fff]/.test(message);
  const text = document.getElementById('message');
  const title = document.getElementById('title');
  const button = document.getElementById('ok') as HTMLButtonElement | null;
  if (text) text.textContent = message;
  if (title) title.textContent = kind === 'error' ? (english ? 'Not done' : '未完成') : english ? 'Done' : '完成';
  document.body.dataset.kind = kind;
  if (button) {
    button.textContent = english ? 'OK' : '确定';
    button.addEventListener('click', () => Office.context.ui.messageParent('close'));
    button.focus();
  }
}

Office.onReady(show);
