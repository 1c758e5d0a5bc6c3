## The day's entry (ui/src/screens/Today.svelte) and the cards shown on it: the daily
## reminder offer (components/ReminderOffer.svelte), "On this day" (components/OnThisDay.svelte),
## the questions about recent episodes (components/FollowUps.svelte) and today's practice
## check-ins (components/PracticeCheckins.svelte).

# Heading when the day shown is today; another day shows its date instead.
today-title = Today
# Screen-reader names of the ← and → buttons beside the heading.
today-previous-day = Previous day
today-next-day = Next day
# Button that jumps back to today from another day.
today-go-today = Today
today-take-pause = Take a pause
today-text-label = How was today?
today-text-placeholder = A few lines are enough.
# The day's gentle question under the text box; $prompt is the question itself
# (see prompts.ftl). It is never written into the entry.
today-prompt = If it helps: { $prompt }
# Hides the day's question for now.
today-prompt-dismiss = Not today
today-mood = Mood
# The five moods, from lowest to highest.
today-mood-very-low = Very low
today-mood-low = Low
today-mood-in-between = In between
today-mood-good = Good
today-mood-very-good = Very good
# Two 0–10 scales, each with the words at its two ends.
today-closeness = How close did you feel to your partner?
today-closeness-low = Far apart
today-closeness-high = Very close
today-safety = How safe did you feel with your partner?
today-safety-low = Not safe
today-safety-high = Completely safe
today-tags = Tags
today-for-therapy = Bring this to therapy
# The entry saves itself while the person types.
today-saving = Saving…
today-saved = Saved
# $error is the reason, a sentence from the core.
today-not-saved = Not saved: { $error }
# $count other entries were written on the same day.
today-others = { $count ->
    [one] { $count } more entry for this day in the journal.
   *[other] { $count } more entries for this day in the journal.
}
today-another-entry = Start another entry for this day

## Offered once, after the first week of journaling (components/ReminderOffer.svelte).

today-reminder-title = Would a daily reminder help?
today-reminder-intro = You have been keeping this journal for a week. Some people like a gentle nudge at the same time each day.
# Label of the time field, read as "At 21:00".
today-reminder-at = At
today-reminder-yes = Remind me
today-reminder-no = No, thanks
today-reminder-invalid-time = Choose a time, like 21:00.
# $time is the chosen clock time, e.g. 21:00. "Settings" is the name of the Settings screen.
today-reminder-set = A reminder each day at { $time }, except on days you have already written. You can change it in Settings.
today-reminder-none = No reminder. If you change your mind, it is in Settings.

## "On this day": what was written on this date in earlier years (components/OnThisDay.svelte).

today-past-title = On this day
# A daily entry with no words, in the list of earlier years.
today-past-entry = A daily entry
# How many episodes there were in the weeks around this date a year ago ($last_year) and
# in the last 30 days ($this_year).
today-past-compare = In the weeks around this day a year ago: { $last_year ->
        [one] { $last_year } episode
       *[other] { $last_year } episodes
    }. In the last 30 days: { $this_year ->
        [one] { $this_year } episode
       *[other] { $this_year } episodes
    }.

## Questions about recent episodes with no reconnection time (components/FollowUps.svelte).

today-follow-title = Coming back to it
# $named is "yes" when the person gave the partner's name ($partner), "no" when not.
# $day is "today", "yesterday" or "other"; then $weekday is the day's name ("Monday").
# $what is "pause" (someone took a pause), "pull_away" or "pursuit".
today-follow-question = Did you and { $named ->
        [yes] { $partner }
       *[no] your partner
    } reconnect after { $day ->
        [today] today's
        [yesterday] yesterday's
       *[other] { $weekday }'s
    } { $what ->
        [pause] pause
        [pull_away] pull-away
       *[pursuit] pursuit
    }?
today-follow-when = When did you reconnect?
today-follow-helped = What helped? (optional)
today-follow-save = Save
today-follow-cancel = Cancel
# Opens the time field, to say when the partners reconnected.
today-follow-yes = Yes, at…
today-follow-not-yet = Not yet
today-follow-dont-ask = Don't ask about this one
today-follow-invalid-time = Please give a date and time.

## Today's check-in on each running practice (components/PracticeCheckins.svelte). A practice
## is something from therapy to try between sessions.

# Screen-reader name of each check-in card.
today-checkin-label = Practice check-in
# $practice is the practice in the person's own words.
today-checkin-question = Did you try ‘{ $practice }’ today?
today-checkin-yes = Yes
today-checkin-no = No
# There was no occasion to try it today.
today-checkin-no-chance = No chance today
today-checkin-note = A line about it (optional)
