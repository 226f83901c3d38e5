"""Files written whole or not at all: a temporary file beside the destination, moved into place on success."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


@contextlib.contextmanager
def replaced_atomically(path, suffix):
    """Yield a temporary path next to ``path``; move it into place only when the block succeeds. A missing last
    folder is made (the parameters' check lets a new folder in an existing one through)."""
    path = Path(path)
    path.parent.mkdir(exist_ok=True)
    handle, tmp = tempfile.mkstemp(suffix=suffix, dir=path.parent)
    os.close(handle)
    os.unlink(tmp)
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
