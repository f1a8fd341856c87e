//! Work on many files spread over the machine's cores, with the results in
//! the order of the inputs, so the output never depends on which thread
//! finished first.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

/// Below this many items the threads cost more than they save.
const MIN_PARALLEL: usize = 2;

/// `work` applied to every item, on up to one thread per core; the results
/// are in the order of `items`.
///
/// Threads take the next item as they finish one, so a few large files
/// among many small ones do not leave a core idle.
pub fn map_in_order<T, R, F>(items: &[T], work: F) -> Vec<R>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync,
{
    let threads = thread::available_parallelism()
        .map_or(1, usize::from)
        .min(items.len());
    if threads < MIN_PARALLEL {
        return items.iter().map(work).collect();
    }
    let next = AtomicUsize::new(0);
    let mut done: Vec<(usize, R)> = thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(i) else {
                            return done;
                        };
                        done.push((i, work(item)));
                    }
                })
            })
            .collect();
        workers
            .into_iter()
            // A worker only panics if `work` does; pass the panic on.
            .flat_map(|w| w.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect()
    });
    done.sort_unstable_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, r)| r).collect()
}

/// Frees `value` on a thread of its own, so that the caller goes on (and
/// the command exits) without waiting for the frees of a whole catalog's
/// drafts or output: a few hundred milliseconds at 100,000 variables.
/// Where no thread can be started (WebAssembly), it is freed here.
pub fn drop_aside<T: Send + 'static>(value: T) {
    // When the thread cannot be started, `spawn` drops the closure, and
    // the value with it, before it returns the error.
    let _ = thread::Builder::new().spawn(move || drop(value));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_keep_the_order_of_the_items() {
        for n in [0, 1, 2, 3, 100, 1001] {
            let items: Vec<usize> = (0..n).collect();
            // Uneven work, so threads finish out of order.
            let got = map_in_order(&items, |&i| {
                let spin: usize = (0..(i % 7) * 1000).fold(0, |a, b| a ^ b);
                (i * 2, spin)
            });
            let doubled: Vec<usize> = got.into_iter().map(|(d, _)| d).collect();
            assert_eq!(doubled, (0..n).map(|i| i * 2).collect::<Vec<_>>(), "{n}");
        }
    }

    #[test]
    fn a_value_dropped_aside_is_freed() {
        use std::sync::Arc;
        use std::time::{Duration, Instant};
        let shared = Arc::new(());
        drop_aside(vec![Arc::clone(&shared); 3]);
        let deadline = Instant::now() + Duration::from_secs(10);
        while Arc::strong_count(&shared) > 1 && Instant::now() < deadline {
            thread::yield_now();
        }
        assert_eq!(Arc::strong_count(&shared), 1);
    }
}
