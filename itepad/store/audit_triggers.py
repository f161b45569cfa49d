"""The triggers that write the audit trail, generated from the live schema.

Every table except the trail's own gets three: after insert, after update (only if a value
changed) and before delete. Delete is "before" so that a parent's entry is written before ON
DELETE CASCADE removes its children, whose triggers then find the parent's context (see
PARENTS) in the same changeset even though the parent row is gone.

PostgreSQL: one plpgsql function, attached to each table by the migration (and by
ensure_pg_triggers at start-up for tables a later migration adds); the changeset id comes from
the transaction-local setting itepad.changeset, '-1' meaning "not audited" (a whole-database
import) and none meaning another program is writing: the trigger then opens a changeset itself.
SQLite has no session variables and persistent triggers may not read TEMP tables, so each
connection gets TEMP triggers reading the changeset id from its TEMP table audit_context.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, text

AUDIT_TABLES = frozenset({"audit_changeset", "audit_entry"})
CONTEXT_COLUMNS = ("student_id", "module_id", "meeting_id")

# A table whose own id is the context (its history is "the history of this student teacher").
SELF_CONTEXT = {
    "student_teacher": "student_id",
    "module": "module_id",
    "mentoring_meeting": "meeting_id",
}

# Context found through a parent: (foreign key column, parent table).
PARENTS: dict[str, tuple[tuple[str, str], ...]] = {
    "attendance": (("enrolment_id", "enrolment"), ("session_id", "module_session")),
    "evidence_competence": (("evidence_id", "evidence"),),
    "outcome_competence": (("outcome_id", "learning_outcome"),),
    "portfolio_review_answer": (("review_id", "portfolio_review"),),
    "project_member": (("project_id", "etwinning_project"),),
    "project_partner": (("project_id", "etwinning_project"),),
    "quality_label_application": (("project_id", "etwinning_project"),),
    "quality_label_check": (("project_id", "etwinning_project"),),
}


def audited(table_name: str) -> bool:
    return not (
        table_name in AUDIT_TABLES
        or table_name == "alembic_version"
        or table_name.startswith("sqlite_")
    )


# --- SQLite -------------------------------------------------------------------------------

SQLITE_CONTEXT = "CREATE TEMP TABLE IF NOT EXISTS audit_context (changeset_id INTEGER NOT NULL)"
SQLITE_CHANGESET = "(SELECT changeset_id FROM temp.audit_context)"


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def sqlite_row_json(columns: Iterable[str], prefix: str = "") -> str:
    """json_object(...) of a row: the trigger's NEW./OLD. row, or a table's columns."""
    return "json_object(" + ", ".join(f"'{c}', {prefix}{_q(c)}" for c in columns) + ")"


def _sqlite_schema(conn: object) -> dict[str, tuple[list[str], list[str]]]:
    """table -> (columns, primary key columns), read from the database itself."""
    cursor = conn.cursor()  # type: ignore[attr-defined]
    names = [
        row[0] for row in cursor.execute("SELECT name FROM main.sqlite_master WHERE type = 'table'")
    ]
    schema = {}
    for name in names:
        if not audited(name):
            continue
        info = cursor.execute(f"PRAGMA main.table_info({_q(name)})").fetchall()
        columns = [row[1] for row in info]
        key = [row[1] for row in sorted(info, key=lambda r: r[5]) if row[5]]
        schema[name] = (columns, key)
    cursor.close()
    return schema


def _sqlite_context(
    table: str, columns: list[str], schema: dict[str, tuple[list[str], list[str]]], row: str
) -> list[str]:
    found = []
    for context in CONTEXT_COLUMNS:
        parts = []
        if SELF_CONTEXT.get(table) == context:
            parts.append(f"{row}.id")
        if context in columns:
            parts.append(f"{row}.{context}")
        for fk, parent in PARENTS.get(table, ()):
            if fk not in columns or parent not in schema:
                continue
            if context in schema[parent][0]:
                parts.append(f"(SELECT {context} FROM main.{parent} WHERE id = {row}.{fk})")
            parts.append(
                f"(SELECT {context} FROM main.audit_entry WHERE changeset_id = "
                f"{SQLITE_CHANGESET} AND table_name = '{parent}' AND row_id = {row}.{fk} "
                "ORDER BY id DESC LIMIT 1)"
            )
        if not parts:
            found.append("NULL")
        elif len(parts) == 1:
            found.append(parts[0])
        else:
            found.append("COALESCE(" + ", ".join(parts) + ")")
    return found


def _sqlite_trigger(
    table: str, columns: list[str], key: list[str], schema: dict[str, tuple[list[str], list[str]]]
) -> list[str]:
    statements = []
    events = (
        ("insert", "AFTER INSERT", "NEW"),
        ("update", "AFTER UPDATE", "NEW"),
        ("delete", "BEFORE DELETE", "OLD"),
    )
    for operation, timing, row in events:
        when = f"{SQLITE_CHANGESET} > 0"
        if operation == "update":
            changed = " OR ".join(f"OLD.{_q(c)} IS NOT NEW.{_q(c)}" for c in columns)
            when += f" AND ({changed})"
        before = sqlite_row_json(columns, "OLD.") if operation != "insert" else "NULL"
        after = sqlite_row_json(columns, "NEW.") if operation != "delete" else "NULL"
        row_key = sqlite_row_json(key, f"{row}.")
        row_id = f"{row}.id" if key == ["id"] else "NULL"
        context = ", ".join(_sqlite_context(table, columns, schema, row))
        statements.append(
            f"CREATE TEMP TRIGGER IF NOT EXISTS audit_{operation}_{table} {timing} "
            f"ON main.{_q(table)} WHEN {when} BEGIN "
            "INSERT INTO audit_entry (changeset_id, table_name, operation, row_key, row_id, "
            "before, after, student_id, module_id, meeting_id, anonymised) VALUES ("
            f"{SQLITE_CHANGESET}, '{table}', '{operation}', {row_key}, {row_id}, "
            f"{before}, {after}, {context}, 0); END"
        )
    return statements


def install_sqlite_triggers(dbapi_connection: object) -> None:
    """Create the TEMP table and triggers on one SQLite connection (outside a transaction)."""
    schema = _sqlite_schema(dbapi_connection)
    if "audit_entry" not in {
        row[0]
        for row in dbapi_connection.execute(  # type: ignore[attr-defined]
            "SELECT name FROM main.sqlite_master WHERE type = 'table'"
        )
    }:
        return  # not yet migrated: nothing to audit into
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute(SQLITE_CONTEXT)
    for table, (columns, key) in schema.items():
        for statement in _sqlite_trigger(table, columns, key, schema):
            cursor.execute(statement)
    cursor.close()


# --- PostgreSQL ---------------------------------------------------------------------------

PG_FUNCTION = r"""
CREATE OR REPLACE FUNCTION itepad_audit() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
    v_setting text := current_setting('itepad.changeset', true);
    v_changeset bigint;
    v_old jsonb;
    v_new jsonb;
    v_row jsonb;
    v_key jsonb := '{}'::jsonb;
    v_column text;
    v_context jsonb;
    v_parent jsonb;
    v_parent_table text;
    v_fk bigint;
    i int;
