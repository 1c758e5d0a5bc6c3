## Words shared by several screens.

# How the partner is named when the person has not given a name (Settings → Partner's name).
partner-default = My partner
