"""Words of the command line."""

STRINGS: dict[str, dict[str, str]] = {
    "cli.col.id": {"sv": "ID", "en": "ID"},
    "cli.col.language": {"sv": "SPRÅK", "en": "LANGUAGE"},
    "cli.col.sections": {"sv": "AVSNITT", "en": "SECTIONS"},
    "cli.col.title": {"sv": "TITEL", "en": "TITLE"},
    "cli.col.source": {"sv": "KÄLLA", "en": "SOURCE"},
    "cli.col.workshop": {"sv": "WORKSHOP", "en": "WORKSHOP"},
    "cli.col.date": {"sv": "DATUM", "en": "DATE"},
    "cli.col.progress": {"sv": "KLART", "en": "PROGRESS"},
    "cli.col.state": {"sv": "LÄGE", "en": "STATE"},
    "cli.col.path": {"sv": "FIL", "en": "PATH"},
    "cli.builtin": {"sv": "inbyggd", "en": "built-in"},
    "cli.untitled": {"sv": "(utan titel)", "en": "(untitled)"},
    "cli.invalid": {"sv": "ogiltig", "en": "invalid"},
    "cli.finished": {"sv": "avslutad", "en": "finished"},
    "cli.unfinished": {"sv": "pågår", "en": "unfinished"},
    # A follow-up under the first meeting of its series in `facilitator sessions`.
    "cli.follow_up": {"sv": "  ↳ möte {number}: {title}", "en": "  ↳ meeting {number}: {title}"},
    "cli.no_sessions": {"sv": "Inga sessioner i {folder}", "en": "No sessions in {folder}"},
    "cli.id_taken": {
        "sv": "{file}: id '{id}' används också av: {others}; "
        "'facilitator new {id}' öppnar {opened}",
        "en": "{file}: the id '{id}' is taken, also by: {others}; "
        "'facilitator new {id}' opens {opened}",
    },
    "cli.builtin_workshop": {"sv": "den inbyggda workshoppen", "en": "the built-in workshop"},
    "cli.this_file": {"sv": "den här filen", "en": "this file"},
    "cli.valid": {
        "sv": "{file}: giltig ({id}, {sections} avsnitt)",
        "en": "{file}: valid ({id}, {sections} sections)",
    },
    "cli.restored": {
        "sv": "Återställde {path} från kopian från {time}",
        "en": "Restored {path} from the copy of {time}",
    },
    "cli.kept_aside": {
        "sv": "Den skadade filen finns kvar som {path}",
        "en": "The damaged file is kept as {path}",
    },
    "cli.problem.damaged": {"sv": "skadad", "en": "damaged"},
    "cli.problem.missing": {"sv": "borta", "en": "gone"},
    "cli.problem.folder": {"sv": "en mapp", "en": "a folder"},
    "cli.problem.not_a_file": {"sv": "ingen vanlig fil", "en": "not a regular file"},
    "cli.problem.too_large": {"sv": "för stor", "en": "too large"},
    "cli.problem.unreadable": {"sv": "går inte att läsa", "en": "unreadable"},
    "cli.no_folder": {
        "sv": "Den aktuella mappen finns inte längre; byt mapp eller ange --workspace MAPP",
        "en": "The current folder no longer exists; change folder or give --workspace DIR",
    },
    "cli.empty_out": {
        "sv": "--out: ange en mapp (utan --out hamnar filerna i {folder})",
        "en": "--out: give a folder (without --out the files go to {folder})",
    },
}
