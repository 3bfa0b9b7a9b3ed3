"""Names of the fixed things every workshop shares: roles, agreement, status, problems."""

STRINGS: dict[str, dict[str, str]] = {
    "role.chair": {"sv": "Ordförande", "en": "Chair"},
    "role.secretary": {"sv": "Sekreterare", "en": "Secretary"},
    "role.adjuster": {"sv": "Justerare", "en": "Minutes checker"},
    "role.participant": {"sv": "Deltagare", "en": "Participant"},
    "attendance.present": {"sv": "Närvarande", "en": "Present"},
    "attendance.excused": {"sv": "Anmält förhinder", "en": "Sent apologies"},
    "attendance.absent": {"sv": "Frånvarande", "en": "Absent"},
    "agreement.consensus": {"sv": "Enighet", "en": "Consensus"},
    "agreement.majority": {"sv": "Majoritet", "en": "Majority"},
    "agreement.none": {"sv": "Ingen samsyn", "en": "No agreement"},
    "status.open": {"sv": "Öppen", "en": "Open"},
    "outcome.done": {"sv": "Klar", "en": "Done"},
    "outcome.ongoing": {"sv": "Pågår", "en": "In progress"},
    "outcome.not-started": {"sv": "Ej påbörjad", "en": "Not started"},
    "outcome.dropped": {"sv": "Struken", "en": "Dropped"},
    "outcome.replaced": {"sv": "Ersatt", "en": "Replaced"},
    "outcome.unset": {"sv": "Ej följd upp", "en": "Not followed up"},
    "follow_up.section_title": {"sv": "Uppföljning av åtaganden", "en": "Follow-up of commitments"},
    "follow_up.section_text": {
        "sv": "Vad blev det av åtagandena från förra mötet ({date})? Ange för vart och ett om "
        "det är klart, pågår, inte är påbörjat, stryks eller ersätts av ett nytt åtagande. De "
        "som inte är klara följer med till detta mötes åtaganden.",
        "en": "What became of the commitments from the last meeting ({date})? For each, say "
        "whether it is done, in progress, not started, dropped or replaced by a new one. "
        "Those not done carry on into this meeting's commitments.",
    },
    "follow_up.title": {
        "sv": "{title} – uppföljning {number}",
        "en": "{title} – follow-up {number}",
    },
    "status.done": {"sv": "Klar", "en": "Done"},
    "status.dropped": {"sv": "Struken", "en": "Dropped"},
    "state.not_started": {"sv": "Ej påbörjat", "en": "Not started"},
    "state.in_progress": {"sv": "Pågår", "en": "In progress"},
    "state.done": {"sv": "Klart", "en": "Done"},
    "problem.not_a_number": {"sv": "Inte ett tal", "en": "Not a number"},
    "problem.not_an_integer": {"sv": "Ange ett heltal", "en": "Enter a whole number"},
    "problem.below_minimum": {"sv": "Minst {minimum}", "en": "At least {minimum}"},
    "problem.above_maximum": {"sv": "Högst {maximum}", "en": "At most {maximum}"},
    "problem.not_a_date": {
        "sv": "Skriv datumet som ÅÅÅÅ-MM-DD",
        "en": "Write the date as YYYY-MM-DD",
    },
    "problem.not_a_time": {
        "sv": "Skriv tiden som TT.MM, till exempel 13.00",
        "en": "Write the time as HH:MM, for example 13:00",
    },
    "problem.in_the_past": {"sv": "Datumet har redan passerat", "en": "The date has passed"},
    "reason.no_figure": {"sv": "Nyckeltal saknas", "en": "Key figure missing"},
    "reason.unanswered": {"sv": "Obesvarad", "en": "Unanswered"},
    "reason.open_answer": {"sv": "Svar: {detail}", "en": "Answer: {detail}"},
    "reason.invalid_figure": {"sv": "Ogiltigt värde: {detail}", "en": "Invalid value: {detail}"},
    "reason.no_agreement": {"sv": "Ingen samsyn", "en": "No agreement"},
    "reason.agreement_not_recorded": {
        "sv": "Samsyn ej angiven",
        "en": "Agreement not recorded",
    },
    "reason.not_assessed": {"sv": "Ej bedömd", "en": "Not assessed"},
    "reason.open_assessment": {"sv": "Bedömning: {detail}", "en": "Assessment: {detail}"},
    "reason.not_followed_up": {
        "sv": "Åtagande nr {detail}, ej uppföljt",
        "en": "Commitment no. {detail}, not followed up",
    },
}
