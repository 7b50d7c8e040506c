-- The screening log's history is append-only (GCP: a record is corrected by a new, attributable
-- entry, never by changing or deleting the old one; ICH E6(R2) 4.9.0 and 8.1). These tables
-- refuse UPDATE, DELETE and TRUNCATE for every database role, including the table owner the app
-- connects as; a mistake is voided with a reason (screening_entry.voided_*), and that is itself an
-- audit event. Only a superuser who drops the trigger could change history, and that is visible
-- in the database's own logs.
CREATE FUNCTION reject_history_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON "audit_event"
  FOR EACH ROW EXECUTE FUNCTION reject_history_change();
--> statement-breakpoint
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "audit_event"
  FOR EACH STATEMENT EXECUTE FUNCTION reject_history_change();
--> statement-breakpoint
CREATE TRIGGER screening_version_append_only BEFORE UPDATE OR DELETE ON "screening_version"
  FOR EACH ROW EXECUTE FUNCTION reject_history_change();
--> statement-breakpoint
CREATE TRIGGER screening_version_no_truncate BEFORE TRUNCATE ON "screening_version"
  FOR EACH STATEMENT EXECUTE FUNCTION reject_history_change();
--> statement-breakpoint
CREATE TRIGGER signoff_append_only BEFORE UPDATE OR DELETE ON "signoff"
  FOR EACH ROW EXECUTE FUNCTION reject_history_change();
--> statement-breakpoint
CREATE TRIGGER signoff_no_truncate BEFORE TRUNCATE ON "signoff"
  FOR EACH STATEMENT EXECUTE FUNCTION reject_history_change();
--> statement-breakpoint
REVOKE UPDATE, DELETE, TRUNCATE ON "audit_event", "screening_version", "signoff" FROM PUBLIC;
