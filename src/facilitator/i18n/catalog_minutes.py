"""Words of the minutes (Markdown, HTML, CSV and calendar).

Fields hold text that is already escaped for where it goes, so these templates may carry
Markdown of their own (`**…**`, `*…*`) but never put a field inside emphasis: a field that
starts or ends with punctuation could keep the emphasis from closing.
"""

STRINGS: dict[str, dict[str, str]] = {
    # -- title block ---------------------------------------------------------------------
    "minutes.heading": {"sv": "Protokoll – {title}", "en": "Minutes – {title}"},
    "minutes.workshop": {"sv": "Workshop", "en": "Workshop"},
    "minutes.organisation": {"sv": "Organisation", "en": "Organisation"},
    "minutes.date": {"sv": "Datum", "en": "Date"},
    "minutes.place": {"sv": "Plats", "en": "Place"},
    "minutes.time": {"sv": "Tid", "en": "Time"},
    "minutes.hours": {"sv": "kl. {start}–{end}", "en": "{start}–{end}"},
    "minutes.hours_from": {"sv": "från kl. {time}", "en": "from {time}"},
    "minutes.hours_to": {"sv": "till kl. {time}", "en": "until {time}"},
    "minutes.invalid_time": {"sv": "{value} (ogiltig tid)", "en": "{value} (invalid time)"},
    "minutes.time_spent": {"sv": "Tidsåtgång", "en": "Time spent"},
    "minutes.duration": {"sv": "{minutes} min", "en": "{minutes} min"},
    "minutes.finished": {"sv": "Avslutad", "en": "Finished"},
    "minutes.draft": {
        "sv": "Utkast: sessionen är inte avslutad.",
        "en": "Draft: the session has not been finished.",
    },
    "minutes.revised": {
        "sv": "Reviderat protokoll (version {version}): sessionen öppnades igen {time}.",
        "en": "Revised minutes (version {version}): the session was reopened {time}.",
    },
    "minutes.draft_mark": {"sv": "UTKAST", "en": "DRAFT"},
    "minutes.running": {"sv": "Protokoll", "en": "Minutes"},
    "minutes.page": {"sv": "Sida", "en": "Page"},
    "minutes.initials": {"sv": "Justerandes signatur", "en": "Initials of the checker"},
    "minutes.not_given": {"sv": "Ej angivet", "en": "Not given"},
    "minutes.none": {"sv": "–", "en": "–"},
    # -- attendance ----------------------------------------------------------------------
    "minutes.attendance": {"sv": "Närvaro", "en": "Attendance"},
    "minutes.attendance.present": {"sv": "Närvarande", "en": "Present"},
    "minutes.attendance.excused": {"sv": "Anmält förhinder", "en": "Apologies"},
    "minutes.attendance.absent": {"sv": "Frånvarande", "en": "Absent"},
    "minutes.others_present": {"sv": "Övriga närvarande", "en": "Also present"},
    "minutes.no_attendance": {
        "sv": "Ingen närvaro antecknad.",
        "en": "No attendance recorded.",
    },
    "minutes.name_role": {"sv": "{name}, {role}", "en": "{name}, {role}"},
    # -- summary -------------------------------------------------------------------------
    "minutes.summary": {"sv": "Sammanfattning", "en": "Summary"},
    "minutes.summary.decisions": {"sv": "Beslut", "en": "Decisions"},
    "minutes.summary.no_decisions": {
        "sv": "Inga frågor besvarades.",
        "en": "No question was answered.",
    },
    "minutes.summary.answer": {"sv": "{answer} ({agreement})", "en": "{answer} ({agreement})"},
    "minutes.summary.item": {"sv": "{where} {text} – {value}", "en": "{where} {text} – {value}"},
    "minutes.summary.commitments": {"sv": "Åtaganden", "en": "Commitments"},
    "minutes.summary.commitment": {
        "sv": "§\u00a0{section} nr {number}: {what}",
        "en": "No. {number} (section {section}): {what}",
    },
    "minutes.where": {"sv": "§\u00a0{number}", "en": "{number}"},
    "minutes.summary.open": {"sv": "Öppna frågor", "en": "Still open"},
    # -- sections ------------------------------------------------------------------------
    "minutes.section": {"sv": "§ {number} {title}", "en": "{number}. {title}"},
    "minutes.section_time": {
        "sv": "Tidsåtgång: {spent} min (tidsram {box} min)",
        "en": "Time spent: {spent} min (time box {box} min)",
    },
    "minutes.not_dealt_with": {
        "sv": "Avsnittet behandlades inte.",
        "en": "This section was not dealt with.",
    },
    "minutes.notes": {"sv": "Anteckningar", "en": "Notes"},
    # -- key figures ---------------------------------------------------------------------
    "minutes.col.figure": {"sv": "Nyckeltal", "en": "Key figure"},
    "minutes.col.value": {"sv": "Värde", "en": "Value"},
    "minutes.col.source": {"sv": "Källa", "en": "Source"},
    "minutes.figure_missing": {"sv": "Ej ifyllt", "en": "Not filled in"},
    "minutes.figure_invalid": {
        "sv": "Ogiltigt värde: {value} ({problem})",
        "en": "Invalid value: {value} ({problem})",
    },
    # -- questions -----------------------------------------------------------------------
    "minutes.question": {"sv": "{section}.{number} {text}", "en": "{section}.{number} {text}"},
    "minutes.answer": {"sv": "Svar", "en": "Answer"},
    "minutes.agreement": {"sv": "Samsyn", "en": "Agreement"},
    "minutes.agreement_missing": {"sv": "Ej angiven", "en": "Not stated"},
    "minutes.motivation": {"sv": "Motivering", "en": "Rationale"},
    "minutes.reservation": {"sv": "Reservation", "en": "Dissent"},
    # the devices' anonymous answers (facilitator share), beside the group's own answer
    "minutes.poll": {"sv": "Enkät", "en": "Poll"},
    "minutes.poll_counts": {
        "sv": "{counts} ({total} svar)",
        "en": "{counts} ({total} {total:answer|answers})",
    },
    # -- success factors and examples ----------------------------------------------------
    "minutes.assessment": {"sv": "Bedömning", "en": "Assessment"},
    "minutes.note": {"sv": "Kommentar", "en": "Note"},
    "minutes.reflection": {"sv": "Reflektion", "en": "Reflection"},
    "minutes.no_reflection": {
        "sv": "Ingen reflektion antecknad.",
        "en": "No reflection recorded.",
    },
    # -- commitments ---------------------------------------------------------------------
    "minutes.commitments": {"sv": "Åtaganden", "en": "Commitments"},
    "minutes.no_commitments": {
        "sv": "Inga åtaganden antecknade.",
        "en": "No commitments recorded.",
    },
    "minutes.col.number": {"sv": "Nr", "en": "No."},
    "minutes.col.what": {"sv": "Åtagande", "en": "Commitment"},
    "minutes.col.who": {"sv": "Ansvarig", "en": "Responsible"},
    "minutes.col.due": {"sv": "Klart senast", "en": "Due"},
    "minutes.col.status": {"sv": "Status", "en": "Status"},
    "minutes.col.link": {"sv": "Kopplat till", "en": "Linked to"},
    "minutes.invalid_date": {"sv": "{value} (ogiltigt datum)", "en": "{value} (invalid date)"},
    # -- a follow-up: the earlier commitments and what changed since ----------------------
    "minutes.follow_up.earlier": {"sv": "Förra mötet", "en": "Last meeting"},
    "minutes.follow_up.none": {
        "sv": "Förra mötet lämnade inga öppna åtaganden att följa upp.",
        "en": "The last meeting left no open commitments to follow up.",
    },
    "minutes.follow_up.left.one": {
        "sv": "Åtagande nr {numbers} följdes inte upp.",
        "en": "Commitment no. {numbers} was not followed up.",
    },
    "minutes.follow_up.left.many": {
        "sv": "{count} åtaganden följdes inte upp: nr {numbers}.",
        "en": "{count} commitments were not followed up: nos. {numbers}.",
    },
    "minutes.col.outcome": {"sv": "Utfall", "en": "Outcome"},
    "minutes.col.new_due": {"sv": "Nytt datum", "en": "New due date"},
    "minutes.col.comment": {"sv": "Kommentar", "en": "Comment"},
    "minutes.outcome.unset": {"sv": "Ej uppföljt", "en": "Not followed up"},
    "minutes.outcome.replaced_by": {
        "sv": "Ersatt av nr {number}",
        "en": "Replaced by no. {number}",
    },
    "minutes.changes": {
        "sv": "Förändringar sedan förra mötet",
        "en": "Changes since the last meeting",
    },
    "minutes.changes.none": {
        "sv": "Inga svar eller bedömningar har ändrats sedan förra mötet.",
        "en": "No answer or assessment has changed since the last meeting.",
    },
    "minutes.changes.gone": {
        "sv": "Finns inte längre i workshoppen",
        "en": "No longer in the workshop",
    },
    "minutes.changes.new": {"sv": "Fanns inte då", "en": "Not there then"},
    "minutes.col.answered": {"sv": "Fråga eller punkt", "en": "Question or item"},
    "minutes.col.then": {"sv": "Förra mötet", "en": "Last meeting"},
    "minutes.col.now": {"sv": "Detta möte", "en": "This meeting"},
    "minutes.col.change": {"sv": "Förändring", "en": "Change"},
    "minutes.change.same": {"sv": "Oförändrat", "en": "No change"},
    "minutes.change.points": {
        "sv": "{sign}{value} procentenheter",
        "en": "{sign}{value} percentage points",
    },
    "minutes.change.places": {
        "sv": "{sign}{value} {n:placering|placeringar}",
        "en": "{sign}{value} {n:place|places}",
    },
    "minutes.chart.label": {
        "sv": "{figure}, utveckling: {values}",
        "en": "{figure}, trend: {values}",
    },
    "minutes.chart.missing": {"sv": "saknas", "en": "missing"},
    # -- wrap-up -------------------------------------------------------------------------
    "minutes.wrapup": {"sv": "Avslut", "en": "Wrap-up"},
    "minutes.still_open": {"sv": "Öppna frågor", "en": "Still open"},
    "minutes.nothing_open": {"sv": "Inget står öppet.", "en": "Nothing is left open."},
    "minutes.open_matter": {"sv": "{text} – {reason}", "en": "{text} – {reason}"},
    "minutes.open_commitments": {"sv": "Öppna åtaganden", "en": "Open commitments"},
    "minutes.no_open_commitments": {
        "sv": "Inga öppna åtaganden.",
        "en": "No open commitments.",
    },
    "minutes.open_commitment": {"sv": "Nr {number}: {what}", "en": "No. {number}: {what}"},
    "minutes.follow_up_heading": {"sv": "Uppföljning", "en": "Follow-up"},
    "minutes.follow_up": {"sv": "Uppföljning", "en": "Follow-up date"},
    "minutes.no_follow_up": {"sv": "Inget datum bestämt", "en": "No date set"},
    "minutes.next_step": {"sv": "Nästa steg", "en": "Next step"},
    # -- signatures ----------------------------------------------------------------------
    "minutes.signatures": {"sv": "Underskrifter", "en": "Signatures"},
    "minutes.recorded_by": {"sv": "Vid protokollet", "en": "Recorded by"},
    "minutes.approved_by": {"sv": "Justeras", "en": "Approved"},
    "minutes.paragraph": {"sv": "Paragraf {number}", "en": "Section {number}"},
    "minutes.paragraphs": {"sv": "Paragrafer {first}–{last}", "en": "Sections {first}–{last}"},
    "minutes.signed_where": {
        "sv": "Ort och datum för justering",
        "en": "Place and date of approval",
    },
    # -- files, CSV and calendar ---------------------------------------------------------
    "minutes.file_stem": {"sv": "protokoll", "en": "minutes"},
    "minutes.csv.meeting_date": {"sv": "Mötesdatum", "en": "Meeting date"},
    "minutes.csv.section": {"sv": "§", "en": "Section"},
    "minutes.csv.number": {"sv": "Nr", "en": "No."},
    "minutes.csv.what": {"sv": "Åtagande", "en": "Commitment"},
    "minutes.csv.who": {"sv": "Ansvarig", "en": "Responsible"},
    "minutes.csv.due": {"sv": "Klart senast", "en": "Due"},
    "minutes.csv.status": {"sv": "Status", "en": "Status"},
    "minutes.csv.link": {"sv": "Kopplat till", "en": "Linked to"},
    "minutes.csv.outcome": {"sv": "Utfall", "en": "Outcome"},
    "minutes.csv.link_text": {"sv": "Fråga eller punkt", "en": "Question or item"},
    "minutes.csv.meeting": {"sv": "Möte", "en": "Meeting"},
    "minutes.ics.untitled": {"sv": "Åtagande {number}", "en": "Commitment {number}"},
    "minutes.ics.who": {"sv": "Ansvarig: {who}", "en": "Responsible: {who}"},
    "minutes.ics.status": {"sv": "Status: {status}", "en": "Status: {status}"},
    "minutes.ics.link": {"sv": "Kopplat till: {link}", "en": "Linked to: {link}"},
    "minutes.ics.from": {"sv": "Från: {meeting}", "en": "From: {meeting}"},
    "minutes.ics.follow_up": {"sv": "Uppföljning: {title}", "en": "Follow-up: {title}"},
    "minutes.ics.follow_up_of": {
        "sv": "Uppföljning av {meeting}",
        "en": "Follow-up of {meeting}",
    },
    "minutes.ics.next_step": {"sv": "Nästa steg: {step}", "en": "Next step: {step}"},
    "minutes.ics.calendar": {"sv": "Åtaganden – {title}", "en": "Commitments – {title}"},
    "minutes.no_calendar": {
        "sv": "Varken ett åtagande eller uppföljningen har ett giltigt datum;"
        " ingen kalenderfil skrevs.",
        "en": "Neither a commitment nor the follow-up has a valid date;"
        " no calendar file was written.",
    },
    "minutes.left_out.one": {
        "sv": "1 åtagande utan giltigt datum kom inte med i kalenderfilen: nr {numbers}.",
        "en": "1 commitment without a valid due date was left out of the calendar file: "
        "no. {numbers}.",
    },
    "minutes.left_out.many": {
        "sv": "{count} åtaganden utan giltigt datum kom inte med i kalenderfilen: nr {numbers}.",
        "en": "{count} commitments without a valid due date were left out of the calendar "
        "file: nos. {numbers}.",
    },
    "minutes.unknown_format": {
        "sv": "okänt format {format!r}; välj bland {choices}",
        "en": "unknown format {format!r}; choose from {choices}",
    },
}
