"""The client pulse in the window (issue 20): asking a client, their answers in, the
prediction in the reflection, and the advisor's view beside the client's and the coach's.
Built and wired by ``ui.shell.features``; imports the floor and the core only."""
