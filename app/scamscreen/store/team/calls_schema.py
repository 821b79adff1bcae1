"""Migration 6 of the team store (issue 18): call status, "is my IT desk calling me?".

A fourth group, `scamscreen_member`: a person the desk supports. The rules, enforced by
the server:
- a member may do two things and nothing else: ask `call_status()` (is anyone from my
  desk talking to me now?) and send a contact to their desk with `report_contact()`; they
  are granted no table at all, so contacts, other people's calls and the audit log are
  refused;
- `call_status()` answers only for the person connected (session_user), only from their
  own desk, only for a call that has not ended and whose expiry, by the server's clock
  (now()), has not passed. Nothing the client sends takes part in the answer;
- staff and leads start and end calls (`call_start`, `call_end`) for members of their own
  desk only, for 1 to 480 minutes; they may read their desk's calls. Every start and end
  is written to the audit log (`scamscreen.audit`), as is every report from a member;
- `calls` has `desk` in its key and every policy, row-level security ENABLEd and
  FORCEd, and a member's own row is all a member's policy would ever show.

Every function is SECURITY DEFINER with a fixed search_path, owned by the database's
owner, and granted only to the groups named here.
"""

from __future__ import annotations

MEMBER = "scamscreen_member"
MAX_MINUTES = 480  # a call status ends itself after 8 hours at the most
MAX_TICKET = 64

M002_TABLES = f"""
ALTER TABLE scamscreen.members DROP CONSTRAINT IF EXISTS members_role_check;
ALTER TABLE scamscreen.members ADD CONSTRAINT members_role_check
    CHECK (role IN ('staff', 'lead', 'auditor', 'member'));

CREATE TABLE scamscreen.calls (
    desk text NOT NULL,
    id bigint GENERATED ALWAYS AS IDENTITY,
    member name NOT NULL,
    staff name NOT NULL DEFAULT session_user,
    ticket text CHECK (ticket IS NULL OR length(ticket) BETWEEN 1 AND {MAX_TICKET}),
    started timestamptz NOT NULL DEFAULT now(),
    expires timestamptz NOT NULL,
    ended timestamptz,
    ended_by name,
    PRIMARY KEY (desk, id),
    CHECK (expires > started)
);
-- The one question members ask, once a minute each: this member's calls not yet ended.
CREATE INDEX calls_open ON scamscreen.calls (desk, member, started DESC) WHERE ended IS NULL;

ALTER TABLE scamscreen.calls ENABLE ROW LEVEL SECURITY;
ALTER TABLE scamscreen.calls FORCE ROW LEVEL SECURITY;
CREATE POLICY calls_desk ON scamscreen.calls
    USING (desk = scamscreen.my_desk()
           AND (scamscreen.my_role() IS DISTINCT FROM 'member' OR member = session_user))
    WITH CHECK (desk = scamscreen.my_desk()
                AND scamscreen.my_role() IN ('staff', 'lead'));
"""

