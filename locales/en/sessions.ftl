## Therapy sessions (ui/src/screens/Sessions.svelte) and what the person is practising
## between sessions (ui/src/components/Practices.svelte). "Today" is the name of the
## Today screen, where Ebb asks each day how a practice went.

sessions-title = Therapy sessions
# The form's heading, for a session already saved and for a new one.
sessions-edit = Edit session
sessions-log = Log a session
sessions-date = Date
sessions-notes = What we talked about
# The homework from the session, in the person's own words.
sessions-homework = What I'll practise
# A checkbox shown once the homework is filled in: it becomes a practice.
sessions-ask-daily = Ask me each day on Today how it went
sessions-save-changes = Save changes
sessions-save = Save session
sessions-cancel = Cancel
sessions-saved = Session saved.
sessions-updated = Session updated.
sessions-saved-practice = Session saved. Today will ask each day how the practice went.
# $problem: why it failed, a sentence from the core.
sessions-practice-failed = The session is saved, but the practice could not be started ({ $problem }). You can start it below.
sessions-past = Past sessions
sessions-none = No sessions logged yet.
# Under a past session; $homework: the start of what the person wrote.
sessions-to-practise = To practise: { $homework }
# The button on each past session; screen readers also hear sessions-edit-which after it.
sessions-edit-button = Edit
# Read by screen readers only, right after "Edit"; $date is the session's date (2026-11-23).
sessions-edit-which = session of { $date }

practices-title = What you're practising
practices-none = Nothing yet. Something from a session, or your own idea, can go here.
# $start and $end are dates ("Monday, 23 November 2026").
practices-since = Since { $start }
practices-since-until = Since { $start }, until { $end }
# Button that ends a running practice.
practices-end = End it
# Read by screen readers only, right after "End it"; $practice: the practice's own words.
practices-end-which = : { $practice }
practices-ended-one = Ended “{ $practice }”. It stays in your journal and your report.
# A folded list of the practices that have ended; $count: how many.
practices-ended = Ended practices ({ $count })
# The dates a practice ran, after its words in the list of ended ones.
practices-range = ({ $start } – { $end })
# The form to start a practice that does not come from a session.
practices-form = Practise something else
practices-text = Something else to practise
practices-text-placeholder = Name the pattern once instead of chasing
practices-response = Its response (optional)
practices-start = Start practising
practices-started = Started. Today will ask each day how it went.
practices-text-missing = Write what you will practise, in a few words.
