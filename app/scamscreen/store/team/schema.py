"""The team store's schema on PostgreSQL, as numbered migrations, and who may do what.

`team init` runs `migrate()` as the database's owner (not a superuser: a role that may
create roles): it creates the schema `scamscreen`, the group roles, then applies every
migration not yet in `scamscreen.schema_version`, each in the same transaction as its
record, under an advisory lock, so running it again upgrades and two at once do not
collide. A database with a version this release does not know is left alone.

The rules, enforced by the server (not by the client):
- every table has `desk` in its key and in every policy; nothing joins across desks;
  row-level security is ENABLEd and FORCEd on every table, so even the owner sees a
  desk's rows only as a member of that desk (`members` maps each login to its desk);
- `scamscreen_staff` reads its desk's contacts (not the reporter's name, phone and email:
  those come only through audited functions) and adds contacts; it may update only the
  outcome (and money lost, how paid) and tick checklist steps (column-level grants);
- `scamscreen_lead` is staff, and may also delete, purge and export (the export function
  leaves the reporter's details out unless asked, and is audited);
- `scamscreen_auditor` reads the audit log of its desk, and nothing else;
- the audit log is append-only for everyone: no role is granted UPDATE or DELETE on it,
  and a trigger refuses them (and TRUNCATE) for the owner too. Every add, change, delete,
  export and search-by-person writes a row: who (session_user), when, what, which contact,
  from triggers and SECURITY DEFINER functions with a fixed search_path;
- nothing is granted to PUBLIC: not the schema, not a table, not a function.
"""

from __future__ import annotations

from scamscreen.core.contact import CHANNELS, OUTCOMES
from scamscreen.core.indicators import VERDICTS

SCHEMA = "scamscreen"
STAFF, LEAD, AUDITOR = "scamscreen_staff", "scamscreen_lead", "scamscreen_auditor"
GROUPS = {"staff": STAFF, "lead": LEAD, "auditor": AUDITOR}
# Owns the one function that reads the full-text index (migration 2); nobody logs in as it.
SEARCHER = "scamscreen_search"
TABLES = ("schema_version", "members", "contacts", "observables", "checklist_progress",
          "audit_log")  # fmt: skip
# the advisory lock `team init` holds while it migrates (any constant of our own)
MIGRATION_LOCK = 0x5CA75C12


def _in(values: tuple[str, ...]) -> str:
    return "(" + ", ".join("'" + v.replace("'", "''") + "'" for v in values) + ")"


# The same words the SQLite log's full-text index covers; 'simple': no stemming, so
# English and Spanish words alike are found as written.
_SEARCHED = (
    "coalesce(notes, '') || ' ' || coalesce(claimed_org, '') || ' ' || coalesce(phone, '')"
    " || ' ' || coalesce(phone_e164, '') || ' ' || coalesce(email, '') || ' ' || "
    "coalesce(url, '')"
)

