CREATE TABLE `sync_held` (
	`cursor` integer PRIMARY KEY NOT NULL,
	`change_id` text NOT NULL,
	`table_name` text NOT NULL,
	`row_id` text NOT NULL,
	`origin_desk` text NOT NULL,
	`change` text NOT NULL,
	`code` text NOT NULL,
	`message` text NOT NULL,
	`held_at` integer NOT NULL,
	`attempts` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `sync_rejects` ADD `hlc` text;