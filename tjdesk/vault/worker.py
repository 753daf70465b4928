"""One thread owns the vault connection; everyone else hands it work and gets a Future back.

sqlcipher3 connections are bound to the thread that opened them, and the GUI thread must never
wait on the database (Anki's CollectionOp pattern). The ui turns each Future's completion into
a queued Qt signal (ui/ops.py); the command line and tests may block on ``call``.
"""

from __future__ import annotations

import concurrent.futures
import queue
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

from tjdesk.vault import schema_guard
from tjdesk.vault.connection import open_connection
from tjdesk.vault.database import Database
from tjdesk.vault.migrations import migrate

if TYPE_CHECKING:
    from tjdesk.vault.signed_in import SignedInUser

T = TypeVar("T")

_STOP = object()
Job = tuple[Callable[[Database], Any], "concurrent.futures.Future[Any]"]


class WorkerClosed(RuntimeError):
    """Work was handed to a worker that is closed (the app locked meanwhile)."""


class VaultWorker:
    def __init__(
        self,
        db_path: Path,
        key: bytes,
        *,
        create: bool = False,
        signed_in: SignedInUser | None = None,
    ) -> None:
        self.db_path = Path(db_path)
        self._signed_in = signed_in  # bound to the connection the moment it opens
        self._jobs: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._opened: concurrent.futures.Future[None] = concurrent.futures.Future()
        self._closed = threading.Event()
        self._submit_lock = threading.Lock()
        self._failure: BaseException | None = None  # why the vault could not be opened
        self._thread = threading.Thread(
            target=self._run, args=(bytes(key), create), name="vault-worker", daemon=True
        )
        self._thread.start()

    @property
    def opened(self) -> concurrent.futures.Future[None]:
        """Resolves when the connection is open and migrated, or with the VaultError."""
        return self._opened

    @property
    def signed_in(self) -> SignedInUser | None:
        """Who the connection works for (None: nobody signed in)."""
        return self._signed_in

    @property
    def closed(self) -> bool:
        return self._closed.is_set()

    def submit(self, fn: Callable[[Database], T]) -> concurrent.futures.Future[T]:
        future: concurrent.futures.Future[T] = concurrent.futures.Future()
        with self._submit_lock:
            if self._closed.is_set():
                future.set_exception(self._failure or WorkerClosed("the vault is locked"))
                return future
            self._jobs.put((fn, future))
        return future

    def call(self, fn: Callable[[Database], T], timeout: float | None = 60.0) -> T:
        """Run ``fn`` and wait for it. Command line and tests only: never the GUI thread."""
        if threading.current_thread() is self._thread:
            raise RuntimeError("call() from the worker thread would deadlock")
        return self.submit(fn).result(timeout)

    def close(self, timeout: float = 30.0) -> None:
        """Finish queued work, close the connection and end the thread."""
        with self._submit_lock:
            if not self._closed.is_set():
                self._closed.set()
                self._jobs.put(_STOP)
        if threading.current_thread() is not self._thread:
            self._thread.join(timeout)

    def _run(self, key: bytes, create: bool) -> None:
        try:
            conn = open_connection(self.db_path, key, create=create)
        except BaseException as err:  # reported through ``opened`` and every job
            self._give_up(err)
            return
        del key
        db = Database(conn)
        db.bind_signed_in(self._signed_in)
        try:
            migrate(db)
            schema_guard.check(db)  # a foreign trigger or view: nobody works on this vault
        except BaseException as err:
            db.close()
            self._give_up(err)
            return
        try:
            # Sealed sections: seal what an older version left in the clear, rewrap keys
            # colleagues wait for, plan this sign-in's in-memory search index.
            from tjdesk.vault.seal_migration import on_sign_in

            on_sign_in(db)
        except BaseException as err:
            db.close()
            self._give_up(err)
            return
        self._opened.set_result(None)
        try:
            while True:
                job = self._next_job(db)
                if job is _STOP:
                    break
                fn, future = cast(Job, job)
                if not future.set_running_or_notify_cancel():
                    continue
                try:
                    result = fn(db)
                except BaseException as err:
                    future.set_exception(err)
                else:
                    future.set_result(result)
        finally:
            db.close()
            self._fail_pending(WorkerClosed("the vault is locked"))

    def _next_job(self, db: Database) -> object:
        """The next job; while none waits, build this sign-in's search index a step at a time
        (so the index is searchable while it builds and never holds up other work)."""
        from tjdesk.cases import sealed_search

        while db.signed_in is not None and not sealed_search.finished(db):
            try:
                return self._jobs.get_nowait()
            except queue.Empty:
                try:
                    sealed_search.build_step(db)
                except Exception:  # noqa: BLE001 - a broken digest must not stop the vault
                    sealed_search.abandon(db)
        return self._jobs.get()

    def _give_up(self, err: BaseException) -> None:
        """The vault cannot be worked on: ``err`` answers ``opened``, the work queued, and any
        handed over later. Closed under the submit lock, so a job handed over meanwhile is
        either refused by ``submit`` or already queued and answered here, never left."""
        with self._submit_lock:
            self._failure = err
            self._closed.set()
        self._opened.set_exception(err)
        self._fail_pending(err)

    def _fail_pending(self, err: BaseException) -> None:
        while True:
            try:
                job = self._jobs.get_nowait()
            except queue.Empty:
                return
            if job is _STOP:
                continue
            _fn, future = cast(Job, job)
            if future.set_running_or_notify_cancel():
                future.set_exception(err)
