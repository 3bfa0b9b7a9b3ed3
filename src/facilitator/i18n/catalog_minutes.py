"""Words of the minutes (Markdown, HTML, CSV and calendar)."""

STRINGS: dict[str, dict[str, str]] = {}
