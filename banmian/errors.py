"""Errors banmian reports to users: one line each, never a traceback.

``InputError`` is bad input (empty, binary, undecodable, a broken PDF); anything else that
escapes is a defect in banmian itself.
"""


class BanmianError(Exception):
    """Base of every error banmian reports to a user."""


class InputError(BanmianError):
    """The input cannot be read as a page: empty, binary, wrong encoding, broken PDF."""


class StoreError(BanmianError):
    """The archive cannot be opened or written."""
