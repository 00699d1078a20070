"""The brief before the next meeting with a client: the last open intention written as
an if–then plan, the client's last trust parts, and the questions the client asked
last time (when a transcript's text was kept). Shown a few minutes before a client
meeting on the calendar (``timing``), never for a private one.
"""
