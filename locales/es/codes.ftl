## The catalogues' labels (src/catalog.rs; shared DOMAIN.md). The codes after "code-" never
## change: they are stored in records. Only the words after "=" are translated.

# What pulling away can look like.
code-left_room = Irse de la habitación o de casa
code-shut_down = Quedarse en silencio o cerrarse en plena discusión
code-refused_relationship_talk = No querer hablar de la relación
code-withheld_acknowledgement = No reconocer la relación ni lo que significa
code-downplayed_needs = Quitar importancia a lo que la otra persona siente o necesita
code-avoided_emotions = Guardarse los propios sentimientos
code-mocked_bid = Burlarse del deseo de cercanía o menospreciarlo
code-hot_cold = Cariño y luego silencio
code-less_time_together = Pasar menos tiempo en pareja
# What pursuing can look like.
code-chased = Seguir, llamar o escribir una y otra vez
code-demanded = Exigir una respuesta, una reacción o un compromiso
code-overwhelmed_partner = Abrumar a la otra persona con palabras, preguntas o emociones
code-pushed_for_closeness = Buscar más cercanía de la que el momento permitía
code-insisted_on_resolving_now = Necesitar resolverlo en ese mismo momento
code-over_functioned = Hacer todo el trabajo emocional de la relación
code-rigid = Aferrarse a cómo tenían que ser las cosas
code-perfectionism = Esperar perfección de la relación o de mí
# Secure responses of the partner who tends to withdraw.
code-named_overwhelm = Dije que todo me desbordaba y necesitaba ir más despacio
code-asked_for_pause_with_return = Pedí una pausa y dije cuándo volvería
code-stretched_toward_closeness = Me acerqué un poco más allá de mi zona de confort
code-shared_feeling = Le conté a mi pareja lo que sentía
# Secure responses of the partner who tends to pursue.
code-named_the_pattern = Nombré el patrón, sin culpar a nadie
code-asked_for_time_to_connect = Propuse un momento para hablar que nos viniera bien
code-stated_need_simply = Dije lo que necesitaba una vez, con sencillez
code-set_boundary = Puse un límite para protegerme
code-self_soothed = Me calmé en lugar de ir detrás
# What helped the partners reconnect.
code-talked_it_through = Hablamos con calma de lo que pasó
code-apologised = Alguien pidió perdón o asumió su parte
code-came_back_as_promised = Quien hizo la pausa volvió cuando dijo
code-reassurance = Palabras que nos dieron seguridad
code-affection = Un abrazo, una caricia, estar cerca
code-humour = Una risa compartida rebajó la tensión
code-shared_activity = Hacer algo cotidiano en compañía: un paseo, una comida
code-time_passed = Nada en especial; pasó el tiempo
code-outside_help = Hablarlo en terapia, con una amistad o con un servicio de orientación
