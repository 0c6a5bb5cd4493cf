"""The window's language: Spanish by default, English on request, switched at runtime.

Source strings are English; `assets/i18n/innovact_es.qm` holds the Spanish. Installing or removing
a translator makes Qt send every widget a LanguageChange event, and each widget retranslates itself
in `changeEvent`. Words that come from the core (field names, roles, skip reasons) are translated
here, so the core stays free of Qt and of any one language.

Regenerate the translations after changing visible text: `sh ui/i18n_build.sh`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from innovact_desk import messages
from innovact_desk.assets import asset_path
from innovact_desk.errors import UserError

LANGUAGES = ("es", "en")
DEFAULT_LANGUAGE = "es"
_SETTINGS_KEY = "language"
_installed: list[QTranslator] = []
_current = {"lang": "en"}
translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


def saved_language() -> str:
    value = QSettings().value(_SETTINGS_KEY, DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def current_language() -> str:
    return _current["lang"]


def install_language(lang: str, *, save: bool = False) -> bool:
    """Makes `lang` the window's language; False (and English) when its translation could not be loaded."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    loaded = _load_english(app) if lang == "en" else _load_spanish(app)
    _current["lang"] = lang if loaded else "en"
    if _current["lang"] == "es":
        QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Peru))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    for translator in _installed:
        app.installTranslator(translator)  # each install makes Qt send LanguageChange to every widget
    if save:
        QSettings().setValue(_SETTINGS_KEY, lang)
    return loaded


def qt_translation_folders() -> list[str]:
    """Where Qt's own Spanish (qtbase_es.qm: file and print dialogs, Cancel, key names) may be: Qt's own
    folder, PySide6's wheel, or the standalone program's unpacked folder."""
    import PySide6

    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
               str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations")]
    if hasattr(sys, "_MEIPASS"):
        folders.append(str(Path(sys._MEIPASS) / "PySide6" / "Qt" / "translations"))
    return folders


def _load_english(app: QCoreApplication) -> bool:
    """English is the source language; innovact_en.qm only holds the plural forms of "%n certificate(s)"
    ("1 certificate", "2 certificates"). Without it the window still speaks English."""
    plurals = QTranslator(app)
    if plurals.load(str(asset_path("i18n", "innovact_en.qm"))):
        _installed.append(plurals)
    return True


def _load_spanish(app: QCoreApplication) -> bool:
    ours = QTranslator(app)
    if not ours.load(str(asset_path("i18n", "innovact_es.qm"))):
        return False
    qt_own = QTranslator(app)  # Qt's own words: file and print dialogs, Cancel, Yes, No
    if any(qt_own.load("qtbase_es", folder) for folder in qt_translation_folders()):
        _installed.append(qt_own)
    # Installed last, so looked up first: our words win over Qt's, e.g. the key names below.
    _installed.append(ours)
    return True


def mended_qt_words() -> list[str]:
    """Words of Qt's file and print dialogs that its Spanish (qtbase_es, older than the dialogs) leaves in
    English: ours, under Qt's own contexts, so the dialogs speak one language."""
    return [translate("QFileDialog", "&Look in:"), translate("QFileDialog", "Files of &type:"),
            translate("QPrintDialog", "Page &Set:"), translate("QPrintDialog", "Off"),
            translate("QPrintDialog", "Long side binding"), translate("QPrintDialog", "Short side binding"),
            translate("QPrintDialog", "Pages")]


def key_names() -> list[str]:
    """Shortcuts named one way everywhere, as the keys are labelled: "Ctrl+Mayús+N", never Qt's Spanish
    "Control+Mayúsculas+N". Qt words key names in the "QShortcut" context; these calls keep our Spanish
    for them in the .ts (lupdate finds them here)."""
    return [translate("QShortcut", "Ctrl"), translate("QShortcut", "Shift"), translate("QShortcut", "Alt"),
            translate("QShortcut", "PgUp"), translate("QShortcut", "PgDown"), translate("QShortcut", "Del"),
            translate("QShortcut", "Esc")]


def field_label(key: str) -> str:
    labels = {
        "name": translate("Labels", "Full name"),
        "given_names": translate("Labels", "Given names"),
        "surnames": translate("Labels", "Surnames"),
        "second_surname": translate("Labels", "Second surname"),
        "doc_type": translate("Labels", "Document type"),
        "document": translate("Labels", "Document number"),
        "organization": translate("Labels", "Organization"),
        "org_kind": translate("Labels", "Kind of organization"),
        "country": translate("Labels", "Country"),
        "position": translate("Labels", "Position"),
        "role": translate("Labels", "Role"),
        "lang": translate("Labels", "Certificate language"),
        "email": translate("Labels", "Email"),
        "phone": translate("Labels", "Phone"),
        "gender": translate("Labels", "Gender"),
        "value_chain": translate("Labels", "Value chain"),
    }
    return labels.get(key, key)


def role_label(role: str) -> str:
    labels = {
        "participant": translate("Labels", "Participant"),
        "speaker": translate("Labels", "Speaker"),
        "organizer": translate("Labels", "Organizer"),
        "staff": translate("Labels", "Staff"),
        "other": translate("Labels", "Other"),
    }
    return labels.get(role, role)


def language_label(lang: str) -> str:
    return {"es": translate("Labels", "Spanish"), "en": translate("Labels", "English")}.get(lang, lang)


def skip_reason(key: str, values: dict | None = None) -> str:
    """Why a row was skipped (the core's key and values, roster/messages.py), in the window's language."""
    return messages.word(key, values or {}, current_language())


def number(value: int) -> str:
    """A count in the window's locale: "100,000" in English, "100 000" in Peru's Spanish."""
    return QLocale().toString(int(value))


def hours_text(hours: float) -> str:
    """"16" for sixteen hours, "16,5" (or "16.5") for a half more: never "16.0"."""
    return QLocale().toString(float(hours), "f", 0 if float(hours).is_integer() else 1)


def user_message(error: UserError) -> str:
    """A core error in the window's language (the core gives a key and values; innovact_desk.messages words it)."""
    return error.words(current_language())
