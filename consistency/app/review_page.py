"""The review page: the last run's report served on 127.0.0.1, with a verdict form per finding."""

from __future__ import annotations

import secrets
import sys
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, quote, urlsplit

from markupsafe import escape

from consistency.report import ReviewForm, render_html, with_reviews
from consistency.report.html import content_security_policy
from consistency.report.readback import ReportFileError, find_finding, load_report
from consistency.report.sources import locate_source
from consistency.review.ledger import LedgerError, open_ledger, read_reviews

HOST = "127.0.0.1"
MAX_BODY = 16_384  #: a verdict, a note and a name; anything longer is not a review
MAX_SOURCE = 20_000_000
REQUEST_TIMEOUT = 10.0  #: seconds for a request to arrive whole


class ReviewServer(ThreadingHTTPServer):
    """An HTTP server on 127.0.0.1 that knows the report, the ledger and its form token."""

    daemon_threads = True

    def __init__(self, port: int, report_path: Path, ledger_path: Path, by: str = "") -> None:
        """Listen on 127.0.0.1 only; port 0 picks a free port."""
        super().__init__((HOST, port), ReviewHandler)
        self.report_path = report_path
        self.ledger_path = ledger_path
        self.by = by
        # A page from another site could post to localhost; only our own page has the token.
        self.token = secrets.token_urlsafe(24)

    def handle_error(self, request: object, client_address: object) -> None:
        """Say nothing of a client that hung up or went quiet; report anything else."""
        if isinstance(sys.exc_info()[1], ConnectionError | TimeoutError):
            return  # a closed tab or a stalled client is not the server's error
        super().handle_error(request, client_address)  # type: ignore[arg-type]

    @property
    def port(self) -> int:
        """The port actually bound."""
        return int(self.server_address[1])

    @property
    def url(self) -> str:
        """Where the review page is."""
        return f"http://{HOST}:{self.port}/"


class ReviewHandler(BaseHTTPRequestHandler):
    """Serve the page and the source files; record verdicts posted from the page."""

    server: ReviewServer
    server_version = "consistency-review"
    #: Seconds a request may take to arrive: a POST that declares more bytes than it sends
    #: would otherwise hold its thread for ever.
    timeout = REQUEST_TIMEOUT

    def do_GET(self) -> None:
        """The review page at /, an article's file at /source/<article id>."""
        if not self._trusted_host():
            return
        path = urlsplit(self.path).path
        if path in ("/", "/index.html"):
            self._page()
        elif path.startswith("/source/"):
            self._source(path.removeprefix("/source/"))
        else:
            self._send(HTTPStatus.NOT_FOUND, "text/plain", "not found")

    def do_POST(self) -> None:
        """Record a verdict from a finding's form, then go back to that finding."""
        if not self._trusted_host():
            return
        if urlsplit(self.path).path != "/review":
            self._send(HTTPStatus.NOT_FOUND, "text/plain", "not found")
            return
        origin = self.headers.get("Origin")
        own = {f"http://{HOST}:{self.server.port}", f"http://localhost:{self.server.port}"}
        if origin is not None and origin not in own:
            self._error(HTTPStatus.FORBIDDEN, "the form was posted from another site")
            return
        form = self._form()
        if form is None:
            self._error(HTTPStatus.BAD_REQUEST, "the form is empty, too long or not UTF-8")
            return
        if not secrets.compare_digest(form.get("token", ""), self.server.token):
            self._error(HTTPStatus.FORBIDDEN, "the form is stale or from another page; reload")
            return
        try:
            finding_id = self._mark(form)
        except (LedgerError, ReportFileError) as error:
            self._error(HTTPStatus.BAD_REQUEST, str(error))
            return
        self.send_response(HTTPStatus.SEE_OTHER)
        self.send_header("Location", f"/#finding-{quote(finding_id)}")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        """Keep the terminal for errors: successful requests are not logged."""

    def _form(self) -> dict[str, str] | None:
        """The posted form's fields, or None when the body is not a small UTF-8 form."""
        length = self.headers.get("Content-Length", "")
        if not length.isdigit() or not 0 < int(length) <= MAX_BODY:
            return None
        try:
            body = self.rfile.read(int(length)).decode("utf-8")
        except UnicodeDecodeError:
            return None
        return {k: v[0] for k, v in parse_qs(body).items()}

    def _mark(self, form: dict[str, str]) -> str:
        """Write the posted verdict to the ledger, against the finding's current evidence."""
        finding_id = form.get("finding_id", "")
        report = load_report(self.server.report_path)
        finding = find_finding(report, finding_id)
        if finding is None:
            raise ReportFileError(f"finding {finding_id!r} is not in {self.server.report_path}")
        ledger = open_ledger(self.server.ledger_path)
        # The name is not remembered for the next form: several editors may share the page.
        ledger.mark(
            finding_id,
            form.get("verdict", ""),
            form.get("note", ""),
            form.get("by", ""),
            finding["review"]["evidence_hash"],
        )
        return finding_id

    def _page(self) -> None:
        """Render the report with the ledger as it is now and a form under every finding."""
        try:
            report = load_report(self.server.report_path)
            report = with_reviews(report, read_reviews(self.server.ledger_path))
        except (LedgerError, ReportFileError) as error:
            self._error(HTTPStatus.INTERNAL_SERVER_ERROR, str(error))
            return
        links = {a["article_id"]: f"/source/{quote(a['article_id'])}" for a in report["articles"]}
        form = ReviewForm(token=self.server.token, by=self.server.by)
        self._send(HTTPStatus.OK, "text/html", render_html(report, links=links, form=form))

    def _source(self, article_id: str) -> None:
        """Send an article's file as plain text (never as HTML: it is untrusted)."""
        try:
            report = load_report(self.server.report_path)
        except ReportFileError as error:
            self._error(HTTPStatus.INTERNAL_SERVER_ERROR, str(error))
            return
        article = next((a for a in report["articles"] if a["article_id"] == article_id), None)
        found = locate_source(article["source"]) if article else None
        if found is None or found.stat().st_size > MAX_SOURCE:
            self._send(HTTPStatus.NOT_FOUND, "text/plain", "source file not found")
            return
        text = found.read_bytes().decode("utf-8", errors="replace")
        self._send(HTTPStatus.OK, "text/plain", text)

    def _trusted_host(self) -> bool:
        """Refuse requests addressed to another host name (DNS rebinding)."""
        allowed = {f"{HOST}:{self.server.port}", f"localhost:{self.server.port}"}
        if self.headers.get("Host", "") in allowed:
            return True
        self._send(HTTPStatus.MISDIRECTED_REQUEST, "text/plain", "wrong host")
        return False

    def _error(self, status: HTTPStatus, message: str) -> None:
        """Send a one-line error page with a way back."""
        body = (
            f"<!doctype html><title>Error</title><p>error: {escape(message)}</p>"
            '<p><a href="/">Back to the report</a></p>'
        )
        self._send(status, "text/html", body)

    def _send(self, status: HTTPStatus, kind: str, body: str) -> None:
        """Send a response with headers that keep the page to itself."""
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", f"{kind}; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        # No other site may frame the page (a click on a framed verdict button is a verdict).
        policy = f"{content_security_policy()}; frame-ancestors 'none'"
        self.send_header("Content-Security-Policy", policy)
        self.send_header("X-Frame-Options", "DENY")
        self.send_header("X-Content-Type-Options", "nosniff")
        # Nothing leaves for other sites, but the page's own form posts keep their Origin: under
        # "no-referrer" Chromium posts "Origin: null", which the Origin check must refuse.
        self.send_header("Referrer-Policy", "same-origin")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(data)
