ALTER TABLE `audit_log` ADD `detail_hash` text;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `prev_hash` text;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `hash` text;--> statement-breakpoint
-- The audit log only grows (RESEARCH.md §5): the database itself refuses to change or remove an
-- entry. Only the HLC that orders an entry in sync may be renewed (core/sync/requeue.ts sends a
-- change refused for a clock that ran ahead again, re-stamped). Tamper-evident, not tamper-proof:
-- whoever holds the file can drop these triggers, and the hash chain (core/audit/chain.ts) is what
-- then shows the edit.
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log`
WHEN NEW.id IS NOT OLD.id OR NEW.origin_desk IS NOT OLD.origin_desk OR NEW.at IS NOT OLD.at
  OR NEW.user_id IS NOT OLD.user_id OR NEW.desk_id IS NOT OLD.desk_id OR NEW.action IS NOT OLD.action
  OR NEW.outcome IS NOT OLD.outcome OR NEW.detail IS NOT OLD.detail OR NEW.detail_hash IS NOT OLD.detail_hash
  OR NEW.prev_hash IS NOT OLD.prev_hash OR NEW.hash IS NOT OLD.hash
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log` BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
