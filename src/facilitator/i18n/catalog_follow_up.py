"""The follow-up of the earlier meeting's commitments, on the screen and in present mode."""

STRINGS: dict[str, dict[str, str]] = {
    "follow_up.number": {"sv": "Nr {number}", "en": "No. {number}"},
    "follow_up.outcome": {"sv": "Utfall", "en": "Outcome"},
    "follow_up.outcome_words": {"sv": "Utfall: {outcome}", "en": "Outcome: {outcome}"},
    "follow_up.no_outcome": {"sv": "Inget utfall än", "en": "No outcome yet"},
    "follow_up.new_due": {"sv": "Nytt datum", "en": "New date"},
    "follow_up.new_due_words": {"sv": "Nytt datum {date}", "en": "New date {date}"},
    "follow_up.comment": {"sv": "Kommentar", "en": "Comment"},
    "follow_up.comment_placeholder": {
        "sv": "Vad har hänt, vad står i vägen?",
        "en": "What has happened, what is in the way?",
    },
    "follow_up.replaced_by": {"sv": "Ersatt av nr", "en": "Replaced by no."},
    "follow_up.replaced_words": {"sv": "Ersatt av nr {number}", "en": "Replaced by no. {number}"},
    "follow_up.replace": {"sv": "Nytt åtagande i stället", "en": "New commitment instead"},
    "follow_up.none": {
        "sv": "Förra mötet lämnade inga öppna åtaganden att följa upp.",
        "en": "The last meeting left no open commitments to follow up.",
    },
    "follow_up.no_such_commitment": {
        "sv": "Det finns inget åtagande nr {number} i detta möte",
        "en": "This meeting has no commitment no. {number}",
    },
    "follow_up.replaces_itself": {
        "sv": "Ett åtagande kan inte ersätta sig självt",
        "en": "A commitment cannot replace itself",
    },
    "follow_up.present_position": {
        "sv": "Uppföljning {number} av {total}",
        "en": "Follow-up {number} of {total}",
    },
}
