## Preparing for a therapy session (ui/src/screens/Prep.svelte): the controls beside the
## summary page. The page itself (the report) comes from the core, already translated.

prep-title = Therapie vorbereiten
# $from and $to: the dates of the period ("Monday, 23 November 2026"); $since is "yes" when
# the period starts at the last therapy session.
prep-intro = { $since ->
    [yes] Seit deiner letzten Sitzung: { $from } bis { $to }.
   *[no] { $from } bis { $to }.
} So sieht die Seite gedruckt aus. Wähle aus, was hineinkommt. Gespeichert wird erst, wenn du sagst, wo.
# Before the two date fields: "From [date] to [date]".
prep-from = Von
prep-to = bis
prep-what-goes-in = Was hineinkommt
# "bring to therapy" is the checkbox on an entry or episode (log-for-therapy).
prep-nothing-marked = In diesem Zeitraum ist nichts mit „In der Therapie ansprechen“ markiert.
prep-hide-text = Weglassen, was ich in eigenen Worten geschrieben habe (die Zahlen bleiben)
# How to name the partner in this copy of the summary; the placeholder is shown when empty.
prep-partner-name = Name für Partner:in
prep-partner-placeholder = Partner:in
# Chooses the language this copy of the summary is written in (for a therapist who reads
# another language); each choice is the language's own name.
prep-language = Sprache der Zusammenfassung
# $from and $to: the dates of the period before.
prep-compare = Dieser Zeitraum im Vergleich zum vorherigen ({ $from } bis { $to })
# Column headings: this period and the one before.
prep-now = Jetzt
prep-before = Davor
# Rows of the comparison table.
prep-row-episodes = Episoden
prep-row-pull-aways = Rückzug
prep-row-pursuits = Nachgehen
prep-row-cycles = Kreisläufe
prep-row-intensity = Intensität im Schnitt
prep-row-reconnect = Bis wir wieder zueinanderfinden (Median)
prep-row-secure = Sichere Reaktionen
# A share, e.g. "40%"; $percent is the number.
prep-percent = { $percent } %
prep-print = Drucken oder als PDF speichern …
prep-save-html = Als Webseite speichern …
prep-save-markdown = Als Markdown speichern …
prep-log-session = Heutige Sitzung eintragen
# The title of the system's save dialog.
prep-save-title = Zusammenfassung für deine Sitzung speichern
# The file name offered in that dialog, before ".html" or ".md"; $date is 2026-11-23. Keep
# it lowercase, without spaces or accents.
prep-file-name = ebb-sitzung-zusammenfassung-{ $date }
# The kinds of file in that dialog.
prep-file-html = Webseite
prep-file-markdown = Markdown
# $path: where the file was saved.
prep-saved = Gespeichert unter { $path }. Die Datei ist nicht verschlüsselt: Bewahre sie an einem privaten Ort auf.
# Screen-reader name of the page preview.
prep-paper = Die Zusammenfassung, wie sie gedruckt aussieht