M001_TABLES = f"""
CREATE TABLE scamscreen.members (
    login name PRIMARY KEY,
    desk text NOT NULL CHECK (desk ~ '^[A-Za-z0-9][A-Za-z0-9_.-]{{0,63}}$'),
    role text NOT NULL CHECK (role IN ('staff', 'lead', 'auditor')),
    added_at timestamptz NOT NULL DEFAULT now()
);

-- The desk of the person connected (their login, even after SET ROLE); NULL for anyone
-- who is not a member, who then sees nothing.
CREATE FUNCTION scamscreen.my_desk() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$ SELECT m.desk FROM scamscreen.members AS m WHERE m.login = session_user $$;

CREATE FUNCTION scamscreen.my_role() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$ SELECT m.role FROM scamscreen.members AS m WHERE m.login = session_user $$;

CREATE TABLE scamscreen.contacts (
    desk text NOT NULL DEFAULT scamscreen.my_desk(),
    uid text NOT NULL CHECK (length(uid) BETWEEN 1 AND 64),
    id bigint GENERATED ALWAYS AS IDENTITY,
    created_at timestamptz NOT NULL DEFAULT now(),
    contacted_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    logged_by name NOT NULL DEFAULT session_user,
    channel text CHECK (channel IS NULL OR channel IN {_in(CHANNELS)}),
    initiated_by text,
    claimed_org text NOT NULL DEFAULT '',
    org_id text,
    phone text NOT NULL DEFAULT '',
    phone_e164 text,
    email text NOT NULL DEFAULT '',
    email_domain text,
    url text NOT NULL DEFAULT '',
    url_domain text,
    requests jsonb NOT NULL DEFAULT '[]',
    notes text NOT NULL DEFAULT '',
    region text,
    verdict text NOT NULL CHECK (verdict IN {_in(VERDICTS)}),
    score integer NOT NULL CHECK (score BETWEEN 0 AND 100),
    findings jsonb NOT NULL DEFAULT '[]',
    engine_version text NOT NULL,
    data_version text NOT NULL,
    outcome text NOT NULL DEFAULT 'unknown' CHECK (outcome IN {_in(OUTCOMES)}),
    money_lost_cents bigint CHECK (money_lost_cents IS NULL OR money_lost_cents >= 0),
    paid_how text,
    ticket_ref text,
    staff_member text,
    reporter_name text,
    reporter_phone text,
    reporter_email text,
    search tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, {_SEARCHED})) STORED,
    PRIMARY KEY (desk, uid),
    UNIQUE (desk, id)
);
CREATE INDEX contacts_search ON scamscreen.contacts USING gin (search);
CREATE INDEX contacts_contacted ON scamscreen.contacts (desk, contacted_at DESC, id DESC);
CREATE INDEX contacts_created ON scamscreen.contacts (desk, created_at);

-- Every number, domain and email address a contact holds: "seen before" by the team.
CREATE TABLE scamscreen.observables (
    desk text NOT NULL,
    uid text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('phone', 'domain', 'email')),
    value text NOT NULL,
    contacted_at timestamptz NOT NULL,
    PRIMARY KEY (desk, uid, kind, value),
    FOREIGN KEY (desk, uid) REFERENCES scamscreen.contacts (desk, uid) ON DELETE CASCADE
);
CREATE INDEX observables_value ON scamscreen.observables (desk, kind, value, contacted_at DESC);

CREATE TABLE scamscreen.checklist_progress (
    desk text NOT NULL,
    uid text NOT NULL,
    checklist text NOT NULL,
    step text NOT NULL,
    done boolean NOT NULL DEFAULT false,
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by name NOT NULL DEFAULT session_user,
    PRIMARY KEY (desk, uid, checklist, step),
    FOREIGN KEY (desk, uid) REFERENCES scamscreen.contacts (desk, uid) ON DELETE CASCADE
);

CREATE TABLE scamscreen.audit_log (
    desk text NOT NULL,
    id bigint GENERATED ALWAYS AS IDENTITY,
    at timestamptz NOT NULL DEFAULT clock_timestamp(),
    who name NOT NULL DEFAULT session_user,
    action text NOT NULL,
    contact_uid text,
    detail jsonb NOT NULL DEFAULT '{{}}',
    PRIMARY KEY (desk, id)
);
CREATE INDEX audit_log_at ON scamscreen.audit_log (desk, at);
"""

