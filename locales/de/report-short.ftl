## Short words for what a move looked like, inside the sentence about the most common
## cycle ("you pursued — chased, demanded — and …"). A user's own code is shown as it is.

report-short-left_room = Raum verlassen
report-short-shut_down = dichtgemacht
report-short-refused_relationship_talk = Beziehungsgespräch abgelehnt
report-short-withheld_acknowledgement = Anerkennung verweigert
report-short-downplayed_needs = Bedürfnisse kleingeredet
report-short-avoided_emotions = Gefühle vermieden
report-short-mocked_bid = Wunsch nach Nähe belächelt
report-short-hot_cold = warm, dann still
report-short-less_time_together = weniger Zeit miteinander
report-short-chased = hinterhergelaufen
report-short-demanded = eine Antwort verlangt
report-short-overwhelmed_partner = mit Worten überflutet
report-short-pushed_for_closeness = auf Nähe gedrängt
report-short-insisted_on_resolving_now = auf sofortiger Klärung bestanden
report-short-over_functioned = Gefühlsarbeit übernommen
report-short-rigid = starr geblieben
report-short-perfectionism = Perfektionismus