BEGIN
    IF v_setting = '-1' THEN
        RETURN OLD;  -- not audited (whole-database import); ignored for AFTER triggers
    END IF;
    IF TG_OP <> 'INSERT' THEN v_old := to_jsonb(OLD); END IF;
    IF TG_OP <> 'DELETE' THEN v_new := to_jsonb(NEW); END IF;
    IF TG_OP = 'UPDATE' AND v_old = v_new THEN RETURN NULL; END IF;
    IF v_setting IS NULL OR v_setting = '' THEN
        INSERT INTO audit_changeset (at, actor, source, label)
        VALUES (now(), session_user, 'sql', '') RETURNING id INTO v_changeset;
        PERFORM set_config('itepad.changeset', v_changeset::text, true);
    ELSE
        v_changeset := v_setting::bigint;
    END IF;
    v_row := coalesce(v_new, v_old);
    FOREACH v_column IN ARRAY string_to_array(TG_ARGV[0], ',') LOOP
        v_key := v_key || jsonb_build_object(v_column, v_row -> v_column);
    END LOOP;
    v_context := jsonb_strip_nulls(jsonb_build_object(
        'student_id', v_row -> 'student_id', 'module_id', v_row -> 'module_id',
        'meeting_id', v_row -> 'meeting_id'));
    IF TG_ARGV[1] <> '' THEN
        v_context := v_context || jsonb_build_object(TG_ARGV[1], v_row -> 'id');
    END IF;
    FOR i IN 2 .. TG_NARGS - 1 LOOP
        v_fk := (v_row ->> split_part(TG_ARGV[i], '>', 1))::bigint;
        CONTINUE WHEN v_fk IS NULL;
        v_parent_table := split_part(TG_ARGV[i], '>', 2);
        EXECUTE format('SELECT to_jsonb(p) FROM %I p WHERE id = $1', v_parent_table)
            INTO v_parent USING v_fk;
        IF v_parent IS NULL THEN
            SELECT to_jsonb(e) INTO v_parent FROM audit_entry e
            WHERE e.changeset_id = v_changeset AND e.table_name = v_parent_table
              AND e.row_id = v_fk
            ORDER BY e.id DESC LIMIT 1;
        END IF;
        IF v_parent IS NOT NULL THEN
            v_context := jsonb_strip_nulls(jsonb_build_object(
                'student_id', v_parent -> 'student_id', 'module_id', v_parent -> 'module_id',
                'meeting_id', v_parent -> 'meeting_id')) || v_context;
        END IF;
    END LOOP;
    INSERT INTO audit_entry (changeset_id, table_name, operation, row_key, row_id, before,
        after, student_id, module_id, meeting_id, anonymised)
    VALUES (v_changeset, TG_TABLE_NAME, lower(TG_OP), v_key::text,
        CASE WHEN TG_ARGV[0] = 'id' THEN (v_row ->> 'id')::int END, v_old::text, v_new::text,
        (v_context ->> 'student_id')::int, (v_context ->> 'module_id')::int,
        (v_context ->> 'meeting_id')::int, false);
    RETURN OLD;