M001_AUDIT = """
CREATE FUNCTION scamscreen.audit(p_desk text, p_action text, p_uid text, p_detail jsonb)
    RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$ INSERT INTO scamscreen.audit_log (desk, action, contact_uid, detail)
          VALUES (p_desk, p_action, p_uid, coalesce(p_detail, '{}'::jsonb)) $$;

CREATE FUNCTION scamscreen.audit_contacts() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    changed jsonb := '{}'::jsonb;
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM scamscreen.audit(NEW.desk, 'add', NEW.uid,
            jsonb_build_object('verdict', NEW.verdict, 'channel', NEW.channel));
        RETURN NEW;
    ELSIF TG_OP = 'UPDATE' THEN
        IF NEW.outcome IS DISTINCT FROM OLD.outcome THEN
            changed := changed || jsonb_build_object('outcome',
                jsonb_build_array(OLD.outcome, NEW.outcome));
        END IF;
        IF NEW.money_lost_cents IS DISTINCT FROM OLD.money_lost_cents THEN
            changed := changed || jsonb_build_object('money_lost_cents',
                jsonb_build_array(OLD.money_lost_cents, NEW.money_lost_cents));
        END IF;
        IF NEW.paid_how IS DISTINCT FROM OLD.paid_how THEN
            changed := changed || jsonb_build_object('paid_how', true);
        END IF;
        PERFORM scamscreen.audit(NEW.desk, 'change', NEW.uid, changed);
        RETURN NEW;
    ELSE
        PERFORM scamscreen.audit(OLD.desk, 'delete', OLD.uid,
            jsonb_build_object('verdict', OLD.verdict, 'created_at', OLD.created_at));
        RETURN OLD;
    END IF;
END $$;
CREATE TRIGGER contacts_audit AFTER INSERT OR UPDATE OR DELETE ON scamscreen.contacts
    FOR EACH ROW EXECUTE FUNCTION scamscreen.audit_contacts();

CREATE FUNCTION scamscreen.audit_checklist() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM scamscreen.audit(NEW.desk, 'checklist', NEW.uid,
        jsonb_build_object('checklist', NEW.checklist, 'step', NEW.step, 'done', NEW.done));
    RETURN NEW;
END $$;
CREATE TRIGGER checklist_audit AFTER INSERT OR UPDATE ON scamscreen.checklist_progress
    FOR EACH ROW EXECUTE FUNCTION scamscreen.audit_checklist();

-- Append-only, for the owner too: nobody is granted UPDATE or DELETE, and this says no.
CREATE FUNCTION scamscreen.audit_is_append_only() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only: its rows cannot be changed or deleted'
        USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON scamscreen.audit_log
    FOR EACH ROW EXECUTE FUNCTION scamscreen.audit_is_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON scamscreen.audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION scamscreen.audit_is_append_only();

-- The reporter's details: only through these, for the desk that logged them, audited.
CREATE FUNCTION scamscreen.reporter(p_uid text)
    RETURNS TABLE (name text, phone text, email text)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    d text := scamscreen.my_desk();
BEGIN
    IF d IS NULL THEN
        RAISE EXCEPTION 'not a member of a desk' USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM scamscreen.audit(d, 'view-person', p_uid, '{}'::jsonb);
    RETURN QUERY SELECT c.reporter_name, c.reporter_phone, c.reporter_email
        FROM scamscreen.contacts AS c WHERE c.desk = d AND c.uid = p_uid;
END $$;

CREATE FUNCTION scamscreen.find_person(p_text text)
    RETURNS TABLE (id bigint, uid text, contacted_at timestamptz, name text, phone text,
                   email text)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    d text := scamscreen.my_desk();
    pattern text := '%' || replace(replace(replace(p_text, '\\', '\\\\'), '%', '\\%'), '_', '\\_')
                    || '%';
BEGIN
    IF d IS NULL THEN
        RAISE EXCEPTION 'not a member of a desk' USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM scamscreen.audit(d, 'search-person', NULL, jsonb_build_object('query', p_text));
    RETURN QUERY SELECT c.id, c.uid, c.contacted_at, c.reporter_name, c.reporter_phone,
                        c.reporter_email
        FROM scamscreen.contacts AS c
        WHERE c.desk = d AND (c.reporter_name ILIKE pattern OR c.reporter_phone ILIKE pattern
                              OR c.reporter_email ILIKE pattern)
        ORDER BY c.contacted_at DESC LIMIT 200;
END $$;

-- Exports: leads only, audited; the reporter's details only when the lead asks.
CREATE FUNCTION scamscreen.export_contacts(with_reporter boolean DEFAULT false)
    RETURNS SETOF scamscreen.contacts
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    d text := scamscreen.my_desk();
BEGIN
    IF d IS NULL OR scamscreen.my_role() IS DISTINCT FROM 'lead' THEN
        RAISE EXCEPTION 'only a desk lead may export' USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM scamscreen.audit(d, 'export', NULL,
                             jsonb_build_object('with_reporter', with_reporter));
    RETURN QUERY SELECT c.desk, c.uid, c.id, c.created_at, c.contacted_at, c.updated_at,
        c.logged_by, c.channel, c.initiated_by, c.claimed_org, c.org_id, c.phone, c.phone_e164,
        c.email, c.email_domain, c.url, c.url_domain, c.requests, c.notes, c.region, c.verdict,
        c.score, c.findings, c.engine_version, c.data_version, c.outcome, c.money_lost_cents,
        c.paid_how, c.ticket_ref, c.staff_member,
        CASE WHEN with_reporter THEN c.reporter_name END,
        CASE WHEN with_reporter THEN c.reporter_phone END,
        CASE WHEN with_reporter THEN c.reporter_email END,
        c.search
        FROM scamscreen.contacts AS c WHERE c.desk = d ORDER BY c.id;
END $$;
"""

