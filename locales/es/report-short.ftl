## Short words for what a move looked like, inside the sentence about the most common
## cycle ("you pursued — chased, demanded — and …"). A user's own code is shown as it is.

report-short-left_room = irse de la habitación
report-short-shut_down = cerrarse
report-short-refused_relationship_talk = no querer hablar de la relación
report-short-withheld_acknowledgement = no reconocer la relación
report-short-downplayed_needs = quitar importancia a las necesidades
report-short-avoided_emotions = evitar las emociones
report-short-mocked_bid = burlarse de un acercamiento
report-short-hot_cold = cariño y luego silencio
report-short-less_time_together = menos tiempo en pareja
report-short-chased = ir detrás
report-short-demanded = exigir
report-short-overwhelmed_partner = abrumar
report-short-pushed_for_closeness = forzar la cercanía
report-short-insisted_on_resolving_now = querer resolverlo ya
report-short-over_functioned = hacerse cargo de todo
report-short-rigid = rigidez
report-short-perfectionism = perfeccionismo
