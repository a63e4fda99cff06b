"""Append-only, named schema migrations. Never edit one that has shipped: add a new one."""

from __future__ import annotations

MIGRATIONS: list[tuple[str, str]] = [
    (
        "0001_initial",
        """
        CREATE TABLE applications (
            id            INTEGER PRIMARY KEY,
            company       TEXT NOT NULL,
            position      TEXT NOT NULL,
            interview_at  TEXT NOT NULL,            -- UTC ISO-8601
            kind          TEXT NOT NULL DEFAULT 'video',
            detail        TEXT,
            skill         TEXT,
            missed        TEXT,
            hear_back_by  TEXT,                     -- UTC ISO-8601, the stated time frame
            tone          TEXT NOT NULL DEFAULT 'formal',
            no_follow_up  INTEGER NOT NULL DEFAULT 0,
            resume_path   TEXT,
            resume_sha256 TEXT,
            stage         TEXT NOT NULL,
            main_contact  INTEGER,                  -- interviewers.id
            answered_at   TEXT,                     -- first answer from the employer
            thanked_at    TEXT,                     -- first thank-you actually sent
            postpone_until TEXT,                    -- out-of-office: not before this instant
            created_at    TEXT NOT NULL,
            updated_at    TEXT NOT NULL
        );
        CREATE TABLE interviewers (
            id             INTEGER PRIMARY KEY,
            application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
            ordinal        INTEGER NOT NULL,
            title          TEXT,
            name           TEXT NOT NULL,
            email          TEXT NOT NULL,
            bad_address    TEXT,                    -- why mail to it failed, NULL when fine
            UNIQUE (application_id, email)
        );
        -- One row per letter. Written (state 'intent', with the Message-ID the tool
        -- generated) BEFORE Gmail is called, so a retry after a crash finds it.
        CREATE TABLE letters (
            id               INTEGER PRIMARY KEY,
            application_id   INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
            interviewer_id   INTEGER REFERENCES interviewers(id) ON DELETE SET NULL,
            purpose          TEXT NOT NULL,         -- thank_you | status_inquiry | keep_on_file
            mode             TEXT NOT NULL DEFAULT 'draft',  -- draft | send
            state            TEXT NOT NULL,         -- intent | drafted | sent | deleted | withdrawn
            tool_message_id  TEXT NOT NULL UNIQUE,  -- the Message-ID the tool generated
            gmail_message_id TEXT,                  -- Gmail's message id (changes on every draft edit)
            rfc_message_id   TEXT,                  -- the Message-ID Gmail reports (after send: the real one)
            draft_id         TEXT UNIQUE,
            thread_id        TEXT,
            to_addr          TEXT NOT NULL,
            subject          TEXT NOT NULL,
            attachments      TEXT NOT NULL DEFAULT '[]',  -- JSON list of file names
            in_reply_to      TEXT,
            created_at       TEXT NOT NULL,
            drafted_at       TEXT,
            sent_at          TEXT
        );
        CREATE UNIQUE INDEX one_thank_you_per_interviewer
            ON letters (application_id, interviewer_id) WHERE purpose = 'thank_you';
        CREATE UNIQUE INDEX one_inquiry_per_application
            ON letters (application_id) WHERE purpose = 'status_inquiry';
        CREATE UNIQUE INDEX one_keep_on_file_per_application
            ON letters (application_id) WHERE purpose = 'keep_on_file';
        CREATE TABLE replies (
            gmail_message_id TEXT PRIMARY KEY,
            application_id   INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
            thread_id        TEXT,
            rfc_message_id   TEXT,
            sender           TEXT,
            subject          TEXT,
            received_at      TEXT NOT NULL,
            label            TEXT NOT NULL,
            confidence       REAL NOT NULL,
            reasons          TEXT NOT NULL DEFAULT '[]',
            matched_by       TEXT NOT NULL,
            confirmed_label  TEXT,
            handled          INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE events (
            id             INTEGER PRIMARY KEY,
            application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
            at             TEXT NOT NULL,
            kind           TEXT NOT NULL,
            detail         TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX events_by_application ON events (application_id, at);
        CREATE TABLE sync_state (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """,
    ),
    (
        "0002_letter_note",
        """
        -- What the user asked to add to a letter (the keep-on-file --update sentence),
        -- so a letter rebuilt after a crash says the same thing.
        ALTER TABLE letters ADD COLUMN note TEXT;
        """,
    ),
    (
        "0003_letter_writer",
        """
        -- Which run is putting the letter into Gmail right now ('pid:start:run'), NULL
        -- when nobody is: one writer per letter (docs/architecture.md "Who writes a letter").
        ALTER TABLE letters ADD COLUMN writer TEXT;
        """,
    ),
    (
        "0004_letter_scheduled_for",
        """
        -- A letter the user scheduled in Gmail (state 'scheduled'): when Gmail will send it.
        ALTER TABLE letters ADD COLUMN scheduled_for TEXT;
        """,
    ),
    (
        "0005_letter_written_message_id",
        """
        -- Gmail's id of the draft message the tool itself last wrote. A draft whose
        -- message id differs was changed by the user in Gmail: `edit` leaves it alone.
        ALTER TABLE letters ADD COLUMN written_message_id TEXT;
        """,
    ),
    (
        "0006_rounds",
        """
        -- An application has rounds: each interview is one, with its own time, kind,
        -- personal details, time frame and thank-you notes. The application's own
        -- interview columns (interview_at, kind, detail, skill, missed, hear_back_by)
        -- stay as a copy of its latest round for older readers; the round is the truth.
        CREATE TABLE rounds (
            id              INTEGER PRIMARY KEY,
            application_id  INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
            number          INTEGER NOT NULL,           -- 1, 2, 3... within the application
            start           TEXT NOT NULL,              -- UTC ISO-8601
            kind            TEXT NOT NULL DEFAULT 'video',
            detail          TEXT,
            skill           TEXT,
            missed          TEXT,
            hear_back_by    TEXT,                       -- UTC ISO-8601, the time frame given in this round
            state           TEXT NOT NULL DEFAULT 'held',  -- upcoming | held | cancelled
            main_contact    INTEGER REFERENCES interviewers(id) ON DELETE SET NULL,
            debriefed_at    TEXT,                       -- `assistant debrief` answered for this round
            invite_uid      TEXT,                       -- the calendar invitation's UID it came from
            invite_sequence INTEGER,                    -- that invitation's SEQUENCE as last read
            created_at      TEXT NOT NULL,
            UNIQUE (application_id, number)
        );
        CREATE UNIQUE INDEX one_round_per_invitation ON rounds (application_id, invite_uid)
            WHERE invite_uid IS NOT NULL;
        -- Who was met in which round. A person is one interviewers row per application
        -- (their address, and whether it bounced); meeting them again in a later round
        -- links that row to the new round, and each (round, person) gets its own note.
        CREATE TABLE round_interviewers (
            round_id       INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
            interviewer_id INTEGER NOT NULL REFERENCES interviewers(id) ON DELETE CASCADE,
            ordinal        INTEGER NOT NULL,
            PRIMARY KEY (round_id, interviewer_id)
        );
        ALTER TABLE letters ADD COLUMN round_id INTEGER REFERENCES rounds(id) ON DELETE SET NULL;
        -- Every application so far was exactly one interview: it becomes its round 1.
        INSERT INTO rounds (application_id, number, start, kind, detail, skill, missed, hear_back_by, state,
                            main_contact, created_at)
            SELECT id, 1, interview_at, kind, detail, skill, missed, hear_back_by,
                   CASE WHEN julianday(created_at) < julianday(interview_at) THEN 'upcoming' ELSE 'held' END,
                   main_contact, created_at
            FROM applications;
        INSERT INTO round_interviewers (round_id, interviewer_id, ordinal)
            SELECT rounds.id, interviewers.id, interviewers.ordinal
            FROM interviewers JOIN rounds ON rounds.application_id = interviewers.application_id;
        -- Keep-on-file replies belong to the application, not to one interview.
        UPDATE letters SET round_id = (SELECT rounds.id FROM rounds WHERE rounds.application_id = letters.application_id)
            WHERE purpose <> 'keep_on_file';
        -- Thank-you notes are one per person per round; an inquiry follows each round at most once.
        DROP INDEX one_thank_you_per_interviewer;
        CREATE UNIQUE INDEX one_thank_you_per_round_interviewer
            ON letters (round_id, interviewer_id) WHERE purpose = 'thank_you';
        DROP INDEX one_inquiry_per_application;
        CREATE UNIQUE INDEX one_inquiry_per_round ON letters (round_id) WHERE purpose = 'status_inquiry';
        CREATE INDEX rounds_by_application ON rounds (application_id, number);
        """,
    ),
    (
        "0007_follow_up_ways",
        """
        -- How the interviewer asked to be followed up (docs/architecture.md, SPEC
        -- "Following up the way it is done"): 'email' (a status inquiry draft) or
        -- 'phone' (a call reminder with contact_phone; `assistant called` records it).
        ALTER TABLE applications ADD COLUMN follow_up_by TEXT NOT NULL DEFAULT 'email';
        ALTER TABLE applications ADD COLUMN contact_phone TEXT;
        ALTER TABLE applications ADD COLUMN called_at TEXT;
        ALTER TABLE applications ADD COLUMN call_note TEXT;
        -- One "is there an update on your timeline?" note per application, after an offer elsewhere.
        CREATE UNIQUE INDEX one_expedite_per_application
            ON letters (application_id) WHERE purpose = 'expedite';
        """,
    ),
    (
        "0008_invitations",
        """
        -- Calendar invitations the sync read (SPEC "Interviews as they come"), one row per
        -- event (UID). `number` is what `sync` lists and `add --from-invite N` names; `sequence`
        -- tells an update (higher) from a repeat; `application_id` is set once the invitation
        -- belongs to an application (a tracked company's, or the one `add --from-invite` made).
        CREATE TABLE invitations (
            number           INTEGER PRIMARY KEY,     -- never reused: invitations are never deleted
            uid              TEXT NOT NULL UNIQUE,
            sequence         INTEGER NOT NULL DEFAULT 0,
            state            TEXT NOT NULL,          -- listed, round (a tracked company's), recorded, cancelled
            gmail_message_id TEXT NOT NULL,
            received_at      TEXT NOT NULL,
            start_at         TEXT NOT NULL,
            end_at           TEXT,
            summary          TEXT NOT NULL DEFAULT '',
            description      TEXT NOT NULL DEFAULT '',
            sender           TEXT NOT NULL DEFAULT '',
            organizer        TEXT,                   -- JSON {"name", "email"}
            attendees        TEXT NOT NULL DEFAULT '[]',
            company          TEXT,
            position         TEXT,
            application_id   INTEGER REFERENCES applications(id) ON DELETE SET NULL
        );
        """,
    ),
]
