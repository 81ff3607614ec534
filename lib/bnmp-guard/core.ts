/**
 * BNMP 3.0 web's guard core, loaded lazily by entrypoints/bnmp.ts when the page shows a dialog or
 * a list, when an activation may be the moment, or when the popup/diagnostics ask. It owns
 *
 *   - the stored status and IT's policy in memory (change events keep them current), so a click is
 *     decided synchronously;
 *   - judge(): the issue confirmation's OK and a piece's own signing actions → lib/bnmp reads the unit
 *     and the user → readiness engine (screen kind 'bnmp-web') → pass, or hold and show the shared
 *     warning dialog (ShowWarning); CANCELAR and every other dialog pass, and are counted as looked at;
 *   - the offer: when the órgão selector's list opens, or after a piece went through with the account
 *     recorded as not confirmed, a corner notice says what BNMP shows and what would change, and
 *     updates the status only on the person's click (lib/storage/status.ts, with a quarantine copy);
 *   - describe(): what it sees, for the popup and the diagnostics page.
 */
import { browser } from 'wxt/browser';
import type { CoreHost, ShowWarning } from '../guard/core-contract';
import { fromOwnUi } from '../guard/own-ui';
import { WARNING_UI_KEY, WARNING_UI_PATH } from '../guard/core-contract';
import type { Judgement, SigningAttempt } from '../guard/interceptor';
import { CONTROLS, confirmButtonIn, readIssueConfirmation } from '../bnmp/confirm-dialog';
import { bnmpWebScreen, findBnmpAction, isBnmpSigningAction, readBnmpWebContext, CLICKABLE, type BnmpAction } from '../bnmp/screen';
import { nameOf, visibleText } from '../bnmp/text';
import { findOrgaoSelector, readOrgaoOptions } from '../bnmp/toolbar';
import { evaluateReadiness } from '../readiness/engine';
import type { SigningScreen, Verdict } from '../readiness/types';
import { interpretStoredStatus, type LoadedStatus } from '../status/storage-interpret';
import { findPersonForScreen } from '../status/people';
import type { Person } from '../status/schema';
import { isEmptyUpdate, planBnmpUpdate, type BnmpStatusUpdate } from '../status/bnmp-update';
import { appendHistory, applyBnmpWebUpdate, statusItem } from '../storage/status';
import { createPolicyCache } from '../policy/cache';
import { guardEnabledFor } from '../policy/effective';
import { profileFor } from '../guides/person';
import { wallClock } from '../calendar/wall-clock';
import { formatDate, listOf } from '../readiness/messages';
import type { TribunalProfile } from '../tribunals/schema';
import type { BnmpCore, BnmpLook, BnmpWebDescription } from './contract';
import { DIALOG, addedNodeMatters } from './prefilter';
import { showOffer, type OfferContent, type OfferHandle } from './offer';

/** A list opened by a click on the órgão selector within this time is taken as its list (when nothing links them). */
const JUST_OPENED_MS = 3000;

export interface BnmpCoreOptions {
  /** The warning dialog; by default the shared warning script (entrypoints/warning-ui.ts), loaded on first need. */
  loadWarning?: () => Promise<ShowWarning>;
  now?: () => Date;
}

