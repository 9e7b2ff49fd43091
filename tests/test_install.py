"""README's first command, as a new user on Debian 12 runs it: a fresh virtual environment, `pip install .`
of the project's files, then `kipmon demo` from an empty folder, with nothing of the source tree on the path.

The venv reuses the machine's installed dependencies (--system-site-packages) so the test needs no
download of Scrapy and friends; pip still builds and installs kipmon itself as README says (build isolation
fetches setuptools from the configured index). The checkout is copied first, so the build leaves nothing
in the source tree."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_pip_install_into_a_fresh_venv_then_kipmon_demo_works(tmp_path):
    src = tmp_path / "src"
    files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    for name in filter(None, files.decode().split("\0")):
        if (ROOT / name).is_file():
            (src / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, src / name)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    venv = tmp_path / "venv"
    # --without-pip: the machine's pip installs into it (--python); ensurepip alone takes ~15 s
    subprocess.run(
        [sys.executable, "-m", "venv", "--system-site-packages", "--without-pip", str(venv)],
        check=True,
        env=env,
        timeout=120,
    )
    py = venv / "bin" / "python"
    pip = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(py), "install", "-q", str(src)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert pip.returncode == 0, pip.stdout + pip.stderr
    home = tmp_path / "home"
    home.mkdir()
    where = subprocess.run(
        [str(py), "-c", "import kipmon, crawler, checks; print(kipmon.__file__, checks.__file__)"],
        capture_output=True,
        text=True,
        env=env,
        cwd=home,
        check=True,
    ).stdout
    assert str(venv) in where and str(ROOT) not in where, where  # the installed copy, not this checkout
    # Only the product is installed: the evaluation worlds, tests and benches stay in the source tree.
    (record,) = venv.glob("lib/python*/site-packages/kipmon-*.dist-info/RECORD")
    installed = [line.split(",")[0] for line in record.read_text().splitlines()]
    # (entries outside site-packages, such as ../../../bin/kipmon, are the console script)
    tops = {n.split("/")[0] for n in installed if "/" in n and ".dist-info" not in n and not n.startswith("..")}
    assert tops == {"kipmon", "crawler", "checks", "schedules", "reports", "web"}, tops
    worlds = ("heldout", "validasi", "akhir", "kelima")
    assert not [name for name in installed if any(w in name.lower() for w in worlds)], installed
    demo = subprocess.run(
        [str(venv / "bin" / "kipmon"), "demo"], capture_output=True, text=True, env=env, cwd=home, timeout=300
    )
    assert demo.returncode == 0, demo.stdout + demo.stderr
    assert "run 1: complete" in demo.stdout
    assert (home / "kipmon-demo" / "index.html").stat().st_size > 10_000
    assert (home / "kipmon-demo" / "registry.csv").exists()
    assert "kipmon status --db kipmon-demo/kipmon.db" in demo.stdout
