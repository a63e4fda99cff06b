"""The letters: their templates, what fills them, how each kind is built, and how it reaches Gmail once.

- `templates.py`: the Jinja2 templates, built in or overridden by the user, rendered to subject, text and HTML;
- `context.py`: the sender, the resume attachment and the values a template may use;
- `mime.py`: the RFC 5322 bytes of a letter;
- `build.py`: each kind of letter for an application (thank-you, status inquiry, keep-on-file, expedite);
- `outbox.py`: putting a letter into Gmail exactly once (intent, claim, upload, commit);
- `redraft.py`: rewriting unsent drafts after `edit`.

Nothing is imported here: `assistant --help` must not load jinja2.
"""
