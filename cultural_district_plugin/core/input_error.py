"""The core's errors about what a user gave it (a bad code, an unreadable file, an unknown column).

Faces turn these into clear, translated messages; any other exception is a bug and keeps its traceback.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable


class InputError(ValueError):
    """Input the core cannot use. ``template`` (marked for translation) and ``arguments`` let faces show
    the message in the user's language; ``str(error)`` is the English text."""

    def __init__(self, template, **arguments):
        super().__init__(template.format(**arguments))
        self.template = template
        self.arguments = arguments

    def message_in(self, translate: Callable[[str], str]) -> str:
        return translate(self.template).format(**self.arguments)
