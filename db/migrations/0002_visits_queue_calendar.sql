CREATE TABLE `day_counters` (
	`day` text NOT NULL,
	`name` text NOT NULL,
	`last` integer NOT NULL,
	PRIMARY KEY(`day`, `name`)
);
--> statement-breakpoint
CREATE TABLE `holidays` (
	`id` text PRIMARY KEY NOT NULL,
	`updated_at` integer NOT NULL,
	`hlc` text NOT NULL,
	`deleted_at` integer,
	`origin_desk` text NOT NULL,
	`date` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `holidays_date` ON `holidays` (`date`);--> statement-breakpoint
CREATE TABLE `visitor_search_keys` (
	`key` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`visitor_id` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `visitor_search_keys_visitor_id_unique` ON `visitor_search_keys` (`visitor_id`);--> statement-breakpoint
ALTER TABLE `visits` ADD `procedure_id` text;--> statement-breakpoint
ALTER TABLE `visits` ADD `procedure_version` integer;--> statement-breakpoint
ALTER TABLE `visits` ADD `service` text;--> statement-breakpoint
ALTER TABLE `visits` ADD `office_day` text;--> statement-breakpoint
ALTER TABLE `visits` ADD `channel` text DEFAULT 'walk_in' NOT NULL;--> statement-breakpoint
ALTER TABLE `visits` ADD `recorded_at` integer;--> statement-breakpoint
CREATE INDEX `visits_office_day` ON `visits` (`office_day`,`status`);--> statement-breakpoint
-- Visitor search (core/visitors/search-index.ts fills it; drizzle-kit does not model virtual tables).
-- Contentless: the words live only in the index; rowid = visitor_search_keys.key. detail=column:
-- searches filter by column but never by phrase, so word positions are not kept (smaller, faster).
CREATE VIRTUAL TABLE `visitor_fts` USING fts5(`name`, `phon`, `skel`, `ids`, content='', contentless_delete=1, detail=column, tokenize='unicode61 remove_diacritics 2', prefix='2 3');
