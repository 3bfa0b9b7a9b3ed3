"""The live page of a meeting and the participants' anonymous answers: an aiohttp server
that reads the session file and never writes it (see docs/session-format.md for the two
small files it shares with the session screen). No Textual here."""
