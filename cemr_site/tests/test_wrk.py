"""make bench reads its figures from wrk's own report: a misread unit would be off a
thousandfold without anything failing."""

import pytest

from cemr_site.wrk import parse_wrk

REPORT = """Running 8s test @ http://127.0.0.1:8812/en/projects/bridges-of-trust/
  2 threads and 8 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     1.46s   420.79ms   1.97s    71.88%
    Req/Sec     4.22      3.72    10.00     56.25%
  Latency Distribution
     50%    1.56s{pad}
     75%    1.73s{pad}
     90%    1.89s{pad}
     99%  812.00us
  37 requests in 8.04s, 240.74KB read
  Socket errors: connect 0, read 4, write 0, timeout 5
  Non-2xx or 3xx responses: 2
Requests/sec:      4.60
Transfer/sec:     29.94KB
""".format(pad=" ")  # wrk pads a figure in seconds with a space, as "1.56s "


def test_rate_percentiles_in_milliseconds_and_failures():
    figures = parse_wrk(REPORT)
    assert figures["rate"] == 4.6
    assert figures["p50"] == 1560.0
    assert figures["p99"] == pytest.approx(0.812)
    assert figures["requests"] == 37
    # Non-2xx, and the timed-out connections; not the reads of connections gunicorn closed.
    assert figures["failures"] == 7


def test_a_report_without_its_figures_stops_the_bench():
    with pytest.raises(SystemExit):
        parse_wrk(REPORT.replace("     99%  812.00us\n", ""))
