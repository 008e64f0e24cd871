brief --host Atlantis -o @OUT@/briefing.pdf