# Row-level security: a desk's rows for that desk's members. Privileges (below) say
# what each role may do at all; the policies say on which rows.
M001_POLICIES = """
ALTER TABLE scamscreen.schema_version ENABLE ROW LEVEL SECURITY;
ALTER TABLE scamscreen.schema_version FORCE ROW LEVEL SECURITY;
CREATE POLICY schema_version_read ON scamscreen.schema_version FOR SELECT USING (true);
CREATE POLICY schema_version_owner ON scamscreen.schema_version TO CURRENT_USER
    USING (true) WITH CHECK (true);

ALTER TABLE scamscreen.members ENABLE ROW LEVEL SECURITY;
ALTER TABLE scamscreen.members FORCE ROW LEVEL SECURITY;
CREATE POLICY members_self ON scamscreen.members FOR SELECT USING (login = session_user);
CREATE POLICY members_owner ON scamscreen.members TO CURRENT_USER USING (true) WITH CHECK (true);

ALTER TABLE scamscreen.contacts ENABLE ROW LEVEL SECURITY;
ALTER TABLE scamscreen.contacts FORCE ROW LEVEL SECURITY;
CREATE POLICY contacts_desk ON scamscreen.contacts
    USING (desk = scamscreen.my_desk()) WITH CHECK (desk = scamscreen.my_desk());

ALTER TABLE scamscreen.observables ENABLE ROW LEVEL SECURITY;
ALTER TABLE scamscreen.observables FORCE ROW LEVEL SECURITY;
CREATE POLICY observables_desk ON scamscreen.observables
    USING (desk = scamscreen.my_desk()) WITH CHECK (desk = scamscreen.my_desk());

ALTER TABLE scamscreen.checklist_progress ENABLE ROW LEVEL SECURITY;
ALTER TABLE scamscreen.checklist_progress FORCE ROW LEVEL SECURITY;
CREATE POLICY checklist_desk ON scamscreen.checklist_progress
    USING (desk = scamscreen.my_desk()) WITH CHECK (desk = scamscreen.my_desk());

ALTER TABLE scamscreen.audit_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE scamscreen.audit_log FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_read ON scamscreen.audit_log FOR SELECT USING (desk = scamscreen.my_desk());
CREATE POLICY audit_append ON scamscreen.audit_log FOR INSERT
    WITH CHECK (desk = scamscreen.my_desk());
"""

_STAFF_READS = (
    "desk, uid, id, created_at, contacted_at, updated_at, logged_by, channel, initiated_by, "
    "claimed_org, org_id, phone, phone_e164, email, email_domain, url, url_domain, requests, "
    "notes, region, verdict, score, findings, engine_version, data_version, outcome, "
    "money_lost_cents, paid_how, ticket_ref, staff_member, search"
)
_STAFF_WRITES = (
    "desk, uid, created_at, contacted_at, updated_at, channel, initiated_by, claimed_org, "
    "org_id, phone, phone_e164, email, email_domain, url, url_domain, requests, notes, region, "
    "verdict, score, findings, engine_version, data_version, outcome, money_lost_cents, "
    "paid_how, ticket_ref, staff_member, reporter_name, reporter_phone, reporter_email"
)

