"""The client's view beside the advisor's own (issue 20): a short client pulse.

- ``items``: which client-side items a pulse asks (focus traits, then the weakest), the
  one 1–5 scale every rater uses, and its 0–100 reading.
- ``schedule``: when to suggest a pulse for a client (rarely: never after every meeting).
- ``mail_text``: the checksummed ``AJ-PULSE`` block the HTML form mails back, and its
  tolerant reader; ``mail_source`` finds the text in a pasted or saved mail.
- ``form``: the self-contained HTML form; ``template``: the CSV of items for survey tools.
- ``tables`` / ``survey``: reading Microsoft Forms and Google Forms exports (CSV, XLSX)
  and matching their columns to items by question text; ``matching`` does the text.
- ``pulse_store``: storage (m008): pulses, responses, predictions.
- ``importing``: answers from any of these into the journal, once.
- ``compare``: self, predicted, client and coach per trait and over time, and calibration.
- ``aggregate``: other people's ratings as aggregates over at least three raters.
- ``coach_ratings``: a coach's ratings from the feedback file, read back by the advisor.

Nothing here imports Qt; the ui and the command line reach it through
``journal.service.Journal``.
"""
