"""The SQLite store (a package; see kipmon/store/core.py until the split that follows)."""

from kipmon.store.core import (  # noqa: F401
    Store,
    StoreError,
    content_hash,
    content_key,
    migrations,
    now_iso,
)
