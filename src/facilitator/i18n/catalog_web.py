"""Words of the live page that participants open on their own devices, and of `facilitator
share` on the command line."""

STRINGS: dict[str, dict[str, str]] = {
    "web.position": {"sv": "Avsnitt {number} av {total}", "en": "Section {number} of {total}"},
    "web.now": {"sv": "Just nu", "en": "Now"},
    "web.finished": {"sv": "Mötet är avslutat.", "en": "The meeting has finished."},
    "web.live": {
        "sv": "Sidan uppdateras automatiskt.",
        "en": "This page keeps itself up to date.",
    },
    "web.reload": {
        "sv": "Ladda om sidan för att se det senaste.",
        "en": "Reload the page to see the latest.",
    },
    "web.stale": {
        "sv": "Sessionsfilen kan inte läsas just nu. Sidan visar den senast inlästa versionen.",
        "en": "The session file cannot be read just now. This is the last version read.",
    },
    "web.figures": {"sv": "Nyckeltal", "en": "Key figures"},
    "web.figure_missing": {"sv": "inte ifyllt än", "en": "not filled in yet"},
    "web.answers": {"sv": "Svar hittills", "en": "Answers so far"},
    "web.no_answers": {"sv": "Ingen fråga är besvarad än.", "en": "No question answered yet."},
    "web.commitments": {"sv": "Åtaganden", "en": "Commitments"},
    "web.no_commitments": {"sv": "Inga åtaganden än.", "en": "No commitments yet."},
    "web.commitment_who": {"sv": "Ansvarig: {who}", "en": "Responsible: {who}"},
    "web.commitment_due": {"sv": "Klart senast {due}", "en": "Due {due}"},
    "web.notes": {"sv": "Anteckningar", "en": "Notes"},
    "web.assessment": {"sv": "Bedömning: {assessment}", "en": "Assessment: {assessment}"},
    "web.not_assessed": {"sv": "Inte bedömd än", "en": "Not assessed yet"},
    "web.reflection": {"sv": "Reflektion", "en": "Reflection"},
    "web.poll.title": {"sv": "Svara anonymt", "en": "Answer anonymously"},
    "web.poll.hint": {
        "sv": "Ingen ser vad just du svarar. Du kan ändra ditt svar tills frågan stängs.",
        "en": "Nobody sees what you answer. You can change your answer until the question "
        "is closed.",
    },
    "web.poll.count": {
        "sv": "{count} {count:svar|svar} hittills",
        "en": "{count} {count:answer|answers} so far",
    },
    "web.poll.yours": {
        "sv": "Ditt sparade svar: {choice}",
        "en": "Your saved answer: {choice}",
    },
    "web.poll.none_yet": {"sv": "Du har inte svarat än.", "en": "You have not answered yet."},
    "web.poll.closed": {
        "sv": "Frågan är stängd. Enkät: {counts} ({count} svar)",
        "en": "The question is closed. Poll: {counts} ({count} {count:answer|answers})",
    },
    "web.poll.saved": {"sv": "Ditt svar är sparat.", "en": "Your answer is saved."},
    "web.poll.not_open": {
        "sv": "Frågan är inte längre öppen för svar.",
        "en": "The question is no longer open for answers.",
    },
    "web.poll.not_a_choice": {
        "sv": "Välj ett av svarsalternativen.",
        "en": "Choose one of the answers.",
    },
    "web.poll.too_fast": {
        "sv": "För många svar på kort tid. Vänta några sekunder och försök igen.",
        "en": "Too many answers in a short time. Wait a few seconds and try again.",
    },
    "web.poll.not_saved": {
        "sv": "Svaret kunde inte sparas. Försök igen.",
        "en": "The answer could not be saved. Try again.",
    },
    # facilitator share, on the command line
    "share.address": {"sv": "Mötet visas på {url}", "en": "The meeting is shown at {url}"},
    "share.loopback": {
        "sv": "Bara den här datorn når adressen (lägg till --host för att dela i nätverket).",
        "en": "Only this computer can reach the address (add --host to share on the network).",
    },
    "share.loopback_screen": {
        "sv": "Bara den här datorn når adressen (h delar i nätverket).",
        "en": "Only this computer can reach the address (h shares it on the network).",
    },
    "share.reachable": {
        "sv": "Adressen kan nås från andra datorer i nätverket. Dela den bara med mötets "
        "deltagare.",
        "en": "The address can be reached from other computers on the network. Give it only "
        "to the meeting's participants.",
    },
    "share.stop": {"sv": "Ctrl+C avslutar delningen.", "en": "Ctrl+C stops sharing."},
    "share.bad_port": {
        "sv": "kan inte lyssna på {host}:{port}: {reason}",
        "en": "cannot listen on {host}:{port}: {reason}",
    },
    "share.bad_public_url": {
        "sv": "--public-url måste börja med http:// eller https://: {url}",
        "en": "--public-url must start with http:// or https://: {url}",
    },
    # the share dialog on the session screen (Ctrl+L)
    "cmd.share": {"sv": "Dela mötet", "en": "Share the meeting"},
    "cmd.share.short": {"sv": "Dela", "en": "Share"},
    "cmd.share.help": {
        "sv": "Visa mötet på deltagarnas egna enheter och låt dem svara anonymt",
        "en": "Show the meeting on the participants' own devices and let them answer anonymously",
    },
    "share.title": {
        "sv": "Dela mötet på deltagarnas enheter",
        "en": "Share the meeting on the participants' devices",
    },
    "share.starting": {"sv": "Startar …", "en": "Starting …"},
    "share.failed": {
        "sv": "Delningen kunde inte startas: {reason}",
        "en": "Sharing could not start: {reason}",
    },
    "share.notes_on": {
        "sv": "Anteckningarna visas på sidan.",
        "en": "The notes are shown on the page.",
    },
    "share.notes_off": {
        "sv": "Anteckningarna visas inte på sidan.",
        "en": "The notes are not shown on the page.",
    },
    "share.no_questions": {
        "sv": "Det här avsnittet har inga frågor att ställa till deltagarna.",
        "en": "This section has no questions to put to the participants.",
    },
    "share.open": {"sv": "Öppen för svar:", "en": "Open for answers:"},
    "share.closed": {"sv": "Stängd:", "en": "Closed:"},
    "share.tally": {
        "sv": "{counts} ({total} svar)",
        "en": "{counts} ({total} {total:answer|answers})",
    },
    "share.keys": {
        "sv": "Enter öppnar frågan för svar (Enter igen stänger och sparar resultatet) · "
        "n anteckningar på/av · h nätverket/bara den här datorn · s slutar dela · "
        "Esc stänger rutan (delningen fortsätter)",
        "en": "Enter opens the question for answers (Enter again closes it and keeps the "
        "result) · n notes on/off · h the network/this computer only · s stops sharing · "
        "Esc closes this (sharing goes on)",
    },
}
