"""Extraction releases the GIL: another Python thread keeps running meanwhile."""

from __future__ import annotations

import threading
import time
from functools import partial

import whosaid

# Quotations that no one is said to have spoken: every rule runs on them, and
# nothing comes back. Turning quotes into dicts needs the GIL, so a text
# rich in attributions would measure that instead of extraction.
PARAGRAPH = (
    'The so-called "plan" was "new" and, by all accounts, "bold" and "overdue". '
    "Traffic on the harbour road was light all week.\n\n"
)
TEXTS = ["Harbour News\n\n" + PARAGRAPH * 400] * 80


def _count_while(fn) -> tuple[int, float]:
    """Increments a counter in a second thread while ``fn`` runs here."""
    counter = 0
    stop = threading.Event()
    started = threading.Event()

    def spin() -> None:
        nonlocal counter
        started.set()
        while not stop.is_set():
            counter += 1

    thread = threading.Thread(target=spin)
    thread.start()
    started.wait()
    time.sleep(0.05)
    before = counter
    t0 = time.perf_counter()
    fn()
    elapsed = time.perf_counter() - t0
    during = counter - before
    stop.set()
    thread.join()
    return during, elapsed


def test_extract_many_lets_python_threads_run() -> None:
    extractor = whosaid.Extractor()
    # Rate of the spinning thread alone, for scale.
    alone, alone_time = _count_while(lambda: time.sleep(0.2))
    rate = alone / alone_time
    # The batch grows until it runs long enough to tell, however fast the
    # machine and the extractor are.
    for doublings in range(8):
        batch = TEXTS * 2**doublings
        during, elapsed = _count_while(partial(extractor.extract_many, batch, jobs=1))
        if elapsed > 0.1:
            break
    assert elapsed > 0.05, "the batch ran too fast to tell"
    # Holding the GIL, the spinner would get at most a switch interval
    # (5 ms) of turns; released, it runs for most of the call.
    switch_interval_turns = rate * 0.005
    assert during > 10 * switch_interval_turns, (during, rate, elapsed)
