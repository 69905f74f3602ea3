CREATE TABLE `complaint_events` (
	`id` text PRIMARY KEY NOT NULL,
	`hlc` text NOT NULL,
	`origin_desk` text NOT NULL,
	`complaint_id` text NOT NULL,
	`kind` text NOT NULL,
	`at` integer NOT NULL,
	`by` text NOT NULL,
	`to` text,
	`actor` text,
	`note` text,
	`desk_id` text NOT NULL,
	`user_id` text
);
--> statement-breakpoint
CREATE INDEX `complaint_events_complaint` ON `complaint_events` (`complaint_id`,`at`);--> statement-breakpoint
CREATE TABLE `complaint_name_keys` (
	`key` text NOT NULL,
	`complaint_id` text NOT NULL,
	PRIMARY KEY(`key`, `complaint_id`)
);
--> statement-breakpoint
CREATE TABLE `complaint_states` (
	`complaint_id` text PRIMARY KEY NOT NULL,
	`stage` text,
	`holder` text,
	`since` integer,
	`due_at` integer,
	`events` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `complaint_states_due` ON `complaint_states` (`due_at`);--> statement-breakpoint
CREATE TABLE `complaints` (
	`id` text PRIMARY KEY NOT NULL,
	`updated_at` integer NOT NULL,
	`hlc` text NOT NULL,
	`deleted_at` integer,
	`origin_desk` text NOT NULL,
	`number` text,
	`lapor_tracking_id` text,
	`channel` text NOT NULL,
	`classification` text NOT NULL,
	`category` text DEFAULT '' NOT NULL,
	`subject` text NOT NULL,
	`visitor_id` text,
	`complainant_name` text NOT NULL,
	`complainant_nik` text,
	`complainant_phone` text,
	`reported_at` integer NOT NULL,
	`desk_id` text NOT NULL,
	`visit_id` text,
	`created_by` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `complaints_number` ON `complaints` (`number`);--> statement-breakpoint
CREATE INDEX `complaints_lapor` ON `complaints` (`lapor_tracking_id`);--> statement-breakpoint
CREATE INDEX `complaints_visitor` ON `complaints` (`visitor_id`);--> statement-breakpoint
CREATE INDEX `complaints_nik` ON `complaints` (`complainant_nik`);--> statement-breakpoint
CREATE INDEX `complaints_phone` ON `complaints` (`complainant_phone`);--> statement-breakpoint
ALTER TABLE `visits` ADD `complaint_id` text;--> statement-breakpoint
CREATE INDEX `visits_complaint` ON `visits` (`complaint_id`);