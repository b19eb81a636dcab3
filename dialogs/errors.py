"""Problems found in flow files, each with its file and line."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class FlowError:
    file: str
    line: int
    message: str
    warning: bool = False  # worth a look, but the flow still loads (a step nothing reaches)

    def __str__(self) -> str:
        flag = "warning: " if self.warning else ""
        return f"{self.file}:{self.line}: {flag}{self.message}"


class FlowValidationError(Exception):
    """A flow file was rejected; `errors` lists every problem found (warnings included)."""

    def __init__(self, errors: list[FlowError]) -> None:
        self.errors = list(errors)
        super().__init__("\n".join(str(error) for error in self.errors))
