"""The review page's server: 127.0.0.1 only, a token on every form, verdicts into the ledger."""

from __future__ import annotations

import http.client
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest

from consistency.app.review_page import ReviewServer
from consistency.report import write_reports
from consistency.review import read_reviews
from tests.test_report import IMG, SCRIPT, sample_result


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ReviewServer]:
    """A review server on a free port over the sample report, in a thread."""
    write_reports(sample_result(), tmp_path / "reports")
    served = ReviewServer(0, tmp_path / "reports" / "report.json", tmp_path / "reviews.sqlite")
    thread = threading.Thread(target=served.serve_forever, daemon=True)
    thread.start()
    yield served
    served.shutdown()
    served.server_close()


def _request(
    server: ReviewServer,
    method: str,
    path: str,
    body: dict[str, str] | None = None,
    host: str | None = None,
) -> tuple[int, dict[str, str], str]:
    """Send one request and return status, headers and body text."""
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    headers = {"Host": host or f"127.0.0.1:{server.port}"}
    data = urlencode(body).encode() if body is not None else None
    if data is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    connection.request(method, path, body=data, headers=headers)
    response = connection.getresponse()
    text = response.read().decode("utf-8")
    connection.close()
    return response.status, {k.lower(): v for k, v in response.getheaders()}, text


def _token(page: str) -> str:
    """The form token the page carries."""
    match = re.search(r'name="token" value="([^"]+)"', page)
    assert match is not None
    return match.group(1)


def test_binds_to_loopback_only(server: ReviewServer) -> None:
    """The server listens on 127.0.0.1, never on every interface."""
    assert server.server_address[0] == "127.0.0.1"
    assert server.url == f"http://127.0.0.1:{server.port}/"


def test_page_has_a_form_per_finding_and_a_strict_policy(server: ReviewServer) -> None:
    """Every finding gets a verdict form; responses forbid sniffing and foreign scripts."""
    status, headers, page = _request(server, "GET", "/")
    assert status == 200 and headers["content-type"] == "text/html; charset=utf-8"
    assert page.count('<form class="review-form" method="post" action="/review">') == 4
    assert page.count('name="verdict" value="false-alarm"') == 4
    assert headers["x-content-type-options"] == "nosniff"
    assert "script-src 'sha256-" in headers["content-security-policy"]
    assert SCRIPT not in page and IMG not in page


def test_posting_a_verdict_records_it_and_redirects_back(server: ReviewServer) -> None:
    """A posted verdict lands in the ledger with the finding's evidence, then shows on the page."""
    _, _, page = _request(server, "GET", "/")
    form = {"token": _token(page), "finding_id": "f-duration", "verdict": "false-alarm"}
    form |= {"note": f"fine {SCRIPT}", "by": "Ana"}
    status, headers, _ = _request(server, "POST", "/review", form)
    assert status == 303 and headers["location"] == "/#finding-f-duration"
    review = read_reviews(server.ledger_path)["f-duration"]
    assert (review.verdict, review.by, review.note) == ("false-alarm", "Ana", f"fine {SCRIPT}")
    _, _, page = _request(server, "GET", "/")
    assert "<strong>Reviewed:</strong>" in page and SCRIPT not in page
    assert "fine &lt;script&gt;alert(1)&lt;/script&gt;" in page
    # The next form does not carry the last editor's name (another editor may save next), and
    # saving again keeps the note unless the editor changes it.
    assert 'name="by" maxlength="200" required value=""' in page
    assert 'name="note" maxlength="2000" value="fine &lt;script&gt;alert(1)&lt;/script&gt;"' in page


def test_post_without_the_token_is_refused(server: ReviewServer) -> None:
    """A form posted from another page (no or wrong token) writes nothing."""
    for token in ("", "guess"):
        form = {"token": token, "finding_id": "f-duration", "verdict": "confirmed", "by": "x"}
        status, _, body = _request(server, "POST", "/review", form)
        assert status == 403 and "stale or from another page" in body
    assert read_reviews(server.ledger_path) == {}


def test_invalid_posts_are_400_with_one_line(server: ReviewServer) -> None:
    """An unknown finding, verdict or missing reviewer is refused with its reason."""
    _, _, page = _request(server, "GET", "/")
    base = {"token": _token(page), "finding_id": "f-duration", "verdict": "confirmed", "by": "A"}
    for change, reason in (
        ({"finding_id": "nope"}, "finding &#39;nope&#39; is not in"),
        ({"verdict": "maybe"}, "verdict &#39;maybe&#39; is not one of"),
        ({"by": ""}, "who made it"),
    ):
        status, _, body = _request(server, "POST", "/review", base | change)
        assert status == 400 and reason in body, body
    assert read_reviews(server.ledger_path) == {}


def test_other_host_names_are_refused(server: ReviewServer) -> None:
    """A request for another host name (DNS rebinding) gets no page."""
    status, _, body = _request(server, "GET", "/", host="evil.example:80")
    assert status == 421 and "Consistency report" not in body
    assert _request(server, "GET", "/", host=f"localhost:{server.port}")[0] == 200


def test_sources_are_served_as_plain_text_only_for_known_articles(
    server: ReviewServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An article's file comes back as text/plain; anything else is 404."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "b_wire.txt").write_text(f"Wire copy {SCRIPT}", "utf-8")
    monkeypatch.chdir(tmp_path)
    status, headers, body = _request(server, "GET", f"/source/{1:016x}")
    assert status == 200 and headers["content-type"] == "text/plain; charset=utf-8"
    assert body == f"Wire copy {SCRIPT}" and headers["x-content-type-options"] == "nosniff"
    assert _request(server, "GET", f"/source/{2:016x}")[0] == 404
    assert _request(server, "GET", "/source/../../etc/passwd")[0] == 404
    assert _request(server, "GET", "/elsewhere")[0] == 404


def test_malformed_posts_are_400(server: ReviewServer) -> None:
    """A body that is not a small UTF-8 form is refused without a traceback."""
    for body in (b"\xff\xfe\x00", b"x" * 20_000):
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
        headers = {"Host": f"127.0.0.1:{server.port}"}
        connection.request("POST", "/review", body=body, headers=headers)
        response = connection.getresponse()
        assert response.status == 400 and b"not UTF-8" in response.read()
        connection.close()
    assert read_reviews(server.ledger_path) == {}
