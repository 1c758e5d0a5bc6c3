## Logging an episode (ui/src/screens/LogEpisode.svelte) and the pieces it shares with
## other screens: the 0–10 scale (components/Scale.svelte), the word list (components/TagInput.svelte),
## the response picker (components/ResponseSelect.svelte) and "what helped"
## (components/RepairChecks.svelte).

log-title = Anotar un episodio
log-title-edit = Editar el episodio
log-what-happened = ¿Qué pasó?
# The two kinds of move in the pursue–withdraw cycle, each with a short description.
log-kind-pull-away = Alejarse
log-kind-pull-away-hint = Irse, quedarse en silencio, tomar distancia
log-kind-pursuit = Insistir
log-kind-pursuit-hint = Ir detrás, presionar, necesitar resolverlo ya
log-who = ¿Quién?
# The person themself; the other choice is the partner's name.
log-actor-me = Yo
log-save = Guardar
log-choose-hint = Elige qué pasó y quién. Todo lo demás es opcional.
log-another = Anotar otro
log-add-details = Añadir detalles
log-hide-details = Ocultar detalles
# Shown after the first save of a new episode.
log-logged = Anotado. Darte cuenta ya es el primer paso. Si quieres, añade detalles abajo.
log-saved = Guardado
log-when = Cuándo empezó
log-reconnected = Cuándo volvimos a acercarnos
# Shown after "When we reconnected", in smaller type.
log-reconnected-later = (puedes añadirlo más tarde)
# Button that fills in the current time.
log-now = Ahora
log-return-at = Si hubo una pausa: cuándo dijimos que volveríamos
log-trigger = ¿Qué lo desencadenó?
log-behaviors = Qué forma tomó
log-own-behavior-label = Descríbelo con tus palabras
log-own-behavior-placeholder = Otra cosa, con tus palabras
log-add = Añadir
log-intensity = ¿Con qué intensidad?
# The two ends of the intensity scale.
log-intensity-low = Casi nada
log-intensity-high = Me desbordó
log-feelings = Lo que sentí
# Suggested feelings: the person picks or types their own; what they pick is saved as shown.
log-feeling-hurt = dolor
log-feeling-anxious = ansiedad
log-feeling-lonely = soledad
log-feeling-overwhelmed = agobio
log-feeling-angry = enfado
log-feeling-sad = tristeza
log-feeling-numb = vacío
log-feeling-relieved = alivio
log-feeling-calm = calma
log-feeling-afraid = miedo
log-story = La historia que me conté
log-story-placeholder = Lo que pensé que significaba
log-need = Lo que necesitaba
log-responses = Lo que hice
# After a response the person is practising at the moment (a homework from therapy).
log-practising = lo estoy practicando
log-own-response = Otra cosa que hice
log-repairs = Lo que nos ayudó a volver a acercarnos
log-own-repair = Otra cosa que ayudó
log-next-time = Lo que me gustaría probar la próxima vez
log-notes = Notas
log-tags = Etiquetas
log-for-therapy = Llevar a terapia

## The 0–10 scale (components/Scale.svelte)

# Empties the scale; the visible text of the button.
log-scale-clear = Quitar
# The same button for screen readers; $label is the scale's question.
log-scale-clear-label = Quitar: { $label }
log-scale-not-set = sin marcar
# Read by screen readers, e.g. "7 of 10".
log-scale-value = { $value } de { $max }

## The word list (components/TagInput.svelte)

# Screen-reader name of the × after a word; $tag is the word.
log-tag-remove = Quitar { $tag }
log-tag-placeholder = Escribe y pulsa Intro

## The response a practice is about (components/ResponseSelect.svelte)

log-response-about = La respuesta que quieres practicar (opcional)
log-response-none = Ninguna en concreto
# Groups of secure responses: for someone who tends to pursue, and who tends to withdraw.
log-response-group-pursuer = Cuando tiendo a buscar cercanía
log-response-group-withdrawer = Cuando tiendo a alejarme
log-response-own = Con mis propias palabras…
log-response-own-label = La respuesta, con mis propias palabras
log-response-own-placeholder = Respiré hondo antes de contestar
