"""`make docs`: the README's table of Processing algorithms, generated from the provider itself.

Between the markers ``<!-- algorithms:start -->`` and ``<!-- algorithms:end -->`` the README lists every algorithm
of the provider with its parameters and outputs, as the algorithms declare them (name, description, whether
optional, default). A test fails when the README and the provider differ; run ``make docs`` and commit.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
START, END = "<!-- algorithms:start -->", "<!-- algorithms:end -->"


def _parameter(definition):
    from qgis.core import QgsProcessingParameterDefinition

    text = f"`{definition.name()}` {definition.description()}"
    notes = []
    if definition.flags() & QgsProcessingParameterDefinition.Flag.FlagOptional:
        notes.append("optional")
    default = definition.defaultValue()
    if default not in (None, "", []) and not definition.isDestination():
        notes.append(f"default {default!r}" if isinstance(default, str) else f"default {default}")
    if hasattr(definition, "options") and definition.options():
        notes.append(", ".join(f"{i} {option}" for i, option in enumerate(definition.options())))
    return text + (f" ({'; '.join(notes)})" if notes else "")


def algorithm_table(provider):
    """Markdown: one row per algorithm, sorted by id."""
    rows = ["| Algorithm | Parameters | Outputs |", "|---|---|---|"]
    for algorithm in sorted(provider.algorithms(), key=lambda a: a.name()):
        parameters = [p for p in algorithm.parameterDefinitions() if not p.isDestination()]
        outputs = [f"`{d.name()}` {d.description()}" for d in algorithm.parameterDefinitions() if d.isDestination()]
        outputs += [
            f"`{o.name()}` {o.description()}"
            for o in algorithm.outputDefinitions()
            if o.name() not in {d.name() for d in algorithm.parameterDefinitions()}
        ]
        rows.append(
            f"| `{algorithm.name()}` — {algorithm.displayName()} | "
            + "<br>".join(_parameter(p) for p in parameters).replace("|", "\\|")
            + " | "
            + "<br>".join(outputs).replace("|", "\\|")
            + " |"
        )
    return "\n".join(rows) + "\n"


def readme_with_table(readme_text, table):
    before, rest = readme_text.split(START, 1)
    _, after = rest.split(END, 1)
    return f"{before}{START}\n{table}{END}{after}"


def main():
    sys.path.insert(0, str(ROOT))
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from cultural_district_plugin.processing_provider.provider import CulturalDistrictProvider

    provider = CulturalDistrictProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    README.write_text(
        readme_with_table(README.read_text(encoding="utf-8"), algorithm_table(provider)), encoding="utf-8"
    )
    print(f"{README.name}: {len(provider.algorithms())} algorithms")
    QgsApplication.processingRegistry().removeProvider(provider)


if __name__ == "__main__":
    main()
