"""Words of the screens."""

STRINGS: dict[str, dict[str, str]] = {
    # commands: full name (palette), short name (footer), help (palette)
    "cmd.next_section": {"sv": "Nästa avsnitt", "en": "Next section"},
    "cmd.next_section.short": {"sv": "Nästa", "en": "Next"},
    "cmd.next_section.help": {
        "sv": "Gå till nästa avsnitt i agendan",
        "en": "Go to the next section of the agenda",
    },
    "cmd.previous_section": {"sv": "Föregående avsnitt", "en": "Previous section"},
    "cmd.previous_section.short": {"sv": "Förra", "en": "Back"},
    "cmd.previous_section.help": {
        "sv": "Gå tillbaka till föregående avsnitt",
        "en": "Go back to the previous section",
    },
    "cmd.go_to_section": {"sv": "Agenda", "en": "Agenda"},
    "cmd.go_to_section.short": {"sv": "Agenda", "en": "Agenda"},
    "cmd.go_to_section.help": {
        "sv": "Visa alla avsnitt och välj vart du vill gå",
        "en": "Show every section and choose where to go",
    },
    "cmd.meeting_details": {"sv": "Mötesuppgifter", "en": "Meeting details"},
    "cmd.meeting_details.short": {"sv": "Möte", "en": "Meeting"},
    "cmd.meeting_details.help": {
        "sv": "Titel, organisation, datum, plats och deltagare",
        "en": "Title, organisation, date, place and participants",
    },
    "cmd.focus_notes": {"sv": "Diskussionsanteckningar", "en": "Discussion notes"},
    "cmd.focus_notes.short": {"sv": "Anteckna", "en": "Notes"},
    "cmd.focus_notes.help": {
        "sv": "Skriv i avsnittets diskussionsanteckningar",
        "en": "Write in this section's discussion notes",
    },
    "cmd.add_commitment": {"sv": "Nytt åtagande", "en": "Add commitment"},
    "cmd.add_commitment.short": {"sv": "Åtagande", "en": "To do"},
    "cmd.add_commitment.help": {
        "sv": "Skriv in vem som gör vad och när",
        "en": "Record who does what by when",
    },
    "cmd.toggle_timer": {"sv": "Starta/pausa tidtagning", "en": "Toggle timer"},
    "cmd.toggle_timer.short": {"sv": "Tid", "en": "Timer"},
    "cmd.toggle_timer.help": {
        "sv": "Starta eller pausa avsnittets tidsram",
        "en": "Start or pause this section's time box",
    },
    "cmd.reset_timer": {"sv": "Nollställ tidsramen", "en": "Reset timer"},
    "cmd.reset_timer.short": {"sv": "Nollställ", "en": "Reset"},
    "cmd.reset_timer.help": {
        "sv": "Börja om avsnittets tidsram (tiden som gått sparas)",
        "en": "Restart this section's time box (time spent is kept)",
    },
    "cmd.preview_minutes": {"sv": "Förhandsgranska protokollet", "en": "Preview minutes"},
    "cmd.preview_minutes.short": {"sv": "Protokoll", "en": "Minutes"},
    "cmd.preview_minutes.help": {
        "sv": "Visa protokollet som det ser ut just nu",
        "en": "Show the minutes as they stand now",
    },
    "cmd.export_minutes": {"sv": "Exportera protokollet", "en": "Export minutes"},
    "cmd.export_minutes.short": {"sv": "Exportera", "en": "Export"},
    "cmd.export_minutes.help": {
        "sv": "Skriv protokollet som Markdown, HTML, CSV och kalender i exports/",
        "en": "Write the minutes as Markdown, HTML, CSV and calendar into exports/",
    },
    "cmd.finish_session": {"sv": "Avsluta sessionen", "en": "Finish session"},
    "cmd.finish_session.short": {"sv": "Avsluta", "en": "Finish"},
    "cmd.finish_session.help": {
        "sv": "Markera sessionen som avslutad och skriv protokollet",
        "en": "Mark the session finished and write the minutes",
    },
    "cmd.go_to": {"sv": "Gå till avsnitt: {title}", "en": "Go to section: {title}"},
    "cmd.go_to.help": {"sv": "Visa avsnittet", "en": "Show this section"},
    "cmd.theme.projector-light": {"sv": "Tema: projektor, ljust", "en": "Theme: projector, light"},
    "cmd.theme.projector-dark": {"sv": "Tema: projektor, mörkt", "en": "Theme: projector, dark"},
    "cmd.theme.help": {
        "sv": "Hög kontrast, läsbart på en projektor",
        "en": "High contrast, readable on a projector",
    },
    "cmd.keys": {"sv": "Tangenter", "en": "Keys"},
    "cmd.keys.help": {
        "sv": "Visa tangenterna för det du står i",
        "en": "Show the keys for where you are",
    },
    "cmd.quit": {"sv": "Avsluta programmet", "en": "Quit"},
    "cmd.quit.help": {
        "sv": "Spara och stäng (sessionen kan återupptas)",
        "en": "Save and close (the session can be resumed)",
    },
    # where we are, saving
    "sections.position": {
        "sv": "Avsnitt {number} av {total}: {title} · {state}",
        "en": "Section {number} of {total}: {title} · {state}",
    },
    "status.saved": {"sv": "Sparat {time}", "en": "Saved {time}"},
    "status.not_saved_yet": {"sv": "Sparas när du skriver", "en": "Saved as you type"},
    "status.save_failed": {
        "sv": "⚠ KUNDE INTE SPARA: {error} – texten finns kvar",
        "en": "⚠ SAVE FAILED: {error} – your text is kept",
    },
    "status.moved": {
        "sv": "⚠ FILEN ÄNDRADES AV ETT ANNAT PROGRAM – du sparar nu i {name}",
        "en": "⚠ THE FILE WAS CHANGED BY ANOTHER PROGRAM – now saving to {name}",
    },
    # why a save failed, for the errors a person can do something about
    "errno.ENOSPC": {"sv": "disken är full", "en": "the disk is full"},
    "errno.EDQUOT": {"sv": "diskkvoten är slut", "en": "the disk quota is used up"},
    "errno.EACCES": {"sv": "behörighet saknas", "en": "permission denied"},
    "errno.EPERM": {"sv": "behörighet saknas", "en": "permission denied"},
    "errno.EROFS": {"sv": "disken är skrivskyddad", "en": "the disk is read-only"},
    "errno.EIO": {"sv": "fel vid skrivning till disken", "en": "a disk write error"},
    "errno.ENOENT": {"sv": "mappen finns inte längre", "en": "the folder is gone"},
    "status.read_only": {"sv": "SKRIVSKYDDAD", "en": "READ-ONLY"},
    "status.read_only_detail": {
        "sv": "Ändringar sparas inte",
        "en": "Changes are not saved",
    },
    # agenda and time box
    "agenda.title": {"sv": "Agenda", "en": "Agenda"},
    "agenda.legend": {
        "sv": "▶ nu      ✓ klart\n◐ pågår   ○ ej påbörjat",
        "en": "▶ now     ✓ done\n◐ in progress\n○ not started",
    },
    "picker.title": {"sv": "Gå till avsnitt", "en": "Go to section"},
    "timer.running": {"sv": "▶ Tiden går", "en": "▶ Running"},
    "timer.paused": {"sv": "‖ Pausad", "en": "‖ Paused"},
    "timer.over": {"sv": "⚠ ÖVER TIDEN", "en": "⚠ OVER TIME"},
    "timer.planned": {"sv": "Tidsram {minutes} min", "en": "Time box {minutes} min"},
    "timer.keys": {"sv": "Ctrl+T start/paus", "en": "Ctrl+T start/pause"},
    # sections
    "section.notes": {"sv": "Diskussionsanteckningar", "en": "Discussion notes"},
    "section.notes_placeholder": {
        "sv": "Det som sägs i diskussionen (F3 hoppar hit)",
        "en": "What is said in the discussion (F3 jumps here)",
    },
    "figures.title": {"sv": "Nyckeltal", "en": "Key figures"},
    "figures.source": {
        "sv": "Källa (var kommer siffran ifrån?)",
        "en": "Source (where does the figure come from?)",
    },
    "questions.number": {"sv": "Fråga {number} av {total}", "en": "Question {number} of {total}"},
    "questions.answer": {"sv": "Svar", "en": "Answer"},
    "questions.agreement": {"sv": "Samsyn", "en": "Agreement"},
    "questions.motivation": {"sv": "Motivering", "en": "Motivation"},
    "questions.motivation_placeholder": {
        "sv": "Varför svarar gruppen så?",
        "en": "Why does the group answer so?",
    },
    "questions.reservations": {"sv": "Reservationer", "en": "Reservations"},
    "questions.reservation_who": {"sv": "Vem reserverar sig?", "en": "Who dissents?"},
    "questions.reservation_why": {"sv": "Varför?", "en": "Why?"},
    "questions.add_reservation": {"sv": "+ Reservation", "en": "+ Reservation"},
    "questions.no_reservations": {"sv": "Inga reservationer.", "en": "No reservations."},
    "questions.edit_reservations": {
        "sv": "Reservationer ({count})…",
        "en": "Reservations ({count})…",
    },
    "reservations.title": {"sv": "Reservationer mot svaret", "en": "Reservations to the answer"},
    "questions.remove_reservation": {"sv": "Ta bort reservationen", "en": "Remove the reservation"},
    "assessment.assessment": {"sv": "Bedömning ", "en": "Assessment "},
    "assessment.note_placeholder": {"sv": "Anteckning", "en": "Note"},
    "examples.reflection": {
        "sv": "Reflektion – vad kan vi göra också?",
        "en": "Reflection – what could we do too?",
    },
    "examples.reflection_placeholder": {
        "sv": "Gruppens reflektion",
        "en": "The group's reflection",
    },
    "commitments.add": {"sv": "Nytt åtagande (F4)", "en": "Add commitment (F4)"},
    "commitments.edit": {"sv": "Ändra (Enter)", "en": "Edit (Enter)"},
    "commitments.remove": {"sv": "Ta bort (Delete)", "en": "Delete (Delete)"},
    "commitments.col.number": {"sv": "Nr", "en": "No."},
    "commitments.col.what": {"sv": "Vad", "en": "What"},
    "commitments.col.who": {"sv": "Vem", "en": "Who"},
    "commitments.col.due": {"sv": "Klart senast", "en": "Due"},
    "commitments.col.status": {"sv": "Status", "en": "Status"},
    "commitments.col.link": {"sv": "Kopplat till", "en": "Linked to"},
    "commitments.count": {
        "sv": "Åtaganden: {total}, varav {open} öppna",
        "en": "Commitments: {total}, {open} open",
    },
    "commitments.removed": {
        "sv": "Borttaget: ”{what}”. Ctrl+Z ångrar.",
        "en": "Deleted: “{what}”. Ctrl+Z undoes.",
    },
    "commitment.title": {"sv": "Åtagande {number}", "en": "Commitment {number}"},
    "commitment.what": {"sv": "Vad ska göras?", "en": "What will be done?"},
    "commitment.what.placeholder": {
        "sv": "Till exempel: ta fram en mötespolicy",
        "en": "For example: draft a meeting policy",
    },
    "commitment.who": {"sv": "Vem ansvarar?", "en": "Who is responsible?"},
    "commitment.who.placeholder": {
        "sv": "En deltagare eller annan person",
        "en": "A participant or anyone else",
    },
    "commitment.due": {"sv": "Klart senast (ÅÅÅÅ-MM-DD)", "en": "Due (YYYY-MM-DD)"},
    "commitment.status": {"sv": "Status", "en": "Status"},
    "commitment.link": {
        "sv": "Svarar mot (fråga, framgångsfaktor eller exempel)",
        "en": "Answers (question, success factor or example)",
    },
    "commitment.no_link": {"sv": "Inget särskilt", "en": "Nothing in particular"},
    "wrapup.summary": {"sv": "Sammanfattning", "en": "Summary"},
    "wrapup.figures": {
        "sv": "Nyckeltal: {done} av {total} ifyllda",
        "en": "Key figures: {done} of {total} filled in",
    },
    "wrapup.questions": {
        "sv": "Frågor: {done} av {total} besvarade, {consensus} med enighet",
        "en": "Questions: {done} of {total} answered, {consensus} by consensus",
    },
    "wrapup.items": {
        "sv": "Framgångsfaktorer: {done} av {total} bedömda",
        "en": "Success factors: {done} of {total} assessed",
    },
    "wrapup.examples": {
        "sv": "Exempel: {done} av {total} med reflektion",
        "en": "Examples: {done} of {total} reflected on",
    },
    "wrapup.commitments": {
        "sv": "Åtaganden: {total}, varav {open} öppna",
        "en": "Commitments: {total}, {open} open",
    },
    "wrapup.open": {"sv": "Fortfarande öppet ({count})", "en": "Still open ({count})"},
    "wrapup.nothing_open": {
        "sv": "Inget – allt är besvarat.",
        "en": "Nothing – everything is answered.",
    },
    "wrapup.open_commitments": {
        "sv": "Öppna åtaganden ({count})",
        "en": "Open commitments ({count})",
    },
    "wrapup.nobody": {"sv": "ingen ansvarig", "en": "nobody responsible"},
    "wrapup.no_due": {"sv": "inget datum", "en": "no date"},
    "wrapup.follow_up": {"sv": "Uppföljning den", "en": "Follow-up on"},
    "wrapup.date_placeholder": {"sv": "ÅÅÅÅ-MM-DD", "en": "YYYY-MM-DD"},
    "wrapup.next_step": {"sv": "Nästa steg i metoden", "en": "Next step of the method"},
    "wrapup.finish": {"sv": "Avsluta (F9)", "en": "Finish (F9)"},
    "wrapup.reopen": {"sv": "Öppna igen", "en": "Reopen"},
    "wrapup.preview": {"sv": "Förhandsgranska (F5)", "en": "Preview (F5)"},
    "wrapup.export": {"sv": "Exportera (F6)", "en": "Export (F6)"},
    "wrapup.finished_at": {
        "sv": "✓ Sessionen avslutades {time}.",
        "en": "✓ The session was finished at {time}.",
    },
    # dialogs
    "dialog.close": {"sv": "Klar (Esc)", "en": "Done (Esc)"},
    "dialog.cancel": {"sv": "Avbryt", "en": "Cancel"},
    "meeting.dialog_title": {"sv": "Mötesuppgifter", "en": "Meeting details"},
    "meeting.title": {"sv": "Mötets titel", "en": "Title of the meeting"},
    "meeting.title.placeholder": {
        "sv": "Till exempel: Ledningsgruppens workshop om digitala möten",
        "en": "For example: Management workshop on digital meetings",
    },
    "meeting.organisation": {"sv": "Organisation", "en": "Organisation"},
    "meeting.organisation.placeholder": {
        "sv": "Myndighet, lärosäte eller avdelning",
        "en": "Agency, university or department",
    },
    "meeting.date": {"sv": "Datum (ÅÅÅÅ-MM-DD)", "en": "Date (YYYY-MM-DD)"},
    "meeting.date.placeholder": {"sv": "ÅÅÅÅ-MM-DD", "en": "YYYY-MM-DD"},
    "meeting.place": {"sv": "Plats eller länk", "en": "Place or link"},
    "meeting.place.placeholder": {
        "sv": "Rum, adress eller möteslänk",
        "en": "Room, address or meeting link",
    },
    "meeting.start_time": {"sv": "Mötet började kl.", "en": "The meeting started at"},
    "meeting.end_time": {"sv": "Mötet slutade kl.", "en": "The meeting ended at"},
    "meeting.time.placeholder": {"sv": "{time} (sessionen)", "en": "{time} (session)"},
    "meeting.time.unknown": {"sv": "vid avslut", "en": "at finish"},
    "meeting.others": {"sv": "Övriga närvarande", "en": "Also present"},
    "meeting.others.placeholder": {
        "sv": "Gäster, t.ex. Karin Berg (§ 5)",
        "en": "Guests, e.g. Karin Berg (item 5)",
    },
    "meeting.participants": {"sv": "Deltagare och roller", "en": "Participants and roles"},
    "meeting.participant_name": {"sv": "Namn", "en": "Name"},
    "meeting.add_participant": {"sv": "+ Deltagare", "en": "+ Participant"},
    "meeting.remove_participant": {"sv": "Ta bort deltagaren", "en": "Remove the participant"},
    "preview.title": {
        "sv": "Protokollet just nu (Esc stänger)",
        "en": "The minutes as they stand (Esc closes)",
    },
    "finish.title": {"sv": "Avsluta sessionen?", "en": "Finish the session?"},
    "finish.text": {
        "sv": "Sessionen markeras som avslutad och protokollet skrivs till exports/. "
        "Den kan öppnas igen om något behöver ändras.",
        "en": "The session is marked finished and the minutes are written to exports/. "
        "It can be reopened if something needs changing.",
    },
    "finish.yes": {"sv": "Avsluta och exportera", "en": "Finish and export"},
    "export.done": {
        "sv": "Protokollet finns i {folder}: {files}",
        "en": "The minutes are in {folder}: {files}",
    },
    "export.failed": {"sv": "Kunde inte exportera: {error}", "en": "Could not export: {error}"},
    "in_use.title": {"sv": "Sessionen används redan", "en": "The session is in use"},
    "in_use.text": {
        "sv": "{path} är öppen i ett annat fönster ({who}) sedan {since}. Du kan titta på den "
        "skrivskyddad; ingenting du gör här sparas.",
        "en": "{path} is open in another window ({who}) since {since}. You can look at it "
        "read-only; nothing you do here is saved.",
    },
    "in_use.someone": {"sv": "ett annat program", "en": "another program"},
    "in_use.read_only": {"sv": "Öppna skrivskyddad", "en": "Open read-only"},
    "in_use.quit": {"sv": "Avsluta", "en": "Quit"},
    "start.title": {
        "sv": "facilitator – led en workshop och för protokollet",
        "en": "facilitator – run a workshop and keep its minutes",
    },
    "start.new": {"sv": "Ny session", "en": "New session"},
    "start.resume": {"sv": "Fortsätt en påbörjad session", "en": "Resume a session"},
    "start.session_details": {
        "sv": "{workshop} · {date} · {done} av {total} avsnitt klara · ändrad {changed}",
        "en": "{workshop} · {date} · {done} of {total} sections done · changed {changed}",
    },
    "start.workshop_details": {
        "sv": "{language} · {sections} avsnitt",
        "en": "{language} · {sections} sections",
    },
    "start.no_sessions": {
        "sv": "Inga påbörjade sessioner här.",
        "en": "No unfinished sessions here.",
    },
    "start.hint": {
        "sv": "Pilarna väljer, Enter startar, Tab byter lista, Ctrl+Q avslutar.",
        "en": "Arrows choose, Enter starts, Tab switches list, Ctrl+Q quits.",
    },
    "fatal.saved": {
        "sv": "ett oväntat fel stoppade programmet. Allt var sparat. Detaljer: {log}",
        "en": "an unexpected error stopped the program. Everything was saved. Details: {log}",
    },
    "fatal.not_saved": {
        "sv": "ett oväntat fel stoppade programmet och det senaste kunde inte "
        "sparas. Detaljer: {log}",
        "en": "an unexpected error stopped the program and the latest changes "
        "could not be saved. Details: {log}",
    },
    "launch.saved": {
        "sv": "Sparat i {path}. Fortsätt med: facilitator resume",
        "en": "Saved in {path}. Continue with: facilitator resume",
    },
    "launch.not_saved": {
        "sv": "KUNDE INTE SPARA de senaste ändringarna i {path}: {error}",
        "en": "COULD NOT SAVE the latest changes to {path}: {error}",
    },
    "quit.not_saved": {
        "sv": "⚠ Kunde inte spara: {error}. Texten finns kvar här. Ctrl+Q igen avslutar "
        "ändå, och då förloras det senaste.",
        "en": "⚠ Could not save: {error}. Your text is still here. Ctrl+Q again quits "
        "anyway, losing the latest changes.",
    },
}
