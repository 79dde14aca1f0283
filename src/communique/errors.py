"""The library's own exceptions. Only the interfaces (CLI, API) turn them into messages."""


class CommuniqueError(Exception):
    """Base class: a problem with the user's input or setup, with a one-sentence message."""


class UnreadableArticle(CommuniqueError):
    """An article that cannot be read: empty, binary, not UTF-8, not English."""

    def __init__(self, name: str, reason: str):
        self.name = name
        self.reason = reason
        super().__init__(f"{name}: {reason}")


class BadInput(CommuniqueError):
    """A file or argument the user gave that cannot be used as it is."""


class DataFileError(CommuniqueError):
    """A data file (built-in or the user's) that cannot be parsed."""
