"""facilitator: run a facilitated workshop on a shared screen and keep its minutes."""

from __future__ import annotations

__all__ = ["__version__"]


def __getattr__(name: str) -> str:
    """`__version__`, read from the installed metadata only when asked for: importlib.metadata
    costs 25 ms and 2 MB, and every start of the program imports this package."""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("facilitator")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0+source"
