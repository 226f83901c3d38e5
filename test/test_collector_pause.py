"""Python's cycle collector is paused while an algorithm runs (its full collections over a million geometries
froze the window for up to 190 ms each during a dock check run), and restored exactly as it was."""

import gc
import threading

from conftest import MUNICIPALITIES

from cultural_district_plugin.processing_provider.create_store_algorithm import CreateStoreAlgorithm
from cultural_district_plugin.services.collector_pause import collector_paused


def test_the_collector_is_off_until_the_last_block_ends():
    assert gc.isenabled()
    entered, release = threading.Event(), threading.Event()

    def other():
        with collector_paused():
            entered.set()
            release.wait(10)

    thread = threading.Thread(target=other)
    with collector_paused():
        assert not gc.isenabled()
        thread.start()
        assert entered.wait(10)
    assert not gc.isenabled()  # the other thread's block still runs
    release.set()
    thread.join(10)
    assert gc.isenabled()


def test_a_collector_switched_off_elsewhere_stays_off():
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_an_algorithm_runs_with_the_collector_paused(run_algorithm, tmp_path, monkeypatch):
    seen = []
    original = CreateStoreAlgorithm.process

    def process(self, parameters, context, feedback):
        seen.append(gc.isenabled())
        return original(self, parameters, context, feedback)

    monkeypatch.setattr(CreateStoreAlgorithm, "process", process)
    run_algorithm("createstore", OUTPUT=str(tmp_path / "s.gpkg"), MUNICIPALITIES=MUNICIPALITIES, REGION_CODES="19")
    assert seen == [False] and gc.isenabled()
