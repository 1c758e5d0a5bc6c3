## Logging an episode (ui/src/screens/LogEpisode.svelte) and the pieces it shares with
## other screens: the 0–10 scale (components/Scale.svelte), the word list (components/TagInput.svelte),
## the response picker (components/ResponseSelect.svelte) and "what helped"
## (components/RepairChecks.svelte).

log-title = Log an episode
log-title-edit = Edit episode
log-what-happened = What happened?
# The two kinds of move in the pursue–withdraw cycle, each with a short description.
log-kind-pull-away = Pulling away
log-kind-pull-away-hint = Leaving, going quiet, keeping distance
log-kind-pursuit = Pursuing
log-kind-pursuit-hint = Chasing, pushing, needing it settled
log-who = Who?
# The person themself; the other choice is the partner's name.
log-actor-me = Me
log-save = Save
log-choose-hint = Choose what happened and who. Everything else is optional.
log-another = Log another
log-add-details = Add details
log-hide-details = Hide details
# Shown after the first save of a new episode.
log-logged = Logged. Noticing it is the first step. Add details below if you like.
log-saved = Saved
log-when = When it started
log-reconnected = When we reconnected
# Shown after "When we reconnected", in smaller type.
log-reconnected-later = (can be added later)
# Button that fills in the current time.
log-now = Now
log-return-at = If one of us took a pause: when we said we'd come back
log-trigger = What set it off?
log-behaviors = What it looked like
log-own-behavior-label = Describe it in your own words
log-own-behavior-placeholder = Something else, in your words
log-add = Add
log-intensity = How strong was it?
# The two ends of the intensity scale.
log-intensity-low = Barely
log-intensity-high = Overwhelming
log-feelings = What I felt
# Suggested feelings: the person picks or types their own; what they pick is saved as shown.
log-feeling-hurt = hurt
log-feeling-anxious = anxious
log-feeling-lonely = lonely
log-feeling-overwhelmed = overwhelmed
log-feeling-angry = angry
log-feeling-sad = sad
log-feeling-numb = numb
log-feeling-relieved = relieved
log-feeling-calm = calm
log-feeling-afraid = afraid
log-story = The story I told myself
log-story-placeholder = What I thought it meant
log-need = What I needed
log-responses = What I did
# After a response the person is practising at the moment (a homework from therapy).
log-practising = practising
log-own-response = Something else I did
log-repairs = What helped us reconnect
log-own-repair = Something else that helped
log-next-time = What I'd like to try next time
log-notes = Notes
log-tags = Tags
log-for-therapy = Bring this to therapy

## The 0–10 scale (components/Scale.svelte)

# Empties the scale; the visible text of the button.
log-scale-clear = Clear
# The same button for screen readers; $label is the scale's question.
log-scale-clear-label = Clear { $label }
log-scale-not-set = not set
# Read by screen readers, e.g. "7 of 10".
log-scale-value = { $value } of { $max }

## The word list (components/TagInput.svelte)

# Screen-reader name of the × after a word; $tag is the word.
log-tag-remove = Remove { $tag }
log-tag-placeholder = Type and press Enter

## The response a practice is about (components/ResponseSelect.svelte)

log-response-about = The response it is about (optional)
log-response-none = None in particular
# Groups of secure responses: for someone who tends to pursue, and who tends to withdraw.
log-response-group-pursuer = When I tend to reach out
log-response-group-withdrawer = When I tend to pull away
log-response-own = In my own words…
log-response-own-label = The response, in my own words
log-response-own-placeholder = Took a breath before answering
