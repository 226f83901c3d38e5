"""The project's own documentation stays true to the code: the README's algorithm table is the provider's."""

import importlib.util

from conftest import ROOT


def _algorithm_docs():
    spec = importlib.util.spec_from_file_location("algorithm_docs", ROOT / "scripts" / "algorithm_docs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_readme_lists_the_algorithms_as_the_provider_declares_them(provider):
    docs = _algorithm_docs()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    expected = docs.readme_with_table(readme, docs.algorithm_table(provider))
    assert readme == expected, "README.md's algorithm table is stale: run `make docs` and commit"
    for algorithm in provider.algorithms():
        assert f"`{algorithm.name()}`" in readme


def test_docs_name_no_file_outside_the_repository():
    for path in list((ROOT / "cultural_district_plugin").rglob("*.py")) + list((ROOT / "test").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for outside in ("DESIGN.md", "domain.md", "../shared"):
            assert outside not in text or path.name == "test_docs.py", f"{path} cites {outside}"
    for page in ("architecture.md", "methods.md"):
        assert (ROOT / "docs" / page).stat().st_size > 2000
