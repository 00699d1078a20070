"""The mirror on the advisor's own notes: telling and asking language marked in a
reflection's open answers and notes, with counts and trends. A nudge, never a score:
there is no single number, only counts of each kind and the phrases themselves, each
traced to the rule (``resources/language/<lang>.json``) that marked it.
"""
