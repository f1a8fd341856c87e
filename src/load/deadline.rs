//! A time limit for a request: a timer that aborts it through an
//! `AbortController`, so a server that accepts the connection and then
//! never finishes the answer cannot leave the shop on a spinner forever.

use leptos::prelude::{set_timeout_with_handle, TimeoutHandle};
use std::{cell::Cell, rc::Rc, time::Duration};
use web_sys::{AbortController, AbortSignal};

/// A running time limit; dropping it stops the timer.
pub struct Deadline {
    controller: Option<AbortController>,
    timer: Option<TimeoutHandle>,
    expired: Rc<Cell<bool>>,
}

impl Deadline {
    /// Starts the timer. Without `AbortController` (very old browsers) the
    /// request simply has no limit.
    pub fn start(limit: Duration) -> Deadline {
        let controller = AbortController::new().ok();
        let expired = Rc::new(Cell::new(false));
        let timer = controller.clone().and_then(|controller| {
            let expired = expired.clone();
            set_timeout_with_handle(
                move || {
                    expired.set(true);
                    controller.abort();
                },
                limit,
            )
            .ok()
        });
        Deadline {
            controller,
            timer,
            expired,
        }
    }

    /// The signal to hand to the request.
    pub fn signal(&self) -> Option<AbortSignal> {
        self.controller.as_ref().map(AbortController::signal)
    }

    /// True once the limit has passed (and the request was aborted).
    pub fn expired(&self) -> bool {
        self.expired.get()
    }
}

impl Drop for Deadline {
    fn drop(&mut self) {
        if let Some(timer) = self.timer.take() {
            timer.clear();
        }
    }
}
