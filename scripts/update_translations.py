"""`make translations`: refresh resources/i18n/*.ts from the plugin's tr() calls.

Every user-visible string goes through ``tr("…")`` or ``self.tr("…")`` with a literal English text in
one context (``CulturalDistrict``), or ``tr_n(count, "singular", "plural")`` for a count; the Qt-free core
marks its message templates with ``translatable("…")`` (``translatable_n``) and the faces translate them with
``tr``. Existing translations are kept; new strings are added as
unfinished; strings no longer in the source are dropped. lrelease compiles the .ts at build time.
"""

import ast
import sys
import xml.etree.ElementTree as ET  # nosec B405 - reads the project's own .ts files
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "cultural_district_plugin"
I18N = ROOT / "resources" / "i18n"
CONTEXT = "CulturalDistrict"
LANGUAGES = ("it",)


def source_strings():
    """``{text: "path:line"}`` of every literal tr() argument in the package, in source order."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            # tr("…"), translatable("…"); tr_n(count, "singular", "plural"), translatable_n(…): both forms
            texts = node.args[:1] if name in ("tr", "translatable") else node.args[1:3] if name.endswith("_n") else []
            for argument in texts if name in ("tr", "translatable", "tr_n", "translatable_n") else []:
                if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                    found.setdefault(argument.value, f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def existing_translations(ts_file):
    if not ts_file.exists():
        return {}
    translations = {}
    for message in ET.parse(ts_file).getroot().iter("message"):  # noqa: S314  # nosec B314 - project file
        translation = message.find("translation")
        if translation is not None and translation.text and translation.get("type") != "unfinished":
            translations[message.findtext("source")] = translation.text
    return translations


def write_ts(ts_file, language, strings, translations):
    root = ET.Element("TS", version="2.1", language=language)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for text, where in strings.items():
        message = ET.SubElement(context, "message")
        path = where.rsplit(":", 1)[0]
        ET.SubElement(message, "location", filename=path)  # no line numbers: edits elsewhere must not churn the .ts
        ET.SubElement(message, "source").text = text
        translation = ET.SubElement(message, "translation")
        if text in translations:
            translation.text = translations[text]
        else:
            translation.set("type", "unfinished")
    ET.indent(root)
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    with open(ts_file, "wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        ET.ElementTree(root).write(handle, encoding="utf-8")
        handle.write(b"\n")


def main():
    strings = source_strings()
    unfinished = 0
    for language in LANGUAGES:
        ts_file = I18N / f"cultural_district_{language}.ts"
        translations = existing_translations(ts_file)
        write_ts(ts_file, language, strings, translations)
        missing = [s for s in strings if s not in translations]
        unfinished += len(missing)
        print(f"{ts_file.relative_to(ROOT)}: {len(strings)} strings, {len(missing)} to translate")
    return 1 if "--check" in sys.argv and unfinished else 0


if __name__ == "__main__":
    sys.exit(main())
