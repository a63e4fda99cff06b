"""The sandbox: a local Gmail-compatible server and the mailbox behind it.

`state.SandboxMailbox` is one user's mailbox in SQLite; `server.SandboxServer`
serves it as Gmail REST v1 on loopback for the real google-api-python-client.
It is what every test trusts, so it is never kinder than Gmail.
"""
