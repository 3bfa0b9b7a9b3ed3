"""The bare apps the facilitator is measured against."""

from pathlib import Path

HERE = Path(__file__).resolve().parent
BARE_APP = HERE / "bare_app.py"
BARE_FORM = HERE / "bare_form.py"
