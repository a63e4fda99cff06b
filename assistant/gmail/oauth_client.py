"""The OAuth client file's content: a Desktop-app client as Google Cloud issues it.

Its own module so that the sign-in (`auth`) and the token file (`token_store`)
can both name it without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

GOOGLE_REVOKE_URI = "https://oauth2.googleapis.com/revoke"


@dataclass(frozen=True)
class OAuthClient:
    """A validated "installed" (Desktop app) OAuth client, as downloaded from Google Cloud."""

    document: dict[str, Any]

    @property
    def installed(self) -> dict[str, Any]:
        installed: dict[str, Any] = self.document["installed"]
        return installed

    @property
    def client_id(self) -> str:
        return str(self.installed["client_id"])

    @property
    def token_uri(self) -> str:
        return str(self.installed["token_uri"])

    @property
    def auth_uri(self) -> str:
        return str(self.installed["auth_uri"])

    @property
    def revoke_uri(self) -> str:
        # Google's files carry no revoke endpoint; oauth2client's `revoke_uri` key is honoured.
        return str(self.installed.get("revoke_uri") or GOOGLE_REVOKE_URI)