M002_FUNCTIONS = f"""
-- "Is anyone from my desk talking to me now?" Only for the person connected, from
-- their own desk, by the server's clock. One row for a member (talking false and the
-- rest NULL when nobody is); no row for anyone else. Plain SQL, not PL/pgSQL: each
-- question comes on a new connection, and this needs nothing compiled first.
CREATE FUNCTION scamscreen.call_status()
    RETURNS TABLE (desk text, talking boolean, staff name, ticket text,
                   since timestamptz, expires timestamptz)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT me.desk, c.staff IS NOT NULL, c.staff, c.ticket, c.started, c.expires
    FROM scamscreen.members AS me
    LEFT JOIN LATERAL (
        SELECT k.staff, k.ticket, k.started, k.expires FROM scamscreen.calls AS k
        WHERE k.desk = me.desk AND k.member = me.login AND k.ended IS NULL
          AND k.started <= now() AND k.expires > now()
        ORDER BY k.started DESC LIMIT 1
    ) AS c ON true
    WHERE me.login = session_user AND me.role = 'member'
$$;

-- Staff and leads: "I am calling this member now" (for p_minutes; ends itself then).
CREATE FUNCTION scamscreen.call_start(p_member name, p_ticket text, p_minutes integer)
    RETURNS TABLE (id bigint, started timestamptz, expires timestamptz)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    d text := scamscreen.my_desk();
    t text := nullif(btrim(p_ticket), '');
    v_id bigint;
    v_started timestamptz;
    v_expires timestamptz;
BEGIN
    IF d IS NULL OR scamscreen.my_role() NOT IN ('staff', 'lead') THEN
        RAISE EXCEPTION 'only the staff of a desk may start a call'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM scamscreen.members AS m
                   WHERE m.login = p_member AND m.desk = d AND m.role = 'member') THEN
        RAISE EXCEPTION 'no member called % on your desk', p_member
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_minutes IS NULL OR p_minutes NOT BETWEEN 1 AND {MAX_MINUTES} THEN
        RAISE EXCEPTION 'a call lasts 1 to {MAX_MINUTES} minutes'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- one call per member at a time: a new start ends the one before
    UPDATE scamscreen.calls AS c SET ended = now(), ended_by = session_user
        WHERE c.desk = d AND c.member = p_member AND c.ended IS NULL;
    INSERT INTO scamscreen.calls AS c (desk, member, ticket, expires)
        VALUES (d, p_member, t, now() + make_interval(mins => p_minutes))
        RETURNING c.id, c.started, c.expires INTO v_id, v_started, v_expires;
    PERFORM scamscreen.audit(d, 'call-start', NULL, jsonb_build_object(
        'member', p_member, 'ticket', t, 'minutes', p_minutes, 'call', v_id));
    RETURN QUERY SELECT v_id, v_started, v_expires;
END $$;

-- Staff and leads: the call is over. The number of calls it ended (0: none was on).
CREATE FUNCTION scamscreen.call_end(p_member name) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    d text := scamscreen.my_desk();
    n integer;
BEGIN
    IF d IS NULL OR scamscreen.my_role() NOT IN ('staff', 'lead') THEN
        RAISE EXCEPTION 'only the staff of a desk may end a call'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE scamscreen.calls AS c SET ended = now(), ended_by = session_user
        WHERE c.desk = d AND c.member = p_member AND c.ended IS NULL;
    GET DIAGNOSTICS n = ROW_COUNT;
    PERFORM scamscreen.audit(d, 'call-end', NULL, jsonb_build_object(
        'member', p_member, 'ended', n));
    RETURN n;
END $$;

-- A member sends a contact (a suspicious call) to their desk: it lands in the desk's case
-- log like one staff logged (audited as 'add' by the trigger, and as 'member-report').
CREATE FUNCTION scamscreen.report_contact(p_row jsonb) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    d text := scamscreen.my_desk();
    new_id bigint;
    item jsonb;
BEGIN
    IF d IS NULL OR scamscreen.my_role() IS DISTINCT FROM 'member' THEN
        RAISE EXCEPTION 'reports to the desk are sent by its members'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF length(p_row::text) > 200000 THEN
        RAISE EXCEPTION 'the report is too long' USING ERRCODE = 'program_limit_exceeded';
    END IF;
    INSERT INTO scamscreen.contacts AS c (desk, uid, channel, initiated_by, claimed_org,
        org_id, phone, phone_e164, email, email_domain, url, url_domain, requests, notes,
        region, verdict, score, findings, engine_version, data_version, reporter_name)
    VALUES (d, p_row->>'uid', p_row->>'channel', p_row->>'initiated_by',
        coalesce(p_row->>'claimed_org', ''), p_row->>'org_id', coalesce(p_row->>'phone', ''),
        p_row->>'phone_e164', coalesce(p_row->>'email', ''), p_row->>'email_domain',
        coalesce(p_row->>'url', ''), p_row->>'url_domain',
        coalesce(p_row->'requests', '[]'::jsonb), coalesce(p_row->>'notes', ''),
        p_row->>'region', p_row->>'verdict', (p_row->>'score')::integer,
        coalesce(p_row->'findings', '[]'::jsonb), p_row->>'engine_version',
        p_row->>'data_version', session_user)
    ON CONFLICT (desk, uid) DO NOTHING
    RETURNING c.id INTO new_id;
    IF new_id IS NULL THEN  -- sent before: the first one stands
        SELECT c.id INTO new_id FROM scamscreen.contacts AS c
            WHERE c.desk = d AND c.uid = p_row->>'uid';
        RETURN new_id;
    END IF;
    FOR item IN SELECT * FROM jsonb_array_elements(coalesce(p_row->'observables', '[]'))
    LOOP
        INSERT INTO scamscreen.observables (desk, uid, kind, value, contacted_at)
        VALUES (d, p_row->>'uid', item->>0, item->>1, now()) ON CONFLICT DO NOTHING;
    END LOOP;
    PERFORM scamscreen.audit(d, 'member-report', p_row->>'uid', '{{}}'::jsonb);
    RETURN new_id;
END $$;
"""

M002_GRANTS = f"""
REVOKE ALL ON scamscreen.calls FROM PUBLIC;
REVOKE ALL ON FUNCTION scamscreen.call_status(), scamscreen.call_start(name, text, integer),
    scamscreen.call_end(name), scamscreen.report_contact(jsonb) FROM PUBLIC;
GRANT USAGE ON SCHEMA scamscreen TO {MEMBER};
GRANT EXECUTE ON FUNCTION scamscreen.my_desk(), scamscreen.my_role() TO {MEMBER};
GRANT EXECUTE ON FUNCTION scamscreen.call_status(), scamscreen.report_contact(jsonb)
    TO {MEMBER};
GRANT SELECT ON scamscreen.calls TO scamscreen_staff;
GRANT EXECUTE ON FUNCTION scamscreen.call_start(name, text, integer),
    scamscreen.call_end(name) TO scamscreen_staff;
"""

CALLS_MIGRATION = (M002_TABLES, M002_FUNCTIONS, M002_GRANTS)
