"""Diagnostics in GNU format: `path:line:col: error: message`."""
from dataclasses import dataclass

from .model import Loc


@dataclass(frozen=True, order=True)
class Diag:
    loc: Loc
    message: str
    severity: str = "error"

    def __str__(self):
        return f"{self.loc}: {self.severity}: {self.message}"


class DescriptionError(Exception):
    """Raised with every diagnostic collected when a description is bad."""

    def __init__(self, diags):
        uniq = sorted(set(diags), key=lambda d: (d.loc.path, d.loc.line, d.loc.col, d.message))
        super().__init__("\n".join(map(str, uniq)))
        self.diags = uniq


class Sink:
    """Collects diagnostics; callers keep going after an error."""

    def __init__(self):
        self.diags = []

    def error(self, loc, message):
        self.diags.append(Diag(loc, message))

    def raise_if_any(self):
        if self.diags:
            raise DescriptionError(self.diags)