export function createBnmpWebCore(host: CoreHost, options: BnmpCoreOptions = {}): BnmpCore {
  const { window: win, signal } = host;
  const doc = win.document;
  const now = options.now ?? (() => new Date());
  const policy = createPolicyCache({ signal });
  let status: LoadedStatus = { state: 'empty' };
  let statusLoaded = false;
  let dialogOpen = false;
  let waitingAttempt = false;
  let looks = 0;
  let lastLook: BnmpWebDescription['lastLook'];
  let lastDialog: BnmpWebDescription['lastDialog'];
  let orgaoOptions: BnmpWebDescription['orgaoOptions'] = { state: 'not-opened' };
  let selectorClickedAt = -Infinity;
  let offer: OfferHandle | undefined;
  /** Offers the person dismissed in this page ("Agora não"): the same change is not offered again. */
  const dismissed = new Set<string>();
  const timing = { decisions: 0, totalMs: 0, maxMs: 0 };

  const statusRead = statusItem.getValue().then(
    (value) => void (status = interpretStoredStatus(value)),
    (error) => {
      status = { state: 'unreadable', errors: [] };
      host.failOpen(error);
    },
  );
  // The policy comes from its local mirror (milliseconds), never after Chromium's slow managed read.
  const ready = Promise.all([statusRead, policy.ready]).then(() => {
    statusLoaded = true;
  });
  const unwatch = statusItem.watch((value) => {
    status = interpretStoredStatus(value);
  });
  signal.addEventListener('abort', () => {
    unwatch();
    offer?.close();
  });

  // --- Who, which profile, on or off ------------------------------------------------------------
  const personOf = (user: string | undefined): Person | undefined => (status.state === 'ok' ? findPersonForScreen(status.file, user) : undefined);
  const profileOfUser = (user: string | undefined): TribunalProfile => profileFor(personOf(user), policy.current());
  const pinned = () => profileOfUser(undefined).bnmpWebSelectors;
  const guardOn = (profile: TribunalProfile) => policy.current().bnmpWebEnabled && guardEnabledFor(policy.current(), profile);
  const today = (profile: TribunalProfile) => wallClock(now(), profile.timeZone).isoDate;

  const look = (what: BnmpLook, extra: { level?: 'ok' | 'warn' | 'block'; guardOff?: true } = {}) => {
    lastLook = { at: now().toISOString(), what, ...extra };
  };

  // --- The warning --------------------------------------------------------------------------------
  let warningUi: Promise<ShowWarning> | undefined;
  const loadWarning =
    options.loadWarning ??
    (() =>
      (warningUi ??= import(/* @vite-ignore */ browser.runtime.getURL(WARNING_UI_PATH)).then(() => {
        const mount = (globalThis as Record<string, unknown>)[WARNING_UI_KEY] as ShowWarning | undefined;
        if (!mount) throw new Error('warning UI did not register');
        return mount;
      })));

  const recordHistory = (verdict: Verdict, screen: SigningScreen, decision: 'cancelled' | 'signed-anyway' | 'fail-open') =>
    appendHistory({
      at: now().toISOString(),
      documentKinds: [...new Set(verdict.bnmpDocuments.map((d) => d.kind ?? 'BNMP'))],
      ...(screen.lotacao ? { lotacao: screen.lotacao.slice(0, 200) } : {}),
      reasonCodes: verdict.reasons.map((r) => r.code),
      decision,
    }).catch(() => false);

  const warn = async (verdict: Verdict, screen: SigningScreen, profile: TribunalProfile, action: BnmpAction, attempt: SigningAttempt) => {
    dialogOpen = true;
    try {
      const mount = await loadWarning();
      const choice = await mount(doc, { verdict, profile, now: now() }, { returnFocusTo: action.control });
      void recordHistory(verdict, screen, choice === 'proceed' ? 'signed-anyway' : 'cancelled');
      if (choice === 'proceed') proceed(action, attempt);
    } catch (error) {
      host.failOpen(error);
      void recordHistory(verdict, screen, 'fail-open');
      attempt.replay();
    } finally {
      dialogOpen = false;
    }
  };

  /**
   * "Assinar mesmo assim": the app's own OK (or signing action) runs exactly once. If Angular
   * re-rendered it meanwhile, its twin (the same confirmation's OK, the same signing label) is used;
   * with none, the person is told to do it again rather than losing it silently.
   */
  const proceed = (action: BnmpAction, attempt: SigningAttempt) => {
    if (attempt.replay()) return;
    const twin = twinOf(action);
    if (twin && attempt.replayAt(twin)) return;
    host.failOpen(new Error('the control left the page while the warning was open'), {
      title: 'Sentinela BNMP: a peça não foi emitida',
      text: 'A tela do BNMP mudou enquanto o aviso estava aberto e o botão clicado já não existe. Faça de novo.',
    });
  };

  const twinOf = (action: BnmpAction): Element | null => {
    if (action.kind === 'dialog-button') {
      for (const dialog of doc.querySelectorAll(DIALOG)) {
        const confirmation = readIssueConfirmation(dialog, pinned());
        if (confirmation && confirmation.unit === action.confirmation?.unit) return confirmButtonIn(dialog, pinned());
      }
      return null;
    }
    const label = nameOf(action.control);
    for (const el of [...doc.querySelectorAll(CLICKABLE)].slice(0, 2000)) {
      if (nameOf(el) === label && isBnmpSigningAction(el, pinned())) return el;
    }
    return null;
  };

  // --- The offer ---------------------------------------------------------------------------------
  const shownUnits = () => (orgaoOptions.state === 'read' ? orgaoOptions.units : undefined);

  const pendingUpdate = (): { person: Person; update: BnmpStatusUpdate; profile: TribunalProfile } | undefined => {
    const user = readBnmpWebContext(doc, pinned()).user;
    const person = personOf(user);
    if (!person) return undefined;
    const profile = profileOfUser(user);
    const update = planBnmpUpdate(person, shownUnits(), policy.current().lockedFields);
    return isEmptyUpdate(update) ? undefined : { person, update, profile };
  };

  const maybeOffer = (): void => {
    if (!statusLoaded) return void ready.then(maybeOffer); // the list may open before the status was read
    if (dialogOpen || signal.aborted) return;
    const pending = pendingUpdate();
    if (!pending || !guardOn(pending.profile)) return;
    const units = shownUnits();
    const key = JSON.stringify([pending.update, units]);
    if (dismissed.has(key) || (offer?.open && offerKey === key)) return;
    offerKey = key;
    const system = pending.profile.cnjEras.at(-1)?.accountSystemLabel ?? 'CNJ';
    offer = showOffer(doc, offerContent(pending.update, units, system, today(pending.profile)), async () => {
      const result = await applyBnmpWebUpdate(pending.update, units, today(pending.profile), policy.current().lockedFields);
      return result.ok ? { ok: true, message: 'Situação atualizada. Confira em “Minha situação”, no ícone do Sentinela.' } : result;
    }, () => dismissed.add(key));
  };
  let offerKey = '';

  const readOptions = () => {
    const selector = findOrgaoSelector(doc, pinned());
    if (!selector) return;
    const justOpened = performance.now() - selectorClickedAt < JUST_OPENED_MS;
    const read = readOrgaoOptions(doc, selector, pinned(), { justOpened });
    if (read.state === 'closed') return;
    orgaoOptions = read.state === 'read' ? { state: 'read', units: read.units, at: now().toISOString() } : { state: 'unreadable', why: read.why, at: now().toISOString() };
    if (read.state === 'read') maybeOffer();
  };

  // --- Deciding ----------------------------------------------------------------------------------
  const decide = (action: BnmpAction, attempt: SigningAttempt): Judgement => {
    const what: BnmpLook = action.kind === 'sign' ? 'assinatura' : 'confirmacao-ok';
    const context = readBnmpWebContext(doc, pinned());
    const screen = bnmpWebScreen(action, context);
    const profile = profileOfUser(screen.user);
    if (!guardOn(profile)) {
      look(what, { guardOff: true });
      host.decisions.note(screen.documents, 'ok', [], { guardOff: true });
      return 'pass';
    }
    const verdict = evaluateReadiness({ status, screen, profile, now: now() });
    look(what, { level: verdict.level });
    host.decisions.note(screen.documents, verdict.level, verdict.reasons.map((r) => r.code));
    if (verdict.level === 'ok') {
      // After the app acted: the account recorded as not confirmed is offered the update (never in a holding dialog).
      setTimeout(maybeOffer, 0);
      return 'pass';
    }
    void warn(verdict, screen, profile, action, attempt);
    return 'hold';
  };

  const judgeNow = (attempt: SigningAttempt): Judgement => {
    if (fromOwnUi(attempt.path)) return 'pass';
    const path = attempt.kind === 'submit' && attempt.submitter ? [attempt.submitter, ...attempt.path] : attempt.path;
    const selector = findOrgaoSelector(doc, pinned());
    if (selector && path.includes(selector)) selectorClickedAt = performance.now();
    const action = findBnmpAction(path, pinned());
    if (!action) return 'pass';
    looks++;
    if (action.kind === 'dialog-button') {
      if (!action.confirmation) {
        look('outro-dialogo');
        return 'pass';
      }
      if (action.role !== 'confirm') {
        look(action.role === 'cancel' ? 'confirmacao-cancelar' : 'confirmacao-outro-botao');
        return 'pass';
      }
    }
    if (dialogOpen) return 'hold'; // our warning covers the page: a second attempt is dropped, never doubled
    if (!statusLoaded) {
      if (waitingAttempt) return 'hold';
      waitingAttempt = true;
      void ready.then(() => {
        waitingAttempt = false;
        try {
          if (decide(action, attempt) === 'pass') attempt.replay();
        } catch (error) {
          host.failOpen(error);
          attempt.replay();
        }
      });
      return 'hold';
    }
    return decide(action, attempt);
  };

  return {
    judge(attempt) {
      const started = performance.now();
      try {
        return judgeNow(attempt);
      } finally {
        const ms = performance.now() - started;
        timing.decisions++;
        timing.totalMs += ms;
        timing.maxMs = Math.max(timing.maxMs, ms);
      }
    },

    onAdded(nodes) {
      let lists = false;
      for (const node of nodes) {
        if (!node.isConnected || !addedNodeMatters(node)) continue;
        const el = node as Element;
        const dialogs = el.matches(DIALOG) ? [el] : [...el.querySelectorAll(DIALOG)];
        for (const dialog of dialogs.slice(0, 5)) {
          const confirmation = readIssueConfirmation(dialog, pinned());
          lastDialog = {
            at: now().toISOString(),
            recognised: confirmation !== undefined,
            ...(confirmation?.kind ? { kind: confirmation.kind } : {}),
            ...(confirmation?.unit ? { unit: confirmation.unit } : {}),
            text: visibleText(dialog, 300, 200, CONTROLS),
          };
        }
        if (dialogs.length === 0) lists = true;
      }
      if (lists) readOptions();
    },

    async describe() {
      await ready;
      readOptions(); // a list open right now counts
      const context = readBnmpWebContext(doc, pinned());
      const profile = profileOfUser(context.user);
      // The verdict for issuing now, from the unit the toolbar shows.
      const screen = bnmpWebScreen({ kind: 'dialog-button', control: doc.documentElement, dialog: doc.documentElement, role: 'confirm' }, context);
      const verdict = evaluateReadiness({ status, screen, profile, now: now() });
      const pending = pendingUpdate();
      const pinnedNow = pinned() ?? {};
      const bnmpWeb: BnmpWebDescription = {
        screen: 'bnmp-web',
        guardOn: guardOn(profile),
        person: context.user ? 'toolbar' : 'eu',
        selectorFound: context.selectorFound,
        ...(context.toolbarUnit ? { toolbarUnit: context.toolbarUnit } : {}),
        orgaoOptions,
        ...(lastDialog ? { lastDialog } : {}),
        ...(lastLook ? { lastLook } : {}),
        looks,
        ...(pending ? { pendingUpdate: withoutId(pending.update) } : {}),
      };
      return {
        url: win.location.href,
        top: win === win.top,
        core: true,
        profileId: profile.id,
        statusState: status.state,
        context: { ...(context.user ? { user: context.user } : {}), ...(context.toolbarUnit ? { lotacao: context.toolbarUnit } : {}), ...(screen.grau ? { grau: screen.grau } : {}), ...(screen.plantaoHint ? { plantaoHint: true } : {}) },
        signingActions: [],
        verdict: { level: verdict.level, reasons: verdict.reasons.map((r) => ({ code: r.code, level: r.level, message: r.message })) },
        selectorsUsed: Object.entries(pinnedNow).filter(([, s]) => typeof s === 'string' && s !== '').map(([name]) => `bnmpWeb.${name}`),
        ...(host.decisions.last() ? { lastDecision: host.decisions.last()! } : {}),
        timing: { decisions: timing.decisions, meanMs: timing.decisions ? timing.totalMs / timing.decisions : 0, medianMs: 0, maxMs: timing.maxMs },
        bnmpWeb,
      };
    },
  };
}

