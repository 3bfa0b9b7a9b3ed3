"""Words of the screens."""

STRINGS: dict[str, dict[str, str]] = {}
