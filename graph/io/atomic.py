"""Write a file so that readers see the old content or the new, never half of it."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from graph.errors import KgError

STDOUT = "-"


@contextmanager
def atomic_output(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside `path`; rename it over `path` only if the block succeeds.

    A symlink's target is what gets replaced (the link stays); an existing file keeps its
    mode; `-` (stdout), devices and pipes are written in place, as they cannot be renamed
    over. Failures (a directory, a path under a file, a full disk) are one-line KgErrors.

    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
    >>> with atomic_output(target) as tmp:
    ...     _ = tmp.write_text("done")
    >>> target.read_text()
    'done'
    """
    if str(path) == STDOUT:
        yield Path("/dev/stdout")
        return
    path = Path(os.path.realpath(path))  # through symlinks: write the file, keep the link
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise _error(path, exc) from None
    if mode is not None and stat.S_ISDIR(mode):
        raise KgError(f"{path}: is a directory, expected a file name")
    if mode is not None and not stat.S_ISREG(mode):
        yield path  # a device or a pipe: written in place
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=path.suffix, dir=path.parent)
        os.close(fd)
    except OSError as exc:
        raise _error(path, exc) from None
    try:
        yield Path(tmp)
        if mode is None:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask  # mkstemp makes it private; new outputs are ordinary files
        os.chmod(tmp, stat.S_IMODE(mode))
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise _error(path, exc) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _error(path: Path, exc: OSError) -> KgError:
    if exc.errno == errno.ENOTDIR:
        return KgError(f"{path}: a parent of this path is a file, not a directory")
    if exc.errno == errno.ENOSPC:
        return KgError(f"{path}: no space left on the device; nothing written")
    return KgError(f"{path}: cannot write ({exc.strerror or exc})")
