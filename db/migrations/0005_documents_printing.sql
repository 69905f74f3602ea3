CREATE TABLE `document_files` (
	`document_id` text PRIMARY KEY NOT NULL,
	`bytes` blob NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `documents` (
	`id` text PRIMARY KEY NOT NULL,
	`hlc` text NOT NULL,
	`origin_desk` text NOT NULL,
	`kind` text NOT NULL,
	`number` text NOT NULL,
	`visit_id` text,
	`office_day` text,
	`paper` text NOT NULL,
	`sha256` text NOT NULL,
	`byte_length` integer NOT NULL,
	`copy_of` text,
	`created_at` integer NOT NULL,
	`created_by` text,
	`desk_id` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `documents_visit` ON `documents` (`visit_id`,`kind`);--> statement-breakpoint
CREATE INDEX `documents_day` ON `documents` (`office_day`,`kind`);--> statement-breakpoint
CREATE TABLE `print_jobs` (
	`id` text PRIMARY KEY NOT NULL,
	`document_id` text NOT NULL,
	`printer` text NOT NULL,
	`options` text NOT NULL,
	`copies` integer NOT NULL,
	`reprint` integer NOT NULL,
	`state` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`spooler_job_id` text,
	`last_error` text,
	`next_attempt_at` integer,
	`requested_by` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `print_jobs_state` ON `print_jobs` (`state`,`printer`);--> statement-breakpoint
CREATE TABLE `print_log` (
	`id` text PRIMARY KEY NOT NULL,
	`hlc` text NOT NULL,
	`origin_desk` text NOT NULL,
	`at` integer NOT NULL,
	`user_id` text,
	`desk_id` text NOT NULL,
	`document_id` text NOT NULL,
	`document_number` text NOT NULL,
	`kind` text NOT NULL,
	`printer` text NOT NULL,
	`copies` integer NOT NULL,
	`reprint` integer NOT NULL,
	`job_id` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `print_log_at` ON `print_log` (`at`);--> statement-breakpoint
CREATE INDEX `print_log_document` ON `print_log` (`document_id`);--> statement-breakpoint
ALTER TABLE `visits` ADD `next_step` text;--> statement-breakpoint
ALTER TABLE `visits` ADD `next_step_due` text;