M001_GRANTS = f"""
REVOKE ALL ON SCHEMA scamscreen FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA scamscreen FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA scamscreen FROM PUBLIC;
GRANT USAGE ON SCHEMA scamscreen TO {STAFF}, {AUDITOR};
GRANT EXECUTE ON FUNCTION scamscreen.my_desk(), scamscreen.my_role() TO {STAFF}, {AUDITOR};
GRANT SELECT ON scamscreen.schema_version TO {STAFF}, {AUDITOR};

GRANT SELECT ({_STAFF_READS}) ON scamscreen.contacts TO {STAFF};
GRANT INSERT ({_STAFF_WRITES}) ON scamscreen.contacts TO {STAFF};
GRANT UPDATE (outcome, money_lost_cents, paid_how, updated_at) ON scamscreen.contacts TO {STAFF};
GRANT SELECT, INSERT ON scamscreen.observables TO {STAFF};
GRANT SELECT, INSERT ON scamscreen.checklist_progress TO {STAFF};
GRANT UPDATE (done, updated_at, updated_by) ON scamscreen.checklist_progress TO {STAFF};
GRANT EXECUTE ON FUNCTION scamscreen.reporter(text), scamscreen.find_person(text) TO {STAFF};

GRANT DELETE ON scamscreen.contacts TO {LEAD};
GRANT EXECUTE ON FUNCTION scamscreen.export_contacts(boolean) TO {LEAD};

GRANT SELECT ON scamscreen.audit_log TO {AUDITOR};
"""

# Row-level security keeps an index from being used for an operator that is not
# LEAKPROOF, and the full-text match (@@) is not: under the desk's policy every word search
# read the whole desk. This function, owned by a role whose policy is `true` and which may
# read only the desk, the uid and the words of a contact, finds the matching uids through
# the GIN index, for the caller's own desk only (my_desk(), not an argument).
M002_SEARCH = f"""
GRANT {SEARCHER} TO CURRENT_USER;
GRANT USAGE ON SCHEMA scamscreen TO {SEARCHER};
GRANT EXECUTE ON FUNCTION scamscreen.my_desk() TO {SEARCHER};
GRANT SELECT (desk, uid, search) ON scamscreen.contacts TO {SEARCHER};
CREATE POLICY contacts_search_index ON scamscreen.contacts FOR SELECT TO {SEARCHER}
    USING (true);
CREATE FUNCTION scamscreen.matching(p_words text, p_limit integer) RETURNS SETOF text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp ROWS 100
    AS $$ SELECT c.uid FROM scamscreen.contacts AS c
          WHERE c.desk = scamscreen.my_desk()
                AND c.search @@ websearch_to_tsquery('simple'::regconfig, p_words)
          LIMIT p_limit $$;
GRANT CREATE ON SCHEMA scamscreen TO {SEARCHER};  -- (a new owner needs it, for a moment)
ALTER FUNCTION scamscreen.matching(text, integer) OWNER TO {SEARCHER};
REVOKE CREATE ON SCHEMA scamscreen FROM {SEARCHER};
REVOKE ALL ON FUNCTION scamscreen.matching(text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION scamscreen.matching(text, integer) TO {STAFF};
REVOKE {SEARCHER} FROM CURRENT_USER;
"""

MIGRATIONS: tuple[tuple[int, str, tuple[str, ...]], ...] = (
    (1, "contacts, members, audit log, row-level security",
     (M001_TABLES, M001_AUDIT, M001_POLICIES, M001_GRANTS)),
    (2, "word search through the full-text index under row-level security", (M002_SEARCH,)),
)


def latest() -> int:
    return MIGRATIONS[-1][0]
