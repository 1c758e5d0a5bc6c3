## Preparing for a therapy session (ui/src/screens/Prep.svelte): the controls beside the
## summary page. The page itself (the report) comes from the core, already translated.

prep-title = Prepare for therapy
# $from and $to: the dates of the period ("Monday, 23 November 2026"); $since is "yes" when
# the period starts at the last therapy session.
prep-intro = { $since ->
    [yes] Since your last session: { $from } to { $to }.
   *[no] { $from } to { $to }.
} This is the page as it will print. Choose what goes in; nothing is saved anywhere until you say where.
# Before the two date fields: "From [date] to [date]".
prep-from = From
prep-to = to
prep-what-goes-in = What goes in
# "bring to therapy" is the checkbox on an entry or episode (log-for-therapy).
prep-nothing-marked = Nothing in this period is marked "bring to therapy".
prep-hide-text = Leave out what I wrote in my own words (keep the counts)
# How to name the partner in this copy of the summary; the placeholder is shown when empty.
prep-partner-name = Call my partner
prep-partner-placeholder = my partner
# Chooses the language this copy of the summary is written in (for a therapist who reads
# another language); each choice is the language's own name.
prep-language = Language of the summary
# $from and $to: the dates of the period before.
prep-compare = This period beside the one before ({ $from } to { $to })
# Column headings: this period and the one before.
prep-now = Now
prep-before = Before
# Rows of the comparison table.
prep-row-episodes = Episodes
prep-row-pull-aways = Pull-aways
prep-row-pursuits = Pursuits
prep-row-cycles = Cycles
prep-row-intensity = Average intensity
prep-row-reconnect = Time to reconnect (median)
prep-row-secure = Secure responses
# A share, e.g. "40%"; $percent is the number.
prep-percent = { $percent }%
prep-print = Print or save as PDF…
prep-save-html = Save as a web page…
prep-save-markdown = Save as Markdown…
prep-log-session = Log today's session
# The title of the system's save dialog.
prep-save-title = Save the summary for your session
# The file name offered in that dialog, before ".html" or ".md"; $date is 2026-11-23. Keep
# it lowercase, without spaces or accents.
prep-file-name = ebb-session-summary-{ $date }
# The kinds of file in that dialog.
prep-file-html = Web page
prep-file-markdown = Markdown
# $path: where the file was saved.
prep-saved = Saved to { $path }. It is not encrypted: keep it somewhere private.
# Screen-reader name of the page preview.
prep-paper = The summary as it will print
