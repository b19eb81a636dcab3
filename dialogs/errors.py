"""Problems found in flow files, each with its file and line."""

from __future__ import annotations

from dataclasses import dataclass

from dialogs.check_texts import said
from texts.i18n import Said


@dataclass(frozen=True)
class FlowError:
    """A problem of a flow file: `said` in the words of whoever reads it (the language
    spoken when it is shown, `dialogs.check_texts`)."""

    file: str
    line: int
    said: Said
    warning: bool = False  # worth a look, but the flow still loads (a step nothing reaches)

    @property
    def message(self) -> str:
        """The problem, in the language being spoken."""
        return str(self.said)

    def __str__(self) -> str:
        problem = said("WARNING", problem=self.said) if self.warning else self.said
        return f"{self.file}:{self.line}: {problem}"

    def __lt__(self, other: FlowError) -> bool:
        return (self.file, self.line, self.warning, self.message) < (
            other.file, other.line, other.warning, other.message,
        )  # fmt: skip


class FlowValidationError(Exception):
    """A flow file was rejected; `errors` lists every problem found (warnings included)."""

    def __init__(self, errors: list[FlowError]) -> None:
        self.errors = list(errors)
        super().__init__("\n".join(str(error) for error in self.errors))
