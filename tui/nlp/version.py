# Bump when the analysis changes, so cached analyses are recomputed.
ANALYSER_VERSION = "11"
