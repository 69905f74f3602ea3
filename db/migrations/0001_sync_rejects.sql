CREATE TABLE `sync_rejects` (
	`seq` integer PRIMARY KEY NOT NULL,
	`change_id` text NOT NULL,
	`table_name` text NOT NULL,
	`row_id` text NOT NULL,
	`data` text NOT NULL,
	`code` text NOT NULL,
	`message` text NOT NULL,
	`rejected_at` integer NOT NULL
);
