# Sourced by the benchmarks: a Python venv with the peers, made once under bench/.venv (extraction and
# dates: trafilatura, readability, htmldate; near-duplicates: datasketch; reading: dateparser, quantulum3).
# A venv's own pip is upgraded first: the system pip fails to resolve trafilatura's lxml extras.
venv="$(dirname "${BASH_SOURCE[0]}")/.venv"
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import trafilatura, readability, html_text, htmldate, datasketch, dateparser, quantulum3" 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q -U pip
    "$venv/bin/pip" install -q trafilatura==2.3.1 readability-lxml==0.9 html_text htmldate datasketch dateparser quantulum3
fi
PY="$venv/bin/python"
