import pkgutil
import subprocess
import sys
from pathlib import Path

import innovact_desk

ROOT = Path(__file__).resolve().parents[2]


def test_every_core_module_imports_with_pyside6_blocked():
    modules = [m.name for m in pkgutil.walk_packages(innovact_desk.__path__, "innovact_desk.")]
    assert "innovact_desk.store.event" in modules  # walk_packages reaches into the subpackages
    assert len(modules) > 30
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6', 'ui'):\n"
        "            raise ImportError('blocked: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        f"for m in {modules!r}:\n"
        "    __import__(m)\n"
        "assert not any(k.startswith('PySide6') for k in sys.modules)\n"
        "print('ok')\n"
    )
    result = subprocess.run(check=False, args=[sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
