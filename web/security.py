"""Sessions, CSRF tokens and login rate limiting of the review pages.

- Sessions are server-side (table `review_sessions`): the cookie holds a random token, the database only its
  sha256; the cookie is HttpOnly, SameSite=Strict, Secure behind HTTPS; a session ends after SESSION_HOURS,
  at logout, or when its account is disabled or its password changed.
- Every POST carries a CSRF token: the session's own token once logged in; before login, a random token set
  in its own cookie and echoed by the form (double submit).
- Failed logins are counted per account name and per address over a sliding window; past the limit the
  password is not even checked until the window has passed.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from pipeline.accounts import User, user_of
from pipeline.storage import ReviewStore

SESSION_COOKIE = "bts_session"
LOGIN_CSRF_COOKIE = "bts_csrf"
SESSION_HOURS = 8


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


def same(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and hmac.compare_digest(str(a), str(b))


def open_session(review: ReviewStore, user: User) -> str:
    """A new session for this account; returns the cookie value (never stored as such)."""
    token = new_token()
    review.add_session(token_hash(token), user.nom, new_token(),
                       datetime.now(UTC) + timedelta(hours=SESSION_HOURS))
    return token


def session_of(review: ReviewStore, token: str | None) -> tuple[User, str] | None:
    """(account, CSRF token) of a live session of an active account, else None."""
    if not token or len(token) > 200:
        return None
    row = review.get_session(token_hash(token))
    if row is None:
        return None
    if row["expire_le"] <= datetime.now(UTC):
        review.delete_session(row["jeton"])
        return None
    account = review.get_user(row["nom"])
    if account is None or not account["actif"]:
        review.delete_session(row["jeton"])
        return None
    return user_of(account), str(row["csrf"])


def close_session(review: ReviewStore, token: str | None) -> None:
    if token:
        review.delete_session(token_hash(token))


class LoginLimiter:
    """At most `per_name` failures per account name and `per_address` per client address in `window` seconds."""

    def __init__(self, per_name: int = 5, per_address: int = 20, window: float = 900.0,
                 clock: Callable[[], float] = time.monotonic):
        self.limits = {"nom": per_name, "ip": per_address}
        self.window = window
        self.clock = clock
        self._failures: dict[tuple[str, str], deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def _recent(self, key: tuple[str, str], now: float) -> deque[float]:
        q = self._failures[key]
        while q and now - q[0] > self.window:
            q.popleft()
        return q

    def wait(self, nom: str, ip: str) -> float:
        """Seconds before another attempt is allowed (0: allowed now)."""
        now = self.clock()
        with self._lock:
            waits = []
            for kind, value in (("nom", nom.casefold()), ("ip", ip)):
                q = self._recent((kind, value), now)
                if len(q) >= self.limits[kind]:
                    waits.append(self.window - (now - q[0]))
            return max(waits, default=0.0)

    def failure(self, nom: str, ip: str) -> None:
        now = self.clock()
        with self._lock:
            for key in (("nom", nom.casefold()), ("ip", ip)):
                self._recent(key, now).append(now)

    def success(self, nom: str) -> None:
        with self._lock:
            self._failures.pop(("nom", nom.casefold()), None)
