#!/bin/sh
# Regenerates the window's Spanish translation.
#   1. lupdate reads every self.tr("...") and translate("Context", "...") in every ui/**/*.py and merges the
#      strings into assets/i18n/innovact_es.ts (translations already there are kept; strings no
#      longer in the code are dropped);
#   2. translate the entries marked type="unfinished" (pyside6-linguist, or any text editor);
#   3. the same for assets/i18n/innovact_en.ts, which holds only the English plural forms of "%n …(s)";
#   4. lrelease compiles the .ts into assets/i18n/innovact_es.qm, the file the program loads.
# Run from anywhere: sh ui/i18n_build.sh   (tests/ui/test_translations.py fails while a string is untranslated)
set -eu
cd "$(dirname "$0")/.."
bin=.venv/bin
"$bin/pyside6-lupdate" $(find ui -name "*.py" | sort) -ts assets/i18n/innovact_es.ts -source-language en -target-language es_PE -no-obsolete -locations none
"$bin/pyside6-lrelease" assets/i18n/innovact_es.ts -qm assets/i18n/innovact_es.qm
# English needs only its plural forms ("1 certificate" / "2 certificates" for "%n certificate(s)"):
"$bin/pyside6-lupdate" $(find ui -name "*.py" | sort) -ts assets/i18n/innovact_en.ts -source-language en -target-language en_US -no-obsolete -locations none -pluralonly
"$bin/pyside6-lrelease" assets/i18n/innovact_en.ts -qm assets/i18n/innovact_en.qm
