//! An order-preserving parallel map over a stream, in bounded memory.
//!
//! A reader thread pulls items from a producer and groups them into batches;
//! worker threads map whole batches; the calling thread consumes the results
//! in input order. Nothing collects the stream: every batch must hold a
//! *slot* from the moment it is read until its results are consumed, and
//! there are `jobs × SLOTS_PER_JOB` slots. So at most that many batches are
//! in memory at once, wherever they are (queued, being mapped, or waiting in
//! the reorder buffer behind a slow one), and the reader waits when they are
//! all taken.

use std::collections::BTreeMap;
use std::mem;
use std::num::NonZeroUsize;
use std::ops::ControlFlow;

use crossbeam_channel::bounded;

/// Batches in flight per worker: enough that a worker finding its next batch
/// ready is the rule, few enough that memory stays small.
const SLOTS_PER_JOB: usize = 4;

/// When the reader closes a batch: whichever limit is reached first.
#[derive(Debug)]
pub struct Batching<T> {
    /// Most items in one batch.
    pub max_items: usize,
    /// Most total weight (typically bytes) in one batch; an item heavier
    /// than this makes a batch of its own.
    pub max_weight: usize,
    /// The weight of one item.
    pub weight: fn(&T) -> usize,
}

/// Maps every item the producer emits with `work` on `jobs` threads and
/// hands the results to `consume`, one batch at a time, in the order the
/// items were emitted.
///
/// `produce` runs on its own thread and is given an `emit` function; when
/// `emit` returns [`ControlFlow::Break`] the consumer has stopped and
/// `produce` should return. When `consume` fails, the remaining work is
/// abandoned and its error is returned.
pub fn ordered_map<T, R, E>(
    jobs: NonZeroUsize,
    batching: Batching<T>,
    produce: impl FnOnce(&mut dyn FnMut(T) -> ControlFlow<()>) + Send,
    work: impl Fn(T) -> R + Sync,
    mut consume: impl FnMut(Vec<R>) -> Result<(), E>,
) -> Result<(), E>
where
    T: Send,
    R: Send,
{
    let jobs = jobs.get();
    std::thread::scope(|scope| {
        let (batch_tx, batch_rx) = bounded::<(u64, Vec<T>)>(jobs);
        let (done_tx, done_rx) = bounded::<(u64, Vec<R>)>(jobs);
        let (slot_tx, slot_rx) = bounded::<()>(jobs * SLOTS_PER_JOB);

        scope.spawn(move || {
            let mut seq = 0;
            let mut send = |batch: Vec<T>| {
                // A send fails only when the consumer has gone away.
                if slot_tx.send(()).is_err() || batch_tx.send((seq, batch)).is_err() {
                    return ControlFlow::Break(());
                }
                seq += 1;
                ControlFlow::Continue(())
            };
            let mut batch = Vec::new();
            let mut weight = 0;
            let mut stopped = false;
            produce(&mut |item| {
                weight += (batching.weight)(&item);
                batch.push(item);
                if batch.len() < batching.max_items && weight < batching.max_weight {
                    return ControlFlow::Continue(());
                }
                weight = 0;
                let flow = send(mem::take(&mut batch));
                stopped = flow.is_break();
                flow
            });
            if !batch.is_empty() && !stopped {
                // The consumer may be gone; then there is no one to tell.
                let _ = send(batch);
            }
        });

        for _ in 0..jobs {
            let (batch_rx, done_tx) = (batch_rx.clone(), done_tx.clone());
            let work = &work;
            scope.spawn(move || {
                for (seq, batch) in batch_rx {
                    let results = batch.into_iter().map(work).collect();
                    if done_tx.send((seq, results)).is_err() {
                        break;
                    }
                }
            });
        }
        // Only the threads hold these now, so the channels close when they end.
        drop((batch_rx, done_tx));

        let mut waiting = BTreeMap::new();
        let mut next = 0;
        let result = done_rx.iter().try_for_each(|(seq, results)| {
            waiting.insert(seq, results);
            while let Some(results) = waiting.remove(&next) {
                consume(results)?;
                next += 1;
                // Frees the batch's slot; the reader may read another.
                let _ = slot_rx.recv();
            }
            Ok(())
        });
        // On an early error, closing these makes the reader's and the
        // workers' next send fail, so they stop instead of blocking the scope.
        drop((done_rx, slot_rx));
        result
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Duration;

    fn batching(max_items: usize) -> Batching<u64> {
        Batching {
            max_items,
            max_weight: usize::MAX,
            weight: |_| 1,
        }
    }

    fn numbers(n: u64) -> impl FnOnce(&mut dyn FnMut(u64) -> ControlFlow<()>) + Send {
        move |emit| {
            for i in 0..n {
                if emit(i).is_break() {
                    return;
                }
            }
        }
    }

    #[test]
    fn keeps_input_order_with_uneven_work() {
        for jobs in [1, 2, 5] {
            let mut out = Vec::new();
            let result: Result<(), ()> = ordered_map(
                NonZeroUsize::new(jobs).unwrap(),
                batching(3),
                numbers(200),
                |i| {
                    // Early items are slow, so later batches finish first.
                    if i % 7 == 0 {
                        std::thread::sleep(Duration::from_micros(300));
                    }
                    i * 2
                },
                |batch| {
                    out.extend(batch);
                    Ok(())
                },
            );
            assert!(result.is_ok());
            assert_eq!(out, (0..200).map(|i| i * 2).collect::<Vec<_>>());
        }
    }

    #[test]
    fn batches_close_on_weight() {
        let mut sizes = Vec::new();
        let _: Result<(), ()> = ordered_map(
            NonZeroUsize::new(1).unwrap(),
            Batching {
                max_items: 100,
                max_weight: 10,
                weight: |&w: &u64| w as usize,
            },
            |emit| {
                for w in [4, 4, 4, 20, 1] {
                    let _ = emit(w);
                }
            },
            |w| w,
            |batch| {
                sizes.push(batch);
                Ok(())
            },
        );
        assert_eq!(sizes, [vec![4, 4, 4], vec![20], vec![1]]);
    }

    #[test]
    fn memory_is_bounded_by_slots() {
        // Items read but not yet consumed never exceed the slots' batches.
        let (read, consumed) = (AtomicUsize::new(0), AtomicUsize::new(0));
        let max_ahead = AtomicUsize::new(0);
        let jobs = 2;
        let _: Result<(), ()> = ordered_map(
            NonZeroUsize::new(jobs).unwrap(),
            batching(1),
            |emit| {
                for i in 0..500u64 {
                    let ahead =
                        read.fetch_add(1, Ordering::SeqCst) + 1 - consumed.load(Ordering::SeqCst);
                    max_ahead.fetch_max(ahead, Ordering::SeqCst);
                    if emit(i).is_break() {
                        return;
                    }
                }
            },
            |i| i,
            |_| {
                std::thread::sleep(Duration::from_micros(50));
                consumed.fetch_add(1, Ordering::SeqCst);
                Ok(())
            },
        );
        // +1: the reader counts an item before waiting for its slot.
        assert!(max_ahead.load(Ordering::SeqCst) <= jobs * SLOTS_PER_JOB + 1);
    }

    #[test]
    fn consumer_error_stops_everything() {
        let produced = AtomicUsize::new(0);
        let mut seen = 0;
        let result = ordered_map(
            NonZeroUsize::new(2).unwrap(),
            batching(1),
            |emit| {
                for i in 0..1_000_000u64 {
                    produced.fetch_add(1, Ordering::SeqCst);
                    if emit(i).is_break() {
                        return;
                    }
                }
            },
            |i| i,
            |_| {
                seen += 1;
                if seen == 3 { Err("closed") } else { Ok(()) }
            },
        );
        assert_eq!(result, Err("closed"));
        assert!(produced.load(Ordering::SeqCst) < 100);
    }
}
