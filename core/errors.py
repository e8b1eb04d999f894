"""One exception tree for the program's own failures and unusable input.

Each class carries an exit code and a French message that says what to do, so the CLI can print one
line and exit without a traceback (modelled on OCRmyPDF's exceptions). A non-conforming dossier is NOT an
exception: it is a verdict (pipeline.models).
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path


class ExitCode(IntEnum):
    ok = 0
    bad_args = 2
    input_file = 3  # unreadable, wrong type, truncated, empty
    encrypted = 4
    no_text = 5  # image-only where text is needed and OCR impossible
    too_large = 6
    rules = 7  # invalid rules data file
    storage = 8
    external = 9  # missing external program (LibreOffice, Tesseract)
    timeout = 10
    other = 15


class BtsError(Exception):
    """Base of every error the program reports to its user."""

    exit_code: ExitCode = ExitCode.other
    default_hint = ""

    def __init__(self, message: str, *, path: str | Path | None = None, hint: str | None = None):
        self.path = Path(path) if path is not None else None
        self.hint = hint if hint is not None else self.default_hint
        super().__init__(message)

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""

    def french(self) -> str:
        """One line: file, what is wrong, what to do."""
        where = f"{self.path.name} : " if self.path else ""
        hint = f" {self.hint}" if self.hint else ""
        return f"{where}{self.message}.{hint}".replace("..", ".")


class BadArgumentError(BtsError):
    exit_code = ExitCode.bad_args


class InputFileError(BtsError):
    exit_code = ExitCode.input_file
    default_hint = "Vérifiez le fichier ou demandez-en une nouvelle copie."


class EmptyFileError(InputFileError):
    default_hint = "Demandez une nouvelle copie du document."


class TruncatedFileError(InputFileError):
    default_hint = "Téléchargement interrompu ? Demandez une nouvelle copie du document."


class WrongFormatError(InputFileError):
    default_hint = "Enregistrez le document au format PDF, DOCX, TXT ou MD puis recommencez."


class EncryptedFileError(BtsError):
    exit_code = ExitCode.encrypted
    default_hint = "Demandez une version sans mot de passe."


class NoTextError(BtsError):
    exit_code = ExitCode.no_text
    default_hint = "Le document ne contient que des images : installez Tesseract (tesseract-ocr-fra) ou fournissez la version texte."


class TooLargeError(BtsError):
    exit_code = ExitCode.too_large
    default_hint = "Le document dépasse la taille admise : fournissez le seul document utile."


class RulesError(BtsError):
    exit_code = ExitCode.rules
    default_hint = "Corrigez le fichier de règles indiqué."


class StorageError(BtsError):
    exit_code = ExitCode.storage
    default_hint = "Vérifiez BTS_DATABASE_URL et que la base est accessible."


class ExternalToolError(BtsError):
    exit_code = ExitCode.external


class DocumentTimeoutError(BtsError):
    exit_code = ExitCode.timeout
    default_hint = "Le document a dépassé le temps de lecture autorisé : il doit être examiné à la main."
