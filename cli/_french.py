"""French for what typer and its (vendored) click print: help panels, usage lines, usage errors, and the
pydantic messages that end up in our one-line errors.

Typer 0.29 carries its own copy of click (typer._click) whose messages are plain English literals, not
gettext calls, and renders help with rich (typer.rich_utils constants). So `install()`, called once when
the `bts` app is built, sets the rich_utils constants, gives the usage prefix and the --help option their
French text, and replaces the error printer with one that words each usage error in French from the
exception's own data (parameter, option names, pydantic error type). "Options" and "Arguments" are the
same words in French.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

USAGE = "Utilisation : "
HELP_OPTION = "Afficher cette aide et quitter."
TRY_HELP = "Essayez « {command_path} {help_option} » pour l'aide."

_PYDANTIC: dict[str, str] = {
    "missing": "champ obligatoire absent",
    "int_parsing": "nombre entier attendu",
    "int_type": "nombre entier attendu",
    "int_from_float": "nombre entier attendu (sans décimale)",
    "float_parsing": "nombre attendu",
    "float_type": "nombre attendu",
    "bool_parsing": "oui/non attendu (true, false, 1, 0)",
    "bool_type": "oui/non attendu",
    "string_type": "texte attendu",
    "string_too_short": "texte trop court",
    "string_too_long": "texte trop long",
    "list_type": "liste attendue",
    "dict_type": "objet attendu",
    "model_type": "objet attendu",
    "model_attributes_type": "objet attendu",
    "extra_forbidden": "champ inconnu",
    "json_invalid": "JSON invalide",
    "date_parsing": "date invalide (attendu AAAA-MM-JJ)",
    "date_from_datetime_parsing": "date invalide (attendu AAAA-MM-JJ)",
    "datetime_parsing": "date et heure invalides (attendu AAAA-MM-JJTHH:MM)",
    "datetime_from_date_parsing": "date et heure invalides (attendu AAAA-MM-JJTHH:MM)",
    "path_type": "chemin attendu",
    "path_not_file": "ce chemin n'est pas un fichier",
    "path_not_directory": "ce chemin n'est pas un dossier",
    "path_exists": "ce chemin existe déjà",
    "value_error": "valeur invalide",
}
_PYDANTIC_CTX: dict[str, str] = {
    "greater_than": "doit être strictement supérieur à {gt}",
    "greater_than_equal": "doit être supérieur ou égal à {ge}",
    "less_than": "doit être strictement inférieur à {lt}",
    "less_than_equal": "doit être inférieur ou égal à {le}",
    "literal_error": "valeur non admise (attendu : {expected})",
    "enum": "valeur non admise (attendu : {expected})",
    "too_short": "trop court (au moins {min_length})",
    "too_long": "trop long (au plus {max_length})",
}


def pydantic_error_fr(error: dict[str, Any]) -> str:
    """One pydantic error (an item of ValidationError.errors()) in French; its own text when unknown."""
    kind = str(error.get("type", ""))
    ctx = error.get("ctx") or {}
    if kind in _PYDANTIC_CTX:
        try:
            text = _PYDANTIC_CTX[kind].format(**ctx)
        except (KeyError, IndexError):
            text = _PYDANTIC_CTX[kind].split(" (")[0].split(" {")[0]
        return text.replace(" or ", " ou ")
    if kind in _PYDANTIC:
        detail = ctx.get("error") if kind == "value_error" else None
        return f"{_PYDANTIC[kind]} : {detail}" if detail else _PYDANTIC[kind]
    return str(error.get("msg", ""))


def pydantic_fr(exc: BaseException) -> str | None:
    """The first error of a pydantic ValidationError in French, with where it is; None if not one."""
    errors = getattr(exc, "errors", None)
    if not callable(errors) or type(exc).__name__ != "ValidationError":
        return None
    try:
        first = errors()[0]
    except (IndexError, TypeError):
        return None
    return pydantic_error_fr(first)


def translate_bts_message(line: str, exc: BaseException) -> str:
    """Our one-line error with pydantic's English (e.g. "Field required") replaced by French."""
    cause = exc.__cause__
    errors = getattr(cause, "errors", None)
    if cause is None or not callable(errors) or type(cause).__name__ != "ValidationError":
        return line
    try:
        items = errors()
    except TypeError:
        return line
    for item in items:
        msg = str(item.get("msg", ""))
        if msg and msg in line:
            line = line.replace(msg, pydantic_error_fr(item))
    return line


