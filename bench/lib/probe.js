// Installed in the page before the shop's own scripts (page.addInitScript),
// it timestamps what a person sees. Every time is performance.now(), i.e.
// milliseconds since the navigation started.
//
// "On screen" = the first frame rendered after the DOM change: a
// MutationObserver sees the change (in a microtask right after the app's
// update), requestAnimationFrame waits for the next frame, and a
// MessageChannel message posted from the rAF callback runs as the first task
// after that frame's style, layout and paint, which is when the frame is
// handed to the compositor. Its time is the time "on screen" (the display's
// own scan-out is not visible from JavaScript).
//
// Keystroke → screen: the start is the keydown event's timeStamp (when the
// browser received the key, so time the key waited behind a busy main
// thread counts). The end is the on-screen time after the last DOM mutation
// the keystroke caused (result count, table rows, facet counts, chips all
// sit in the observed document); if the keystroke changed nothing, the
// on-screen time after its input event was handled. The driver asks
// `__bench.settled(quietMs)` after each key, which waits until nothing has
// changed for quietMs (timers cannot fire while the main thread is busy, so
// a long engine run cannot be mistaken for quiet).
(() => {
  const ROWS = '.result-list > li.result';
  const afterNextFrame = (done) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(performance.now());
      channel.port2.postMessage(0);
    });

  const state = { firstRowDom: null, firstRowScreen: null, key: null, lastActivity: 0, wasmMemory: null };
  window.__bench = state;

  // The app's wasm memory, for "memory in the tab": kept from the instance
  // the loader makes, whichever of the two calls wasm-bindgen uses.
  const keepMemory = (result) => {
    const exports = (result.instance ?? result).exports;
    if (exports?.memory instanceof WebAssembly.Memory) state.wasmMemory = exports.memory;
    return result;
  };
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const original = WebAssembly[name];
    WebAssembly[name] = (...args) => original.apply(WebAssembly, args).then(keepMemory);
  }
  /** Bytes of the wasm memory now (0 before the app has started). */
  state.wasmBytes = () => state.wasmMemory?.buffer.byteLength ?? 0;
  /** Paths of the files whose last byte arrived before the first result row was on screen. */
  state.fetchedBefore = (t) =>
    [performance.getEntriesByType('navigation')[0], ...performance.getEntriesByType('resource')]
      .filter((e) => e && e.responseEnd > 0 && e.responseEnd <= t)
      .map((e) => new URL(e.name).pathname);

  // The screen-reader announcement of the count is written on purpose
  // after typing settles: it is not part of drawing a keystroke.
  const announcement = (r) => r.target.closest?.('[aria-live]') ?? r.target.parentElement?.closest('[aria-live]');
  new MutationObserver((records) => {
    if (records.every(announcement)) return;
    const now = performance.now();
    state.lastActivity = now;
    if (state.firstRowDom === null && document.querySelector(ROWS)) {
      state.firstRowDom = now;
      afterNextFrame((t) => (state.firstRowScreen = t));
    }
    const key = state.key;
    if (key) {
      key.lastMutation = now;
      const batch = ++key.mutations;
      key.pending = true;
      afterNextFrame((t) => {
        if (key.mutations === batch) {
          key.screen = t;
          key.pending = false;
        }
      });
    }
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });

  document.addEventListener(
    'keydown',
    (e) => {
      if (e.target.id !== 'search') return;
      state.key = { start: e.timeStamp, mutations: 0, lastMutation: null, handled: null, handledScreen: null, screen: null, pending: false };
      state.lastActivity = performance.now();
    },
    true,
  );
  // On window in the bubble phase: runs after the app's own input handler.
  window.addEventListener('input', (e) => {
    const key = state.key;
    if (e.target.id !== 'search' || !key) return;
    key.handled = performance.now();
    state.lastActivity = key.handled;
    afterNextFrame((t) => (key.handledScreen = t));
  });

  /** Resolves with the last keystroke's times once nothing has changed for quietMs. */
  state.settled = (quietMs, timeoutMs) =>
    new Promise((resolve) => {
      const began = performance.now();
      const poll = () => {
        const key = state.key;
        const now = performance.now();
        const quiet = now - state.lastActivity >= quietMs;
        const painted = key && key.handledScreen !== null && !key.pending;
        if ((quiet && painted) || now - began > timeoutMs) {
          const end = key?.mutations > 0 ? key.screen : key?.handledScreen;
          const domEnd = key?.lastMutation ?? key?.handled;
          resolve({
            timedOut: !(quiet && painted),
            screenMs: end == null ? null : end - key.start,
            domMs: domEnd == null ? null : domEnd - key.start,
            mutations: key?.mutations ?? 0,
            count: document.querySelector('.result-count')?.textContent.trim() ?? null,
          });
        } else {
          setTimeout(poll, 10);
        }
      };
      poll();
    });
})();
