/**
 * The interceptor: the always-on half of the guard. It listens, in the capture phase on `window`
 * and before any page script (the content script runs at document_start), for the ways a person
 * starts a signature — a click (mouse, or keyboard on a native button), Enter/Space on a
 * non-native control (`role=button`), and form submission (including implicit submission) — and
 * asks a judge, synchronously, whether to let the event through or hold it.
 *
 * A held event is stopped before the page sees it (preventDefault + stopImmediatePropagation)
 * and comes with `replay()`, which re-runs the page's own action exactly once. Replays run with a
 * bypass flag so the interceptor does not catch its own echo (a replayed click on a submit button
 * submits the form synchronously: that submit must pass too).
 *
 * Only trusted events are judged: synthetic events come from page scripts (or our replay), and a
 * page script is not a person deciding to sign.
 *
 * Clicks and keys are composed events: from inside open shadow roots they still reach `window`.
 * `submit` is not: a form inside a shadow root submits without `window` ever hearing of it, so each
 * open shadow root gets its own submit listener — every root the page watch meets, and every root
 * an event (a focus, a click) came through before a submission can happen there.
 */

export type AttemptKind = 'click' | 'key' | 'submit';

export interface SigningAttempt {
  kind: AttemptKind;
  /** event.composedPath() at dispatch time: innermost first, through open shadow roots. */
  path: readonly EventTarget[];
  /** For submit attempts: the form and its submitter (null for implicit submission without a button). */
  form?: HTMLFormElement;
  submitter?: HTMLElement | null;
  /**
   * Re-runs the original action once; later calls do nothing. False when it could not: the control
   * (or form) left the page meanwhile, as single-page apps re-render under an open dialog.
   */
  replay(): boolean;
  /** Re-runs the action on another element (the re-rendered twin of the original control). */
  replayAt(element: Element): boolean;
}

/** 'hold' stops the event; the judge then owns the attempt and decides later whether to replay it. */
export type Judgement = 'pass' | 'hold';
export type Judge = (attempt: SigningAttempt) => Judgement;

const ACTIVATION_KEYS = new Set(['Enter', ' ', 'Spacebar']);

/** Native controls turn Enter/Space into a (trusted) click themselves: the click listener covers them. */
function activatesNatively(el: Element): boolean {
  const tag = el.localName;
  return tag === 'button' || tag === 'input' || tag === 'select' || tag === 'textarea' || (tag === 'a' && el.hasAttribute('href'));
}

export interface Interceptor {
  /** Also listen for submissions inside this open shadow root (idempotent). */
  watchShadowRoot(root: ShadowRoot): void;
}