# --- usage errors ----------------------------------------------------------------------------------------

_PARAM_TYPES = {"option": "option", "argument": "argument", "parameter": "paramètre"}
_USAGE_PATTERNS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (re.compile(r"^No such command '(.*)'\.$"), lambda m: f"commande inconnue : « {m[1]} »."),
    (re.compile(r"^Missing command\.$"), lambda m: "commande manquante."),
    (re.compile(r"^Got unexpected extra argument(?:\(s\)|s)? \((.*)\)$"), lambda m: f"argument(s) en trop : {m[1]}"),
    (re.compile(r"^Option '(.*)' requires an argument\.$"), lambda m: f"l'option « {m[1]} » attend une valeur."),
    (re.compile(r"^Option '(.*)' requires (\d+) arguments\.$"), lambda m: f"l'option « {m[1]} » attend {m[2]} valeurs."),
    (re.compile(r"^Option '(.*)' does not take a value\.$"), lambda m: f"l'option « {m[1]} » ne prend pas de valeur."),
    (re.compile(r"^Argument '(.*)' takes (\d+) values\.$"), lambda m: f"l'argument « {m[1]} » attend {m[2]} valeurs."),
    (re.compile(r"^Value must be an iterable\.$"), lambda m: "une liste de valeurs est attendue."),
    (re.compile(r"^(File|Directory|Path) (.*) does not exist\.$"), lambda m: f"{m[2]} n'existe pas."),
    (re.compile(r"^(File|Directory|Path) (.*) is a file\.$"), lambda m: f"{m[2]} est un fichier."),
    (re.compile(r"^(File|Directory|Path) (.*) is a directory\.$"), lambda m: f"{m[2]} est un dossier."),
    (re.compile(r"^(File|Directory|Path) (.*) is not readable\.$"), lambda m: f"{m[2]} n'est pas lisible."),
    (re.compile(r"^(File|Directory|Path) (.*) is not writable\.$"), lambda m: f"{m[2]} n'est pas accessible en écriture."),
]


def _hint(exc: Any) -> str:
    from typer._click.exceptions import _join_param_hints

    hint = exc.param_hint if getattr(exc, "param_hint", None) is not None else None
    if hint is None and getattr(exc, "param", None) is not None:
        hint = exc.param.get_error_hint()
    return _join_param_hints(hint) or "" if hint else ""


def _plain(message: str) -> str:
    for pattern, make in _USAGE_PATTERNS:
        m = pattern.match(message.strip())
        if m:
            return make(m)
    return message


def usage_error_fr(exc: Any) -> str:
    """A typer/click usage error worded in French from its data."""
    from typer._click.exceptions import BadParameter, MissingParameter, NoSuchOption

    if isinstance(exc, MissingParameter):
        kind = exc.param_type or (exc.param.param_type_name if exc.param is not None else "parameter")
        word = _PARAM_TYPES.get(kind, "paramètre")
        genre = "obligatoire manquant" if word in ("argument", "paramètre") else "obligatoire manquante"
        hint = _hint(exc)
        return f"{word.capitalize()} {genre}{f' : {hint}' if hint else ''}."
    if isinstance(exc, BadParameter):
        cause = exc.__cause__
        detail = (pydantic_fr(cause) if cause is not None else None) or _plain(exc.message)
        hint = _hint(exc)
        return f"Valeur invalide{f' pour {hint}' if hint else ''} : {detail}"
    if isinstance(exc, NoSuchOption):
        name = exc.option_name
        near = f" (options proches : {', '.join(sorted(exc.possibilities))})" if exc.possibilities else ""
        return f"Option inconnue : {name}{near}"
    text = _plain(exc.format_message())
    return text[:1].upper() + text[1:]


