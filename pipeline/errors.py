"""Exception types of rennbericht; messages say what was wrong, where, and what to do."""


class RennberichtError(Exception):
    """Base class of every error this package raises on purpose."""


class InputError(RennberichtError):
    """An input file cannot be read as a German text (missing, binary, empty, bad encoding)."""


class LexiconError(RennberichtError):
    """A lexicon or rule file is invalid; the message names the file and line."""


class ModelNotFoundError(RennberichtError):
    """The requested spaCy pipeline is neither an installed package nor a path."""


class ExtractionError(RennberichtError):
    """Extracting one document failed; the message names the document. A batch goes on."""
