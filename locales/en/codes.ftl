## The catalogues' labels (src/catalog.rs; shared DOMAIN.md). The codes after "code-" never
## change: they are stored in records. Only the words after "=" are translated.

# What pulling away can look like.
code-left_room = Left the room or the house
code-shut_down = Went quiet or shut down mid-conflict
code-refused_relationship_talk = Would not talk about the relationship
code-withheld_acknowledgement = Did not acknowledge the relationship or what it means
code-downplayed_needs = Played down the other's feelings or needs
code-avoided_emotions = Kept their own feelings out of it
code-mocked_bid = Mocked or put down a wish for closeness
code-hot_cold = Warm, then silent
code-less_time_together = Spent less time together
# What pursuing can look like.
code-chased = Followed, called or messaged again and again
code-demanded = Demanded an answer, a response or a commitment
code-overwhelmed_partner = Flooded the other with words, questions or feeling
code-pushed_for_closeness = Pushed for more closeness than the moment allowed
code-insisted_on_resolving_now = Needed it settled right away
code-over_functioned = Did the emotional work for both
code-rigid = Held tightly to how things had to go
code-perfectionism = Expected perfection of the relationship or of myself
# Secure responses of the partner who tends to withdraw.
code-named_overwhelm = Said I felt overwhelmed and needed to slow down
code-asked_for_pause_with_return = Asked for a pause and said when I'd be back
code-stretched_toward_closeness = Reached toward closeness a little past my comfort
code-shared_feeling = Told my partner what I felt
# Secure responses of the partner who tends to pursue.
code-named_the_pattern = Named the pattern, without blame
code-asked_for_time_to_connect = Asked for a time to talk that suits us both
code-stated_need_simply = Said what I needed once, simply
code-set_boundary = Set a boundary to keep myself safe
code-self_soothed = Calmed myself instead of chasing
# What helped the partners reconnect.
code-talked_it_through = We talked about what happened, calmly
code-apologised = One of us said sorry or owned their part
code-came_back_as_promised = The one who paused came back when they said
code-reassurance = Words that said we are safe
code-affection = A hug, a touch, sitting close
code-humour = A shared laugh eased it
code-shared_activity = Something ordinary together, a walk or a meal
code-time_passed = Nothing in particular; time passed
code-outside_help = Talking to a therapist, friend or counsellor
