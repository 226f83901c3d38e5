"""The core's errors about what a user gave it (a bad code, an unreadable file, an unknown column).

Faces turn these into clear messages; any other exception is a bug and keeps its traceback.
"""


class InputError(ValueError):
    """Input the core cannot use; the message says what and why."""
