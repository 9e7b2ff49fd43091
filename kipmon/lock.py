"""One run at a time: an operating-system lock on a file beside the database.

`fcntl.flock` on `<db>.lock` is held for as long as the process (and the crawl child it hands the
descriptor to) lives; the kernel releases it when they end, however they end (killed, power loss), so
there is never a stale lock to clean up by hand. The file's text says who holds it (pid, host, command,
since), so the second process can tell the user in one line why it refuses to start.

The scheduler, a cron job and a manual `kipmon run` all take this lock, so they never overlap. The file
is never deleted: deleting a lock file while another process waits on it would let two runs in.
"""

from __future__ import annotations

import datetime as dt
import errno
import fcntl
import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from kipmon.errors import KipmonError


class LockBusy(KipmonError):
    """Another kipmon process holds the run lock; the message says who, in one line."""


class LockError(KipmonError):
    """The lock file cannot be created (unwritable or missing folder); one line."""


@dataclass
class RunLock:
    path: Path
    fd: int
    info: dict


def lock_path(db_path: str | os.PathLike) -> Path:
    return Path(str(db_path) + ".lock")


def _read_holder(fd: int) -> dict:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        text = os.read(fd, 4096).decode("utf-8", "replace")
    except OSError:
        return {}
    info = {}
    for line in text.splitlines():
        key, _, value = line.partition("=")
        if key.strip():
            info[key.strip()] = value.strip()
    return info


def describe_holder(info: dict) -> str:
    if not info:
        return "another kipmon process (it has not written its details yet)"
    return (
        f"pid {info.get('pid', '?')} on {info.get('host', '?')}, "
        f"`{info.get('command', '?')}`, since {info.get('since', '?')}"
    )


def holder(db_path: str | os.PathLike) -> dict | None:
    """Who holds the lock of `db_path` now, or None when nobody does."""
    path = lock_path(db_path)
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return _read_holder(fd)
        fcntl.flock(fd, fcntl.LOCK_UN)
        return None
    finally:
        os.close(fd)


@contextmanager
def run_lock(db_path: str | os.PathLike, command: str) -> Iterator[RunLock]:
    """Hold the run lock of the database `db_path` for the duration of the block.

    Raises LockBusy (naming the holder) when another process holds it, and LockError when the lock
    file cannot be created. Both are one-line KipmonErrors, which the CLI turns into exit status 2.
    """
    path = lock_path(db_path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        if exc.errno in (errno.ENOTDIR, errno.EEXIST):
            reason = "a parent of this path is a file, not a folder"
        raise LockError(f"{path}: cannot create the run lock: {reason}") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise LockBusy(f"another run is in progress: {describe_holder(_read_holder(fd))} (lock {path})") from None
        info = {
            "pid": str(os.getpid()),
            "host": socket.gethostname(),
            "command": command,
            "since": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        }
        try:
            os.ftruncate(fd, 0)
            os.pwrite(fd, "".join(f"{k}={v}\n" for k, v in info.items()).encode("utf-8"), 0)
        except OSError as exc:
            raise LockError(f"{path}: cannot write the run lock: {exc.strerror or exc}") from None
        try:
            yield RunLock(path, fd, info)
        finally:
            try:
                os.ftruncate(fd, 0)  # nobody holds it now; the text would only mislead
            except OSError:
                pass
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
