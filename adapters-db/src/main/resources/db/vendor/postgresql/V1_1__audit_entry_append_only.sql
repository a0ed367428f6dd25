-- PostgreSQL only: the audit trail is append-only in the database itself, not just in the application. Any UPDATE,
-- DELETE or TRUNCATE of audit_entry fails, whoever issues it (a migration that truly must correct the trail has to
-- drop this trigger first, visibly, in its own script).

create function audit_entry_append_only() returns trigger
    language plpgsql
as $$
begin
    raise exception 'audit_entry is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_entry_append_only
    before update or delete or truncate on audit_entry
    for each statement
    execute function audit_entry_append_only();
