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
    "cmd.present": {"sv": "Presentera", "en": "Present"},
    "cmd.present.short": {"sv": "Presentera", "en": "Present"},
    "cmd.present.help": {
        "sv": "Visa frågan eller punkten ensam på skärmen, med gruppens svar i ord",
        "en": "Show the question or item alone on the screen, with the group's answer in words",
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
    "cmd.finish_session": {"sv": "Slutför sessionen", "en": "Finish session"},
    "cmd.finish_session.short": {"sv": "Slutför", "en": "Finish"},
    "cmd.finish_session.help": {
        "sv": "Markera sessionen som slutförd och skriv protokollet",
        "en": "Mark the session finished and write the minutes",
    },
    "cmd.reopen_session": {"sv": "Öppna sessionen igen", "en": "Reopen session"},
    "cmd.reopen_session.short": {"sv": "Öppna igen", "en": "Reopen"},
    "cmd.reopen_session.help": {
        "sv": "Gör en avslutad session ändringsbar igen; protokollet blir reviderat",
        "en": "Make a finished session changeable again; the minutes become revised",
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
    "cmd.save_elsewhere": {"sv": "Spara på annan plats", "en": "Save somewhere else"},
    "cmd.save_elsewhere.short": {"sv": "Spara som", "en": "Save as"},
    "cmd.save_elsewhere.help": {
        "sv": "Spara sessionen i en annan fil (t.ex. i hemmappen) och fortsätt spara där",
        "en": "Save the session to another file (in your home folder, say) and keep saving there",
    },
    "cmd.palette": {"sv": "Alla kommandon", "en": "All commands"},
    "cmd.palette.short": {"sv": "Kommandon", "en": "Commands"},
    "palette.placeholder": {"sv": "Sök bland kommandona…", "en": "Search for commands…"},
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
        "sv": "⚠ KUNDE INTE SPARA: {error} · F7 spara annanstans · texten finns kvar",
        "en": "⚠ SAVE FAILED: {error} · F7 save elsewhere · your text is kept",
    },
    "status.saved_elsewhere": {"sv": "Sparat {time} i {path}", "en": "Saved {time} to {path}"},
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
    "errno.ENOENT": {"sv": "mappen är borta", "en": "the folder is gone"},
    "errno.write_protected": {"sv": "filen är skrivskyddad", "en": "the file is write-protected"},
    "status.read_only": {"sv": "SKRIVSKYDDAD", "en": "READ-ONLY"},
    "status.finished": {"sv": "SLUTFÖRD", "en": "FINISHED"},
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
    "picker.keys": {
        "sv": "Siffran går direkt till avsnittet · Enter väljer · Esc stänger",
        "en": "A number goes straight to its section · Enter chooses · Esc closes",
    },
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
    # the group's decision on a question, in words (domain/decision.py)
    "decision.answer": {"sv": "Svar: {answer}", "en": "Answer: {answer}"},
    "decision.no_answer": {"sv": "Inget svar än", "en": "No answer yet"},
    "decision.agreement": {"sv": "Samsyn: {agreement}", "en": "Agreement: {agreement}"},
    "decision.no_agreement": {
        "sv": "Samsyn inte angiven än",
        "en": "Agreement not recorded yet",
    },
    "decision.reservations": {
        "sv": "{count} {count:reservation|reservationer}",
        "en": "{count} {count:reservation|reservations}",
    },
    # present mode (screens/present.py, domain/presenting.py)
    "present.section": {"sv": "Avsnitt {number} av {total}", "en": "Section {number} of {total}"},
    "present.item": {"sv": "Faktor {number} av {total}", "en": "Factor {number} of {total}"},
    "present.example": {"sv": "Exempel {number} av {total}", "en": "Example {number} of {total}"},
    "present.commitment": {
        "sv": "Åtagande {number} av {total}",
        "en": "Commitment {number} of {total}",
    },
    "present.no_commitments": {"sv": "Inga åtaganden än", "en": "No commitments yet"},
    "present.note": {"sv": "Anteckning", "en": "Note"},
    "present.back": {"sv": "Tillbaka till sidan", "en": "Back to the page"},
    "present.back.short": {"sv": "Tillbaka", "en": "Return"},
    "present.next.short": {"sv": "Nästa", "en": "Next"},
    "present.previous.short": {"sv": "Förra", "en": "Previous"},
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
        "sv": "Åtaganden: {total}, varav {open} {open:öppen|öppna}",
        "en": "Commitments: {total}, {open} open",
    },
    "commitments.added": {
        "sv": "✓ Åtagande {number} tillagt: ”{what}”. Det finns under {section} "
        "(avsnitt {position}). (Esc döljer)",
        "en": "✓ Commitment {number} added: “{what}”. It is under {section} "
        "(section {position}). (Esc hides this)",
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
        "sv": "Åtaganden: {total}, varav {open} {open:öppen|öppna}",
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
    "wrapup.finish": {"sv": "Slutför (F9)", "en": "Finish (F9)"},
    "wrapup.reopen": {"sv": "Öppna igen (F8)", "en": "Reopen (F8)"},
    "wrapup.preview": {"sv": "Förhandsgranska (F5)", "en": "Preview (F5)"},
    "wrapup.export": {"sv": "Exportera (F6)", "en": "Export (F6)"},
    "wrapup.finished_at": {
        "sv": "✓ Sessionen slutfördes {time}.",
        "en": "✓ The session was finished at {time}.",
    },
    "wrapup.reopened_at": {
        "sv": "Sessionen öppnades igen {time}; protokollet blir reviderat (version {version}).",
        "en": "The session was reopened at {time}; the minutes become revised (version {version}).",
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
    "finish.title": {"sv": "Slutföra sessionen?", "en": "Finish the session?"},
    "finish.text": {
        "sv": "Sessionen markeras som slutförd och protokollet skrivs till exports/. "
        "Den kan öppnas igen om något behöver ändras.",
        "en": "The session is marked finished and the minutes are written to exports/. "
        "It can be reopened if something needs changing.",
    },
    "finish.yes": {"sv": "Slutför och exportera", "en": "Finish and export"},
    "finish.already": {
        "sv": "Sessionen är redan slutförd. Öppna den igen (F8) för att ändra något.",
        "en": "The session is already finished. Reopen it (F8) to change something.",
    },
    "finish.undone": {
        "sv": "Sessionen är inte slutförd, eftersom protokollet inte kunde skrivas.",
        "en": "The session is not finished, as the minutes could not be written.",
    },
    "reopen.title": {"sv": "Öppna sessionen igen?", "en": "Reopen the session?"},
    "reopen.text": {
        "sv": "Sessionen blir ändringsbar igen och det antecknas att den öppnades. "
        "Protokoll som skrivs efter detta märks som reviderade.",
        "en": "The session becomes changeable again, and its reopening is recorded. "
        "Minutes written after this are marked as revised.",
    },
    "reopen.yes": {"sv": "Öppna igen", "en": "Reopen"},
    "export.done": {
        "sv": "✓ Protokollet finns i {folder}: {files} (Esc döljer)",
        "en": "✓ The minutes are in {folder}: {files} (Esc hides this)",
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
        "sv": "{language} · {sections} avsnitt · {origin}",
        "en": "{language} · {sections} sections · {origin}",
    },
    "start.builtin": {"sv": "inbyggd", "en": "built-in"},
    "start.own": {"sv": "egen, {file}", "en": "your own, {file}"},
    "start.no_sessions": {
        "sv": "Inga påbörjade sessioner här.",
        "en": "No unfinished sessions here.",
    },
    "start.reading": {"sv": "Läser sessionerna …", "en": "Reading the sessions …"},
    "start.reading_count": {
        "sv": "Läser sessionerna … {read} av {total}",
        "en": "Reading the sessions … {read} of {total}",
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
    "launch.saved_elsewhere": {
        "sv": "Sparat i {path}. Fortsätt med: facilitator resume {path}",
        "en": "Saved in {path}. Continue with: facilitator resume {path}",
    },
    "launch.saved_finished": {
        "sv": "Sparat i {path}. Sessionen är slutförd och protokollet finns i {folder}. "
        "Skriv protokollet igen: facilitator export {path} · öppna sessionen igen: "
        "facilitator resume {path}",
        "en": "Saved in {path}. The session is finished and the minutes are in {folder}. "
        "Write the minutes again: facilitator export {path} · open the session again: "
        "facilitator resume {path}",
    },
    "launch.not_saved": {
        "sv": "KUNDE INTE SPARA de senaste ändringarna i {path}: {error}",
        "en": "COULD NOT SAVE the latest changes to {path}: {error}",
    },
    "quit.not_saved": {
        "sv": "⚠ Kunde inte spara: {error}. Texten finns kvar här. F7 sparar på annan plats. "
        "Ctrl+Q igen avslutar ändå och lägger en nödkopia bredvid sessionen eller i hemmappen.",
        "en": "⚠ Could not save: {error}. Your text is still here. F7 saves somewhere else. "
        "Ctrl+Q again quits anyway, leaving an emergency copy beside the session or in your "
        "home folder.",
    },
    "quit.how_title": {"sv": "Vill du avsluta?", "en": "Do you want to quit?"},
    "quit.how": {
        "sv": "Ctrl+Q sparar och avslutar. (Ctrl+C kopierar i ett textfält.)",
        "en": "Ctrl+Q saves and quits. (Ctrl+C copies in a text field.)",
    },
    "launch.emergency": {
        "sv": "KUNDE INTE SPARA de senaste ändringarna i {path}: {error}. "
        "En nödkopia av allt finns i {copy}",
        "en": "COULD NOT SAVE the latest changes to {path}: {error}. "
        "An emergency copy of everything is in {copy}",
    },
    "launch.no_emergency": {
        "sv": "KUNDE INTE SPARA de senaste ändringarna i {path}: {error}. "
        "Ingen nödkopia gick heller att skriva, varken bredvid sessionen eller i hemmappen.",
        "en": "COULD NOT SAVE the latest changes to {path}: {error}. "
        "No emergency copy could be written either, beside the session or in your home folder.",
    },
    "elsewhere.title": {"sv": "Spara på annan plats", "en": "Save somewhere else"},
    "elsewhere.text": {
        "sv": "{path} går inte att spara i just nu ({reason}). Välj en annan fil; "
        "sessionen sparas sedan där. Ingen befintlig fil skrivs över.",
        "en": "{path} cannot be saved to now ({reason}). Choose another file; the session "
        "is saved there from then on. No existing file is overwritten.",
    },
    "elsewhere.text_any": {
        "sv": "Sessionen sparas i {path}. Välj en annan fil; den sparas sedan där. "
        "Ingen befintlig fil skrivs över.",
        "en": "The session is saved to {path}. Choose another file; it is saved there from "
        "then on. No existing file is overwritten.",
    },
    "elsewhere.save": {"sv": "Spara där", "en": "Save there"},
    "elsewhere.cancel": {"sv": "Avbryt", "en": "Cancel"},
    "elsewhere.empty": {"sv": "Skriv en sökväg.", "en": "Type a path."},
    "elsewhere.exists": {
        "sv": "{path} finns redan; välj ett annat namn.",
        "en": "{path} exists already; choose another name.",
    },
    "elsewhere.failed": {
        "sv": "Kunde inte spara i {path}: {reason}.",
        "en": "Could not save to {path}: {reason}.",
    },
    "elsewhere.done": {
        "sv": "Sessionen sparas nu i {path}",
        "en": "The session is now saved to {path}",
    },
    "cannot_write.title": {
        "sv": "Sessionen kan inte sparas här",
        "en": "The session cannot be saved here",
    },
    "cannot_write.text": {
        "sv": "Mappen {folder} tar inte emot filer ({reason}). Du kan titta på sessionen "
        "skrivskyddad; ingenting du gör här sparas.",
        "en": "The folder {folder} does not accept files ({reason}). You can look at the "
        "session read-only; nothing you do here is saved.",
    },
    "open.write_protected": {
        "sv": "{path} är skrivskyddad och visas därför skrivskyddad; ingenting sparas. "
        "Gör den skrivbar med: chmod u+w {path}",
        "en": "{path} is write-protected, so it is shown read-only; nothing is saved. "
        "Make it writable with: chmod u+w {path}",
    },
    "open.through_link": {
        "sv": "{link} är en länk; sessionen sparas i filen den pekar på: {path}",
        "en": "{link} is a link; the session is saved to the file it points to: {path}",
    },
}
