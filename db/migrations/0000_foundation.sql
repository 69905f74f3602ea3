CREATE TABLE `audit_log` (
	`id` text PRIMARY KEY NOT NULL,
	`hlc` text NOT NULL,
	`origin_desk` text NOT NULL,
	`at` integer NOT NULL,
	`user_id` text,
	`desk_id` text NOT NULL,
	`action` text NOT NULL,
	`outcome` text NOT NULL,
	`detail` text
);
--> statement-breakpoint
CREATE INDEX `audit_log_at` ON `audit_log` (`at`);--> statement-breakpoint
CREATE TABLE `desks` (
	`id` text PRIMARY KEY NOT NULL,
	`updated_at` integer NOT NULL,
	`hlc` text NOT NULL,
	`deleted_at` integer,
	`origin_desk` text NOT NULL,
	`office_id` text NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`revoked_at` integer
);
--> statement-breakpoint
CREATE TABLE `local_meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `login_failures` (
	`username` text PRIMARY KEY NOT NULL,
	`failures` integer NOT NULL,
	`last_failure_at` integer NOT NULL,
	`locked_until` integer
);
--> statement-breakpoint
CREATE TABLE `outbox` (
	`seq` integer PRIMARY KEY NOT NULL,
	`change_id` text NOT NULL,
	`table_name` text NOT NULL,
	`row_id` text NOT NULL,
	`op` text NOT NULL,
	`hlc` text NOT NULL,
	`data` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_change_id_unique` ON `outbox` (`change_id`);--> statement-breakpoint
CREATE TABLE `settings` (
	`id` text PRIMARY KEY NOT NULL,
	`updated_at` integer NOT NULL,
	`hlc` text NOT NULL,
	`deleted_at` integer,
	`origin_desk` text NOT NULL,
	`key` text NOT NULL,
	`value` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `settings_key_unique` ON `settings` (`key`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`updated_at` integer NOT NULL,
	`hlc` text NOT NULL,
	`deleted_at` integer,
	`origin_desk` text NOT NULL,
	`username` text NOT NULL,
	`full_name` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`active` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_unique` ON `users` (`username`);--> statement-breakpoint
CREATE TABLE `visit_step_events` (
	`id` text PRIMARY KEY NOT NULL,
	`hlc` text NOT NULL,
	`origin_desk` text NOT NULL,
	`visit_id` text NOT NULL,
	`step_no` integer NOT NULL,
	`kind` text NOT NULL,
	`at` integer NOT NULL,
	`user_id` text,
	`desk_id` text NOT NULL,
	`note` text,
	FOREIGN KEY (`visit_id`) REFERENCES `visits`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `visit_step_events_visit` ON `visit_step_events` (`visit_id`,`step_no`);--> statement-breakpoint
CREATE TABLE `visitors` (
	`id` text PRIMARY KEY NOT NULL,
	`updated_at` integer NOT NULL,
	`hlc` text NOT NULL,
	`deleted_at` integer,
	`origin_desk` text NOT NULL,
	`full_name` text NOT NULL,
	`nik` text,
	`nip` text,
	`phone` text,
	`email` text,
	`organization` text,
	`position` text,
	`address` text,
	`consent_at` integer,
	`first_visit_at` integer,
	`last_visit_at` integer
);
--> statement-breakpoint
CREATE INDEX `visitors_nik` ON `visitors` (`nik`);--> statement-breakpoint
CREATE INDEX `visitors_nip` ON `visitors` (`nip`);--> statement-breakpoint
CREATE INDEX `visitors_phone` ON `visitors` (`phone`);--> statement-breakpoint
CREATE TABLE `visits` (
	`id` text PRIMARY KEY NOT NULL,
	`updated_at` integer NOT NULL,
	`hlc` text NOT NULL,
	`deleted_at` integer,
	`origin_desk` text NOT NULL,
	`visitor_id` text NOT NULL,
	`visit_number` text NOT NULL,
	`queue_number` text,
	`purpose` text NOT NULL,
	`desk_id` text NOT NULL,
	`officer_id` text,
	`status` text NOT NULL,
	`arrived_at` integer NOT NULL,
	`finished_at` integer,
	`outcome` text,
	`notes` text,
	`entered_late` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`visitor_id`) REFERENCES `visitors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `visits_visit_number` ON `visits` (`visit_number`);--> statement-breakpoint
CREATE INDEX `visits_visitor` ON `visits` (`visitor_id`);--> statement-breakpoint
CREATE INDEX `visits_arrived` ON `visits` (`arrived_at`);