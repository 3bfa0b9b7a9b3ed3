"""A follow-up's words for last time's answers beside this time's, for "as last time", and
for starting a follow-up from the start screen or the wrap-up."""

STRINGS: dict[str, dict[str, str]] = {
    "last_time.when": {"sv": "Förra gången", "en": "Last time"},
    "last_time.when_dated": {"sv": "Förra gången, {date}", "en": "Last time, {date}"},
    "last_time.no_answer": {"sv": "inget svar", "en": "no answer"},
    "last_time.not_assessed": {"sv": "ingen bedömning", "en": "not assessed"},
    "last_time.no_value": {"sv": "inget värde", "en": "no value"},
    "last_time.unchanged": {"sv": "oförändrat", "en": "unchanged"},
    "last_time.refused.no_item": {
        "sv": "Ställ markören i en fråga, en punkt eller ett nyckeltal för att ta svaret från "
        "förra gången.",
        "en": "Put the cursor in a question, an item or a key figure to take last time's answer.",
    },
    "last_time.refused.new_item": {
        "sv": "Inget att ta från förra gången: det här är nytt sedan dess.",
        "en": "Nothing to take from last time: this is new since then.",
    },
    "last_time.refused.not_answered": {
        "sv": "Inget att ta från förra gången: det besvarades inte då.",
        "en": "Nothing to take from last time: it was not answered then.",
    },
    "last_time.refused.option_gone": {
        "sv": "Förra gångens svar finns inte längre bland valen. Välj ett av dem.",
        "en": "Last time's answer is no longer one of the choices. Choose one of them.",
    },
    "last_time.refused.has_answer": {
        "sv": "Här finns redan ett annat svar den här gången. Ta bort det med Delete först om "
        "förra gångens ska gälla.",
        "en": "There is already another answer this time. Clear it with Delete first to take "
        "last time's.",
    },
    "last_time.refused.has_value": {
        "sv": "Nyckeltalet har redan ett värde. Töm fältet först om förra gångens ska gälla.",
        "en": "The key figure already has a value. Clear the field first to take last time's.",
    },
    "last_time.refused.already": {
        "sv": "Det är redan som förra gången.",
        "en": "It is already as last time.",
    },
    "last_time.refused.not_follow_up": {
        "sv": "Den här sessionen följer inte upp någon tidigare.",
        "en": "This session does not follow up an earlier one.",
    },
    "cmd.as_last_time": {"sv": "Som förra gången", "en": "As last time"},
    "cmd.as_last_time.short": {"sv": "Som förra gången", "en": "As last time"},
    "cmd.as_last_time.help": {
        "sv": "Ta förra mötets svar på frågan, punkten eller nyckeltalet där markören står",
        "en": "Take the earlier meeting's answer to the question, item or key figure the "
        "cursor is in",
    },
    "start.series_place": {"sv": "↳ möte {number}: {title}", "en": "↳ meeting {number}: {title}"},
    "start.follow_up": {"sv": "Följ upp en avslutad session", "en": "Follow up a finished session"},
    "wrapup.follow_up_session": {"sv": "Följ upp", "en": "Follow up"},
    "follow_up.cannot": {
        "sv": "Kan inte följa upp: {error}",
        "en": "Cannot follow up: {error}",
    },
}