END
$fn$
"""


def _pg_key(conn: Connection, table: str) -> list[str]:
    rows = conn.execute(
        text(
            "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
            "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = CAST(:t AS regclass) "
            "AND i.indisprimary ORDER BY array_position(i.indkey, a.attnum)"
        ),
        {"t": table},
    )
    return [row[0] for row in rows]


def create_pg_trigger(conn: Connection, table: str) -> None:
    """Attach the audit function to `table`; a migration adding a table may call this."""
    args = [",".join(_pg_key(conn, table)), SELF_CONTEXT.get(table, "")]
    args += [f"{fk}>{parent}" for fk, parent in PARENTS.get(table, ())]
    quoted = ", ".join("'" + a.replace("'", "''") + "'" for a in args)
    for name, timing in (
        ("itepad_audit_write", "AFTER INSERT OR UPDATE"),
        ("itepad_audit_delete", "BEFORE DELETE"),
    ):
        conn.execute(text(f'DROP TRIGGER IF EXISTS {name} ON "{table}"'))
        conn.execute(
            text(
                f'CREATE TRIGGER {name} {timing} ON "{table}" FOR EACH ROW '
                f"EXECUTE FUNCTION itepad_audit({quoted})"
            )
        )


def ensure_pg_triggers(conn: Connection) -> None:
    """Create the function and any missing trigger (cheap when nothing is missing)."""
    missing = [
        row[0]
        for row in conn.execute(
            text(
                "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE c.relkind = 'r' AND n.nspname = current_schema() AND NOT EXISTS ("
                "SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid "
                "AND t.tgname = 'itepad_audit_write')"
            )
        )
        if audited(row[0])
    ]
    if not missing:
        return
    conn.execute(text(PG_FUNCTION))
    for table in missing:
        create_pg_trigger(conn, table)


def drop_pg_triggers(conn: Connection) -> None:
    conn.execute(text("DROP FUNCTION IF EXISTS itepad_audit() CASCADE"))
