"""Ingest: files in, parsed articles stored, problems recorded.

Stages, as numbered in ``ingest``:
  1. discover files lazily (loading.discover) and group them in batches
  2. hash each file's bytes; skip those stored unchanged (same path and hash)
  3. parse the rest into the rows to store — inline, or in a process pool
     with a bounded number of batches in flight, so memory stays flat
     whatever the archive's size, and the one writer only writes
  4. write each batch in one transaction: articles, blocks, quotes, failures

One bad file never stops the run: its reason goes into the report and the
ingest log. Ctrl-C stops after the batch being written (a second Ctrl-C at
once); every batch already written stays, and running the same command again
completes the rest.
"""
from __future__ import annotations

import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from .loading import Candidate, LoadError, discover, load, missing, read_bytes, sha256
from .parsing import ParseError, internal_error, parse_source
from .store import ArticleRows, Store, article_rows

BATCH_SIZE = 100


@dataclass
class IngestReport:
    files: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    quotes: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    interrupted: bool = False

    def summary(self) -> str:
        line = (f"{self.files} files: {self.new} new, {self.updated} updated, "
                f"{self.unchanged} unchanged, {self.failed} failed; {self.quotes} quotes")
        if self.interrupted:
            line += " (interrupted: run the same command again to complete the rest)"
        return line


# A unit of work for stage 3: (path, sha256, on-disk bytes).
Job = tuple[str, str, bytes]
def parse_job(job: Job) -> ArticleRows | tuple[str, str]:
    """Parse one file into the rows to store, or (path, reason) when it cannot be parsed."""
    path, sha, data = job
    try:
        source = load(path, data, sha)
        article = parse_source(source)
    except (LoadError, ParseError) as exc:
        return (path, str(exc))
    except Exception as exc:  # parse_source reports its own bugs; this covers loading and row building
        return (path, internal_error(exc))
    return article_rows(path, sha, source.format, source.raw if source.format == "html" else None, article)


def parse_jobs(jobs: list[Job]) -> list:
    return [parse_job(j) for j in jobs]


def _ignore_sigint() -> None:
    # Workers leave Ctrl-C to the parent, which stops cleanly.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@dataclass
class _Batch:
    """One batch after stage 2: what to parse, what was skipped, what failed."""

    jobs: list[Job]
    unchanged: int
    failures: list[tuple[str, str]]


def _batches(store: Store, candidates: Iterator[Candidate], force: bool, size: int) -> Iterator[_Batch]:
    while True:
        chunk = list(islice(candidates, size))
        if not chunk:
            return
        failures, usable, given = [], [], {}
        for c in chunk:
            if c.error:
                failures.append((c.path, c.error))
            else:
                # stored by its real path (one article however it is linked); failures name the path given
                try:
                    resolved = str(Path(c.path).resolve())
                except (RuntimeError, OSError):  # a link in a loop (Path.resolve raises RuntimeError for it)
                    failures.append((os.path.abspath(c.path), missing(c.path)))
                    continue
                usable.append(resolved)
                given[resolved] = c.path
        known = {} if force else store.known_hashes(usable)
        jobs, unchanged = [], 0
        for path in usable:
            try:
                data = read_bytes(path)
            except LoadError as exc:
                # a broken link resolves to where it pointed: name the link, as the user has it
                reason = missing(given[path]) if not os.path.exists(given[path]) else str(exc)
                failures.append((os.path.abspath(given[path]), reason))
                continue
            digest = sha256(data)
            if known.get(path) == digest:
                unchanged += 1
            else:
                jobs.append((path, digest, data))
        yield _Batch(jobs, unchanged, failures)


def _parsed_batches(batches: Iterator[_Batch], workers: int) -> Generator[tuple[_Batch, list], None, None]:
    if workers <= 1:
        for batch in batches:
            yield batch, parse_jobs(batch.jobs)
        return
    with ProcessPoolExecutor(workers, initializer=_ignore_sigint) as pool:
        in_flight: deque[tuple[_Batch, Future]] = deque()
        try:
            for batch in batches:
                in_flight.append((batch, pool.submit(parse_jobs, batch.jobs)))
                if len(in_flight) > 2 * workers:
                    done, future = in_flight.popleft()
                    yield done, future.result()
            while in_flight:
                done, future = in_flight.popleft()
                yield done, future.result()
        finally:
            for _, future in in_flight:
                future.cancel()


class _StopRequest:
    """A SIGINT handler: the first Ctrl-C asks the ingest to stop once the batch in hand is written; a
    second one stops it at once."""

    def __init__(self) -> None:
        self.requested = False

    def __call__(self, _signum, _frame) -> None:
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True


@contextmanager
def _stop_between_batches() -> Iterator[_StopRequest]:
    """Turn Ctrl-C into a request the ingest loop answers between batches.

    A KeyboardInterrupt raised wherever the main thread happens to be can
    land inside SQLAlchemy's commit or pool bookkeeping, or the process
    pool's, which then log a traceback of their own; asked between batches,
    nothing is cut short. Signal handlers belong to the main thread: called
    from another, Ctrl-C raises as usual (and is caught as before).
    """
    stop = _StopRequest()
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return
    previous = signal.signal(signal.SIGINT, stop)
    try:
        yield stop
    finally:
        signal.signal(signal.SIGINT, previous)


def ingest(
    store: Store,
    paths: Iterable[str | os.PathLike],
    *,
    force: bool = False,
    workers: int = 1,
    batch_size: int = BATCH_SIZE,
    progress: Callable[[IngestReport], None] | None = None,
) -> IngestReport:
    """Ingest files and folders into ``store``; returns counts and failures."""
    report = IngestReport()
    candidates = discover(paths)  # 1
    batches = _batches(store, candidates, force, batch_size)  # 2
    with _stop_between_batches() as stop:
        _ingest_batches(store, _parsed_batches(batches, workers), force, report, progress, stop)
    if report.new or report.updated:
        store.merge_surnames_alone()  # once at the end: it weighs the offices of the whole archive
    return report


def _ingest_batches(store: Store, parsed_batches: Generator[tuple[_Batch, list], None, None], force: bool,
                    report: IngestReport, progress: Callable[[IngestReport], None] | None,
                    stop: _StopRequest) -> None:
    try:
        try:
            for batch, results in parsed_batches:  # 3
                parsed = [r for r in results if isinstance(r, ArticleRows)]
                failures = batch.failures + [r for r in results if not isinstance(r, ArticleRows)]
                outcome = store.write_batch(parsed, failures, force=force)  # 4
                report.files += batch.unchanged + len(results) + len(batch.failures)
                report.unchanged += batch.unchanged + sum(1 for v in outcome.values() if v == "unchanged")
                report.new += sum(1 for v in outcome.values() if v == "new")
                report.updated += sum(1 for v in outcome.values() if v == "updated")
                report.quotes += sum(len(p.quotes) for p in parsed if outcome.get(p.path) != "unchanged")
                report.failed += len(failures)
                report.failures.extend(failures)
                if progress:
                    progress(report)
                if stop.requested:
                    report.interrupted = True
                    break
        finally:
            parsed_batches.close()  # here, not whenever it is collected: the pool's queued batches are dropped
    except KeyboardInterrupt:
        report.interrupted = True