export function installInterceptor(win: Window & typeof globalThis, judge: Judge, onError: (error: unknown) => void, signal: AbortSignal): Interceptor {
  let bypass = 0;
  /** The key whose keydown we held: its keypress/keyup must not reach the page either. */
  let heldKey: { key: string; target: EventTarget } | undefined;

  const withBypass = (run: () => void) => {
    bypass++;
    try {
      run();
    } finally {
      bypass--;
    }
  };

  /** One replay per attempt, whichever of replay()/replayAt() comes first. */
  const once = <A extends unknown[]>(run: (...args: A) => boolean) => {
    let done = false;
    return (...args: A): boolean => {
      if (done) return false;
      let ran = false;
      withBypass(() => {
        ran = run(...args);
      });
      done = ran;
      return ran;
    };
  };

  const judgeSafely = (attempt: SigningAttempt): Judgement => {
    try {
      return judge(attempt);
    } catch (error) {
      // Fail open: an error of ours must never block the page's own signing flow.
      onError(error);
      return 'pass';
    }
  };

  const stop = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  const onClick = (event: MouseEvent) => {
    if (bypass || !event.isTrusted || event.button !== 0) return;
    const path = event.composedPath();
    const target = path[0];
    if (!(target instanceof win.Element)) return;
    const init: MouseEventInit = {
      bubbles: true,
      cancelable: true,
      composed: true,
      view: win,
      detail: event.detail,
      clientX: event.clientX,
      clientY: event.clientY,
      screenX: event.screenX,
      screenY: event.screenY,
      ctrlKey: event.ctrlKey,
      shiftKey: event.shiftKey,
      altKey: event.altKey,
      metaKey: event.metaKey,
      button: 0,
      buttons: 0,
    };
    const click = once((at: Element) => {
      if (!at.isConnected) return false;
      // dispatchEvent of a click runs activation behaviour too (submit buttons submit, links navigate).
      at.dispatchEvent(new win.MouseEvent('click', init));
      return true;
    });
    const attempt = { kind: 'click' as const, path, replay: () => click(target), replayAt: click };
    if (judgeSafely(attempt) === 'hold') stop(event);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (bypass || !event.isTrusted || !ACTIVATION_KEYS.has(event.key) || event.repeat) return;
    const path = event.composedPath();
    const target = path[0];
    if (!(target instanceof win.Element) || activatesNatively(target)) return;
    const init: KeyboardEventInit = { bubbles: true, cancelable: true, composed: true, key: event.key, code: event.code, view: win };
    const press = once((at: Element) => {
      if (!at.isConnected) return false;
      at.dispatchEvent(new win.KeyboardEvent('keydown', init));
      at.dispatchEvent(new win.KeyboardEvent('keyup', init));
      return true;
    });
    if (judgeSafely({ kind: 'key', path, replay: () => press(target), replayAt: press }) === 'hold') {
      heldKey = { key: event.key, target };
      stop(event);
    }
  };

  const onKeyFollowUp = (event: KeyboardEvent) => {
    if (bypass || !heldKey || !event.isTrusted) return;
    if (event.key === heldKey.key && event.composedPath()[0] === heldKey.target) {
      stop(event);
      if (event.type === 'keyup') heldKey = undefined;
    }
  };

  const shadowRoots = new WeakSet<ShadowRoot>();

  const onSubmit = (event: SubmitEvent) => {
    if (bypass || !event.isTrusted) return;
    const form = event.target;
    if (!(form instanceof win.HTMLFormElement)) return;
    const submitter = event.submitter;
    const path = submitter ? [submitter, ...event.composedPath()] : event.composedPath();
    const submit = once((at: Element | null) => {
      const target = at instanceof win.HTMLFormElement ? at : form;
      if (!target.isConnected) return false;
      const button = at && at !== target ? at : submitter;
      target.requestSubmit(button && button.isConnected && (button as HTMLButtonElement).form === target ? (button as HTMLElement) : undefined);
      return true;
    });
    const attempt = { kind: 'submit' as const, path, form, submitter, replay: () => submit(null), replayAt: (at: Element) => submit(at) };
    if (judgeSafely(attempt) === 'hold') stop(event);
  };

  const options: AddEventListenerOptions = { capture: true, signal };
  const watchShadowRoot = (root: ShadowRoot) => {
    if (shadowRoots.has(root)) return;
    shadowRoots.add(root);
    root.addEventListener('submit', onSubmit as EventListener, options);
  };
  /** Shadow roots an event came through: cheap (the path is short) and before any submission there. */
  const onPassingThrough = (event: Event) => {
    if (!event.isTrusted) return;
    for (const root of shadowRootsOnPath(event)) watchShadowRoot(root);
  };

  win.addEventListener('click', onClick, options);
  win.addEventListener('keydown', onKeyDown, options);
  win.addEventListener('keypress', onKeyFollowUp, options);
  win.addEventListener('keyup', onKeyFollowUp, options);
  win.addEventListener('submit', onSubmit, options);
  win.addEventListener('focusin', onPassingThrough, options);
  win.addEventListener('pointerdown', onPassingThrough, options);
  return { watchShadowRoot };
}

/** Open shadow roots on an event's composed path (closed ones are hidden from it). */
function shadowRootsOnPath(event: Event): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  for (const target of event.composedPath()) if ((target as ShadowRoot).host && (target as Node).nodeType === 11) roots.push(target as ShadowRoot);
  return roots;
}
