CREATE TABLE `consultation_events` (
	`id` text PRIMARY KEY NOT NULL,
	`hlc` text NOT NULL,
	`origin_desk` text NOT NULL,
	`consultation_id` text NOT NULL,
	`kind` text NOT NULL,
	`at` integer NOT NULL,
	`user_id` text,
	`desk_id` text NOT NULL,
	`assignee_id` text,
	`note` text
);
--> statement-breakpoint
CREATE INDEX `consultation_events_consultation` ON `consultation_events` (`consultation_id`,`at`);--> statement-breakpoint
CREATE INDEX `consultation_events_assignee` ON `consultation_events` (`assignee_id`);--> statement-breakpoint
CREATE TABLE `consultations` (
	`id` text PRIMARY KEY NOT NULL,
	`updated_at` integer NOT NULL,
	`hlc` text NOT NULL,
	`deleted_at` integer,
	`origin_desk` text NOT NULL,
	`number` text NOT NULL,
	`channel` text NOT NULL,
	`visitor_id` text NOT NULL,
	`subject` text NOT NULL,
	`reference` text DEFAULT '' NOT NULL,
	`received_at` integer NOT NULL,
	`attachments` text NOT NULL,
	`case_visit_id` text NOT NULL,
	`desk_id` text NOT NULL,
	`created_by` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `consultations_number` ON `consultations` (`number`);--> statement-breakpoint
CREATE INDEX `consultations_visitor` ON `consultations` (`visitor_id`);--> statement-breakpoint
CREATE INDEX `consultations_case` ON `consultations` (`case_visit_id`);--> statement-breakpoint
CREATE INDEX `consultations_received` ON `consultations` (`received_at`);--> statement-breakpoint
CREATE TABLE `skm_responses` (
	`id` text PRIMARY KEY NOT NULL,
	`updated_at` integer NOT NULL,
	`hlc` text NOT NULL,
	`deleted_at` integer,
	`origin_desk` text NOT NULL,
	`visit_id` text,
	`procedure_id` text,
	`questionnaire_version` text NOT NULL,
	`scores` text NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`sex` text,
	`age` integer,
	`education` text,
	`occupation` text,
	`occupation_other` text,
	`source` text NOT NULL,
	`answered_at` integer NOT NULL,
	`office_day` text NOT NULL,
	`desk_id` text NOT NULL,
	`user_id` text
);
--> statement-breakpoint
CREATE INDEX `skm_responses_visit` ON `skm_responses` (`visit_id`);--> statement-breakpoint
CREATE INDEX `skm_responses_day` ON `skm_responses` (`office_day`);--> statement-breakpoint
CREATE INDEX `skm_responses_procedure_day` ON `skm_responses` (`procedure_id`,`office_day`);--> statement-breakpoint
ALTER TABLE `visits` ADD `consultation_id` text;--> statement-breakpoint
CREATE INDEX `visits_consultation` ON `visits` (`consultation_id`);