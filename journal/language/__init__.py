"""Dutch and English as the mirror and the transcript figures read them: sentences,
words and their lemmas (simplemma), which language a text is in, and the rules in
``resources/language/<lang>.json`` that mark phrases, each mark traceable to its rule.

Pure: no storage, no clock, nothing leaves the laptop.
"""
