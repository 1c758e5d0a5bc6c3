## The lines Ebb proposes to say when a pause starts (src/pause.rs); the pause screen shows
## them and the person can change them. Warm, no blame. $minutes: the pause's length;
## $back: the clock time it ends ("20:35").

# When I need the pause: I name the overwhelm and when I will be back.
pauseline-me = Esto me está desbordando y necesito un descanso. Me tomo { $minutes ->
    [one] un minuto
   *[other] { $minutes } minutos
} y vuelvo a las { $back }, y entonces lo hablamos.
# When my partner asked for one: I give the space and say when I will check in.
pauseline-partner = De acuerdo, tómate el tiempo que necesites. Te dejo espacio, y a las { $back } vuelvo a ver cómo estás.
