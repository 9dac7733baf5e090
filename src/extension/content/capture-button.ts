// The in-page "Số hóa" button. It lives in a closed shadow root so the portal's
// CSS cannot break it and page scripts cannot reach inside; the host element
// carries data-sohoa="capture" for automation.
import browser from 'webextension-polyfill';

export type ButtonState = 'idle' | 'busy' | 'done' | 'error';

export interface CaptureButton {
  host: HTMLElement;
  setState(state: ButtonState, message?: string): void;
  destroy(): void;
}

const STYLE = `
:host { all: initial; display: inline-block; margin: 4px; vertical-align: middle; }
button { all: initial; box-sizing: border-box; display: inline-flex; align-items: center; gap: 6px;
  font: 600 13px/1.2 system-ui, "Segoe UI", Roboto, sans-serif; color: #fff; background: #b3261e;
  border-radius: 6px; padding: 6px 12px; cursor: pointer; box-shadow: 0 1px 2px rgba(0,0,0,.3); }
button:hover { background: #8c1d18; }
button:focus-visible { outline: 3px solid #ffb300; outline-offset: 2px; }
button[data-state="busy"] { background: #6d6d6d; cursor: progress; }
button[data-state="done"] { background: #1b7f3b; }
button[data-state="error"] { background: #fff; color: #b3261e; outline: 2px solid #b3261e; }
.msg { font: 12px/1.3 system-ui, sans-serif; color: #b3261e; margin-left: 6px; }
`;

export function createCaptureButton(onClick: (event: MouseEvent) => void): CaptureButton {
  const host = document.createElement('sohoa-capture');
  host.dataset.sohoa = 'capture';
  host.dataset.sohoaState = 'idle';
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const button = document.createElement('button');
  button.type = 'button';
  const label = document.createElement('span');
  const message = document.createElement('span');
  message.className = 'msg';
  message.setAttribute('role', 'status');
  button.append(label);
  root.append(style, button, message);

  const setState = (state: ButtonState, text?: string) => {
    host.dataset.sohoaState = state;
    button.dataset.state = state;
    button.disabled = state === 'busy';
    label.textContent = browser.i18n.getMessage(`capture_${state}`) || 'Số hóa';
    // textContent, never innerHTML: nothing from the page or a reply is parsed as markup.
    const note = state === 'error' ? (text ?? '') : state === 'done' ? browser.i18n.getMessage('capture_done_hint') : '';
    message.textContent = state === 'error' ? note : '';
    // Also on the host, outside the closed shadow root: tooltip for people, attribute for automation.
    host.title = note;
    host.dataset.sohoaMessage = note;
  };
  setState('idle');

  const controller = new AbortController();
  host.addEventListener('click', onClick, { signal: controller.signal });
  return {
    host,
    setState,
    destroy() {
      controller.abort();
      host.remove();
    },
  };
}