def rich_format_error_fr(exc: Any) -> None:
    """typer.rich_utils.rich_format_error, in French."""
    from rich.markup import escape
    from rich.panel import Panel
    from typer import rich_utils as ru

    if exc.__class__.__name__ == "NoArgsIsHelpError":
        return
    console = ru._get_rich_console(stderr=True)
    ctx = getattr(exc, "ctx", None)
    if ctx is not None:
        console.print(ru.highlighter(ctx.get_usage()), style=ru.STYLE_USAGE_COMMAND)
    if ctx is not None and ctx.command.get_help_option(ctx) is not None:
        console.print(
            TRY_HELP.format(command_path=escape(ctx.command_path), help_option=ctx.help_option_names[0]),
            style=ru.STYLE_ERRORS_SUGGESTION,
        )
    message = usage_error_fr(exc) if _is_usage(exc) else exc.format_message()
    console.print(
        Panel(
            ru.highlighter(message),
            border_style=ru.STYLE_ERRORS_PANEL_BORDER,
            title=ru.ERRORS_PANEL_TITLE,
            title_align=ru.ALIGN_ERRORS_PANEL,
        )
    )


def _is_usage(exc: Any) -> bool:
    from typer._click.exceptions import UsageError

    return isinstance(exc, UsageError)


_installed = False


def install() -> None:
    """Put the French texts in place (idempotent)."""
    global _installed
    if _installed:
        return
    _installed = True
    from typer import rich_utils as ru
    from typer._click import core as click_core
    from typer._click import exceptions as click_exc
    from typer._click import formatting

    ru.DEPRECATED_STRING = "(obsolète) "
    ru.DEFAULT_STRING = "[défaut : {}]"
    ru.ENVVAR_STRING = "[variable d'environnement : {}]"
    ru.REQUIRED_LONG_STRING = "[obligatoire]"
    ru.ARGUMENTS_PANEL_TITLE = "Arguments"
    ru.OPTIONS_PANEL_TITLE = "Options"
    ru.COMMANDS_PANEL_TITLE = "Commandes"
    ru.ERRORS_PANEL_TITLE = "Erreur"
    ru.ABORTED_TEXT = "Interrompu."
    ru.RICH_HELP = "Essayez [blue]« {command_path} {help_option} »[/] pour l'aide."
    ru.OptionHighlighter.highlights = [*ru.OptionHighlighter.highlights, r"(?P<usage>Utilisation : )"]
    ru.highlighter = ru.OptionHighlighter()
    ru.rich_format_error = rich_format_error_fr  # type: ignore[assignment]

    write_usage = formatting.HelpFormatter.write_usage

    def write_usage_fr(self: Any, prog: str, args: str = "", prefix: str | None = None) -> None:
        write_usage(self, prog, args, USAGE if prefix is None else prefix)

    formatting.HelpFormatter.write_usage = write_usage_fr  # type: ignore[method-assign]

    get_help_option = click_core.Command.get_help_option

    def get_help_option_fr(self: Any, ctx: Any) -> Any:
        option = get_help_option(self, ctx)
        if option is not None and option.help == "Show this message and exit.":
            option.help = HELP_OPTION
        return option

    click_core.Command.get_help_option = get_help_option_fr  # type: ignore[method-assign]

    def show_fr(self: Any, file: Any = None) -> None:  # without rich: the same words
        from typer._click.utils import echo

        ctx = getattr(self, "ctx", None)
        if ctx is not None:
            hint = ""
            if ctx.command.get_help_option(ctx) is not None:
                hint = TRY_HELP.format(command_path=ctx.command_path, help_option=ctx.help_option_names[0]) + "\n"
            echo(f"{ctx.get_usage()}\n{hint}", file=file, err=file is None, color=ctx.color)
        echo(f"Erreur : {usage_error_fr(self)}", file=file, err=file is None, color=ctx.color if ctx else None)

    click_exc.UsageError.show = show_fr  # type: ignore[method-assign]
