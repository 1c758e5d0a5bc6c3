## Short words for what a move looked like, inside the sentence about the most common
## cycle ("you pursued — chased, demanded — and …"). A user's own code is shown as it is.

report-short-left_room = Raum verlassen
report-short-shut_down = dichtgemacht
report-short-refused_relationship_talk = nicht über die Beziehung reden
report-short-withheld_acknowledgement = Anerkennung verweigert
report-short-downplayed_needs = Bedürfnisse kleingeredet
report-short-avoided_emotions = Gefühle vermieden
report-short-mocked_bid = Annäherung belächelt
report-short-hot_cold = warm, dann kalt
report-short-less_time_together = weniger Zeit miteinander
report-short-chased = hinterhergelaufen
report-short-demanded = gefordert
report-short-overwhelmed_partner = überflutet
report-short-pushed_for_closeness = Nähe gedrängt
report-short-insisted_on_resolving_now = sofort klären wollen
report-short-over_functioned = alles übernommen
report-short-rigid = starr
report-short-perfectionism = Perfektionismus
