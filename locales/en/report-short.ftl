## Short words for what a move looked like, inside the sentence about the most common
## cycle ("you pursued — chased, demanded — and …"). A user's own code is shown as it is.

report-short-left_room = left room
report-short-shut_down = shut down
report-short-refused_relationship_talk = refused relationship talk
report-short-withheld_acknowledgement = withheld acknowledgement
report-short-downplayed_needs = downplayed needs
report-short-avoided_emotions = avoided emotions
report-short-mocked_bid = mocked bid
report-short-hot_cold = hot cold
report-short-less_time_together = less time together
report-short-chased = chased
report-short-demanded = demanded
report-short-overwhelmed_partner = overwhelmed partner
report-short-pushed_for_closeness = pushed for closeness
report-short-insisted_on_resolving_now = insisted on resolving now
report-short-over_functioned = over functioned
report-short-rigid = rigid
report-short-perfectionism = perfectionism
