"""Run Processing algorithms with QGIS's own command-line runner, as scripts and offices do (``make demo``,
``make bench``). The plugin is the one QGIS_PLUGINPATH points at (the Makefile sets it to build/)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess  # nosec B404 - runs qgis_process.bin with argument lists, never a shell
import sys
import tempfile
from pathlib import Path

# /usr/bin/qgis_process (a wrapper script) is broken on Debian 12: use the binary when it exists.
QGIS_PROCESS = shutil.which("qgis_process.bin") or shutil.which("qgis_process") or "qgis_process"
TIME = "/usr/bin/time"  # GNU time: wall clock and peak resident memory of a run


def fresh_profile_env() -> tuple[dict, str]:
    """An environment with a throwaway QGIS profile (never the user's) and the plugin enabled in it."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    profile = tempfile.mkdtemp(prefix="cdp-profile-")
    env["QGIS_CUSTOM_CONFIG_PATH"] = profile
    qgis_process("plugins", "enable", "cultural_district_plugin", env=env)
    return env, profile


def qgis_process(*args, env, timed=False):
    """Run ``qgis_process <args>``; exits with its output when it fails. With ``timed``, returns
    ``(stdout, seconds, peak RSS in MB)`` measured by GNU time around the process."""
    command = [QGIS_PROCESS, *[str(a) for a in args]]
    if timed:
        return timed_command(command, env)
    return _completed(command, env).stdout


def timed_command(command, env):
    """``(stdout, seconds, peak RSS in MB)`` of running ``command`` (a list) in a fresh process, measured by GNU
    time around it (NaN without GNU time); exits with its output when it fails."""
    report = None
    if Path(TIME).exists():
        handle, report = tempfile.mkstemp(suffix=".time")
        os.close(handle)
        command = [TIME, "-f", "%e %M", "-o", report, *command]
    completed = _completed(command, env)
    seconds, rss_kb = (Path(report).read_text().split()[-2:]) if report else ("nan", "nan")
    os.unlink(report) if report else None
    return completed.stdout, float(seconds), float(rss_kb) / 1024


def _completed(command, env):
    completed = subprocess.run([str(c) for c in command], env=env, capture_output=True, text=True)  # nosec B603
    if completed.returncode != 0:
        sys.stderr.write(completed.stdout + completed.stderr)
        shown = " ".join(str(c) for c in command[6 if command[0] == TIME else 0 :])[:200]  # without GNU time's part
        sys.exit(f"{shown} failed (exit {completed.returncode})")
    return completed


def run_algorithm(algorithm_id, env, timed=False, **parameters):
    """The results of ``algorithm_id`` (``cultural_district:`` is added to plugin ids without a provider)."""
    if ":" not in algorithm_id:
        algorithm_id = f"cultural_district:{algorithm_id}"
    args = ["--json", "run", algorithm_id, "--"] + [f"{k}={v}" for k, v in parameters.items()]
    output = qgis_process(*args, env=env, timed=timed)
    text = output[0] if timed else output
    results = json.loads(text[text.index("{") :])["results"]
    return (results, output[1], output[2]) if timed else results
