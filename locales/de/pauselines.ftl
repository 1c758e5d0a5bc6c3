## The lines Ebb proposes to say when a pause starts (src/pause.rs); the pause screen shows
## them and the person can change them. Warm, no blame. $minutes: the pause's length;
## $back: the clock time it ends ("20:35").

# When I need the pause: I name the overwhelm and when I will be back.
pauseline-me = Mir wird das gerade zu viel, und ich brauche eine Pause. Ich nehme mir { $minutes ->
    [one] eine Minute
   *[other] { $minutes } Minuten
} und komme um { $back } zurück, dann können wir reden.
# When my partner asked for one: I give the space and say when I will check in.
pauseline-partner = Okay, nimm dir die Zeit, die du brauchst. Ich lasse dir Raum und melde mich um { $back } bei dir.
