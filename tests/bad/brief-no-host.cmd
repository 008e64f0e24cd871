brief -o @OUT@/briefing.pdf
