"""Words of a series' trend: `facilitator trend`, and the trend on the wrap-up screen."""

STRINGS: dict[str, dict[str, str]] = {
    "trend.title": {
        "sv": "Utveckling över serien: {title}",
        "en": "Trend across the series: {title}",
    },
    "trend.series": {"sv": "Serie: {id}", "en": "Series: {id}"},
    "trend.meeting": {"sv": "Möte", "en": "Meeting"},
    "trend.date": {"sv": "Datum", "en": "Date"},
    "trend.meeting_title": {"sv": "Rubrik", "en": "Title"},
    "trend.file": {"sv": "Fil", "en": "File"},
    "trend.copied": {"sv": "(kopia)", "en": "(copy)"},
    "trend.copied_note": {
        "sv": "Möte {label} visas från den kopia av svaren som nästa möte sparade.",
        "en": "Meeting {label} is shown from the copy of its answers the next meeting kept.",
    },
    "trend.kind.question": {"sv": "Frågor", "en": "Questions"},
    "trend.kind.item": {"sv": "Bedömningar", "en": "Assessments"},
    "trend.kind.figure": {"sv": "Nyckeltal", "en": "Key figures"},
    "trend.kind.commitment": {"sv": "Åtaganden", "en": "Commitments"},
    "trend.col.question": {"sv": "Fråga", "en": "Question"},
    "trend.col.item": {"sv": "Punkt", "en": "Item"},
    "trend.col.figure": {"sv": "Nyckeltal", "en": "Key figure"},
    "trend.col.commitment": {"sv": "Nr · Åtagande", "en": "No. · Commitment"},
    "trend.gone": {"sv": "(borta)", "en": "(gone)"},
    "trend.unanswered": {"sv": "–", "en": "–"},
    "trend.agreement": {"sv": "{text} (samsyn)", "en": "{text} (agreement)"},
    "trend.csv.series": {"sv": "serie", "en": "series"},
    "trend.csv.session": {"sv": "möte", "en": "session"},
    "trend.csv.date": {"sv": "datum", "en": "date"},
    "trend.csv.id": {"sv": "id", "en": "item id"},
    "trend.csv.text": {"sv": "text", "en": "item text"},
    "trend.csv.value": {"sv": "värde", "en": "value"},
    "trend.none": {
        "sv": "Serien har inga frågor, bedömningar, nyckeltal eller åtaganden att visa.",
        "en": "The series has no questions, assessments, key figures or commitments to show.",
    },
    "trend.loading": {
        "sv": "Läser tidigare möten i serien …",
        "en": "Reading the series' earlier meetings …",
    },
    "trend.heading": {
        "sv": "Utveckling sedan tidigare möten",
        "en": "Trend since earlier meetings",
    },
    "series.missing": {
        "sv": "{file}: filen finns inte",
        "en": "{file}: no such file",
    },
    "series.damaged": {
        "sv": "{file}: kunde inte läsas ({detail})",
        "en": "{file}: could not be read ({detail})",
    },
    "series.outside": {
        "sv": "{file}: följer {detail}, som ligger utanför arbetsmappen och inte lästes",
        "en": "{file}: follows {detail}, which is outside the workspace and was not read",
    },
    "series.itself": {
        "sv": "{file}: säger att den följer sig själv; länken används inte",
        "en": "{file}: says it follows itself; the link is not used",
    },
    "series.loop": {
        "sv": "{file}: följer {detail}, som redan är läst (filerna pekar på varandra i en ring)",
        "en": "{file}: follows {detail}, which was already read "
        "(the files point at each other in a loop)",
    },
    "series.not_that_session": {
        "sv": "{file}: följer {detail}, men den filen är ett annat möte",
        "en": "{file}: follows {detail}, but that file is another meeting",
    },
    "series.other_workshop": {
        "sv": "{file}: är ett möte i en annan workshop ({detail}); den är inte med",
        "en": "{file}: is a meeting of another workshop ({detail}); left out",
    },
    "series.duplicate": {
        "sv": "{file}: samma möte som {detail}; bara en av dem är med",
        "en": "{file}: the same meeting as {detail}; only one of them is shown",
    },
}
