"""Meeting transcripts (Teams and Zoom WebVTT, Teams' .docx, plain text): read safely,
turned into figures on the laptop (talk share, questions, monologues, advice before the
client finished their story), kept with a meeting as figures only unless the advisor
keeps the text. See ``figures`` for the definitions.
"""
