"""styra.maturity is pure: importing it loads neither Django nor styra.web."""

import subprocess
import sys


def test_importing_the_core_loads_no_django():
    code = (
        "import sys, styra.maturity as m; m.load_dimensions(); "
        "bad = [n for n in sys.modules if n == 'django' or n.startswith(('django.', 'styra.web'))];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