function withoutId(update: BnmpStatusUpdate): NonNullable<BnmpWebDescription['pendingUpdate']> {
  const { personId: _id, ...rest } = update;
  return rest;
}

/** The offer's words: what BNMP shows, then each change, before it happens. `today`: the tribunal's date. */
export function offerContent(update: BnmpStatusUpdate, units: readonly string[] | undefined, accountSystem: string, today: string): OfferContent {
  const unitChanges = update.add.length + update.activate.length + update.markForReview.length + update.unmark.length > 0;
  const changes = [
    { heading: 'Incluir como lotações ativas', items: update.add },
    { heading: 'Passar a ativas (o BNMP as mostra)', items: update.activate },
    { heading: `Marcar para revisão — não aparecem no BNMP (nada é apagado)`, items: update.markForReview },
    { heading: 'Tirar a marca de revisão (voltaram a aparecer)', items: update.unmark },
    { heading: 'Conta no CNJ', items: update.confirmAccount ? ['Marcar como confirmada (você entrou no BNMP com ela)'] : [] },
  ];
  if (units && unitChanges) {
    return {
      title: 'Atualizar minha situação?',
      intro: `O BNMP mostra estas unidades para você: ${listOf(units.map((u) => `“${u}”`))}. Atualizar minha situação? Só os nomes das unidades são guardados, e uma cópia da situação atual fica guardada à parte.`,
      changes,
      applyLabel: 'Atualizar minha situação',
      dismissLabel: 'Agora não',
    };
  }
  return {
    title: 'Sua conta no CNJ funciona',
    intro: `Você entrou no BNMP, então sua conta no ${accountSystem} funciona, mas “Minha situação” não a registra como confirmada. Marcar como confirmada em ${formatDate(today)}?`,
    changes,
    applyLabel: 'Marcar como confirmada',
    dismissLabel: 'Agora não',
  };
}
