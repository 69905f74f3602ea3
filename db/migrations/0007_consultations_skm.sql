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
CREATE TABLE `skm_day_sums` (
	`office_day` text NOT NULL,
	`procedure_id` text NOT NULL,
	`questionnaire_version` text NOT NULL,
	`respondents` integer DEFAULT 0 NOT NULL,
	`s1` integer DEFAULT 0 NOT NULL,
	`s2` integer DEFAULT 0 NOT NULL,
	`s3` integer DEFAULT 0 NOT NULL,
	`s4` integer DEFAULT 0 NOT NULL,
	`s5` integer DEFAULT 0 NOT NULL,
	`s6` integer DEFAULT 0 NOT NULL,
	`s7` integer DEFAULT 0 NOT NULL,
	`s8` integer DEFAULT 0 NOT NULL,
	`s9` integer DEFAULT 0 NOT NULL,
	`s10` integer DEFAULT 0 NOT NULL,
	`s11` integer DEFAULT 0 NOT NULL,
	`s12` integer DEFAULT 0 NOT NULL,
	`s13` integer DEFAULT 0 NOT NULL,
	`s14` integer DEFAULT 0 NOT NULL,
	`s15` integer DEFAULT 0 NOT NULL,
	`s16` integer DEFAULT 0 NOT NULL,
	`s17` integer DEFAULT 0 NOT NULL,
	`s18` integer DEFAULT 0 NOT NULL,
	`s19` integer DEFAULT 0 NOT NULL,
	`s20` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`office_day`, `procedure_id`, `questionnaire_version`)
);
--> statement-breakpoint
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
CREATE INDEX `visits_consultation` ON `visits` (`consultation_id`);--> statement-breakpoint
-- skm_day_sums is derived from skm_responses (db/schema.ts): triggers keep it exact on every path
-- that writes a sheet (the desk's entry, a pulled change, a tombstone), in the writer's transaction.
CREATE TRIGGER `skm_day_sums_insert` AFTER INSERT ON `skm_responses` BEGIN
  INSERT INTO `skm_day_sums` (office_day, procedure_id, questionnaire_version, respondents, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12, s13, s14, s15, s16, s17, s18, s19, s20)
    SELECT NEW.office_day, coalesce(NEW.procedure_id, ''), NEW.questionnaire_version, 1, CAST(substr(NEW.scores, 1, 1) AS INTEGER), CAST(substr(NEW.scores, 2, 1) AS INTEGER), CAST(substr(NEW.scores, 3, 1) AS INTEGER), CAST(substr(NEW.scores, 4, 1) AS INTEGER), CAST(substr(NEW.scores, 5, 1) AS INTEGER), CAST(substr(NEW.scores, 6, 1) AS INTEGER), CAST(substr(NEW.scores, 7, 1) AS INTEGER), CAST(substr(NEW.scores, 8, 1) AS INTEGER), CAST(substr(NEW.scores, 9, 1) AS INTEGER), CAST(substr(NEW.scores, 10, 1) AS INTEGER), CAST(substr(NEW.scores, 11, 1) AS INTEGER), CAST(substr(NEW.scores, 12, 1) AS INTEGER), CAST(substr(NEW.scores, 13, 1) AS INTEGER), CAST(substr(NEW.scores, 14, 1) AS INTEGER), CAST(substr(NEW.scores, 15, 1) AS INTEGER), CAST(substr(NEW.scores, 16, 1) AS INTEGER), CAST(substr(NEW.scores, 17, 1) AS INTEGER), CAST(substr(NEW.scores, 18, 1) AS INTEGER), CAST(substr(NEW.scores, 19, 1) AS INTEGER), CAST(substr(NEW.scores, 20, 1) AS INTEGER)
    WHERE NEW.deleted_at IS NULL
    ON CONFLICT (office_day, procedure_id, questionnaire_version) DO UPDATE SET respondents = respondents + 1, s1 = s1 + excluded.s1, s2 = s2 + excluded.s2, s3 = s3 + excluded.s3, s4 = s4 + excluded.s4, s5 = s5 + excluded.s5, s6 = s6 + excluded.s6, s7 = s7 + excluded.s7, s8 = s8 + excluded.s8, s9 = s9 + excluded.s9, s10 = s10 + excluded.s10, s11 = s11 + excluded.s11, s12 = s12 + excluded.s12, s13 = s13 + excluded.s13, s14 = s14 + excluded.s14, s15 = s15 + excluded.s15, s16 = s16 + excluded.s16, s17 = s17 + excluded.s17, s18 = s18 + excluded.s18, s19 = s19 + excluded.s19, s20 = s20 + excluded.s20;
END;--> statement-breakpoint
CREATE TRIGGER `skm_day_sums_update` AFTER UPDATE ON `skm_responses` BEGIN
  UPDATE `skm_day_sums` SET respondents = respondents - 1, s1 = s1 - CAST(substr(OLD.scores, 1, 1) AS INTEGER), s2 = s2 - CAST(substr(OLD.scores, 2, 1) AS INTEGER), s3 = s3 - CAST(substr(OLD.scores, 3, 1) AS INTEGER), s4 = s4 - CAST(substr(OLD.scores, 4, 1) AS INTEGER), s5 = s5 - CAST(substr(OLD.scores, 5, 1) AS INTEGER), s6 = s6 - CAST(substr(OLD.scores, 6, 1) AS INTEGER), s7 = s7 - CAST(substr(OLD.scores, 7, 1) AS INTEGER), s8 = s8 - CAST(substr(OLD.scores, 8, 1) AS INTEGER), s9 = s9 - CAST(substr(OLD.scores, 9, 1) AS INTEGER), s10 = s10 - CAST(substr(OLD.scores, 10, 1) AS INTEGER), s11 = s11 - CAST(substr(OLD.scores, 11, 1) AS INTEGER), s12 = s12 - CAST(substr(OLD.scores, 12, 1) AS INTEGER), s13 = s13 - CAST(substr(OLD.scores, 13, 1) AS INTEGER), s14 = s14 - CAST(substr(OLD.scores, 14, 1) AS INTEGER), s15 = s15 - CAST(substr(OLD.scores, 15, 1) AS INTEGER), s16 = s16 - CAST(substr(OLD.scores, 16, 1) AS INTEGER), s17 = s17 - CAST(substr(OLD.scores, 17, 1) AS INTEGER), s18 = s18 - CAST(substr(OLD.scores, 18, 1) AS INTEGER), s19 = s19 - CAST(substr(OLD.scores, 19, 1) AS INTEGER), s20 = s20 - CAST(substr(OLD.scores, 20, 1) AS INTEGER)
    WHERE OLD.deleted_at IS NULL AND office_day = OLD.office_day
      AND procedure_id = coalesce(OLD.procedure_id, '') AND questionnaire_version = OLD.questionnaire_version;
  INSERT INTO `skm_day_sums` (office_day, procedure_id, questionnaire_version, respondents, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12, s13, s14, s15, s16, s17, s18, s19, s20)
    SELECT NEW.office_day, coalesce(NEW.procedure_id, ''), NEW.questionnaire_version, 1, CAST(substr(NEW.scores, 1, 1) AS INTEGER), CAST(substr(NEW.scores, 2, 1) AS INTEGER), CAST(substr(NEW.scores, 3, 1) AS INTEGER), CAST(substr(NEW.scores, 4, 1) AS INTEGER), CAST(substr(NEW.scores, 5, 1) AS INTEGER), CAST(substr(NEW.scores, 6, 1) AS INTEGER), CAST(substr(NEW.scores, 7, 1) AS INTEGER), CAST(substr(NEW.scores, 8, 1) AS INTEGER), CAST(substr(NEW.scores, 9, 1) AS INTEGER), CAST(substr(NEW.scores, 10, 1) AS INTEGER), CAST(substr(NEW.scores, 11, 1) AS INTEGER), CAST(substr(NEW.scores, 12, 1) AS INTEGER), CAST(substr(NEW.scores, 13, 1) AS INTEGER), CAST(substr(NEW.scores, 14, 1) AS INTEGER), CAST(substr(NEW.scores, 15, 1) AS INTEGER), CAST(substr(NEW.scores, 16, 1) AS INTEGER), CAST(substr(NEW.scores, 17, 1) AS INTEGER), CAST(substr(NEW.scores, 18, 1) AS INTEGER), CAST(substr(NEW.scores, 19, 1) AS INTEGER), CAST(substr(NEW.scores, 20, 1) AS INTEGER)
    WHERE NEW.deleted_at IS NULL
    ON CONFLICT (office_day, procedure_id, questionnaire_version) DO UPDATE SET respondents = respondents + 1, s1 = s1 + excluded.s1, s2 = s2 + excluded.s2, s3 = s3 + excluded.s3, s4 = s4 + excluded.s4, s5 = s5 + excluded.s5, s6 = s6 + excluded.s6, s7 = s7 + excluded.s7, s8 = s8 + excluded.s8, s9 = s9 + excluded.s9, s10 = s10 + excluded.s10, s11 = s11 + excluded.s11, s12 = s12 + excluded.s12, s13 = s13 + excluded.s13, s14 = s14 + excluded.s14, s15 = s15 + excluded.s15, s16 = s16 + excluded.s16, s17 = s17 + excluded.s17, s18 = s18 + excluded.s18, s19 = s19 + excluded.s19, s20 = s20 + excluded.s20;
END;--> statement-breakpoint
CREATE TRIGGER `skm_day_sums_delete` AFTER DELETE ON `skm_responses` BEGIN
  UPDATE `skm_day_sums` SET respondents = respondents - 1, s1 = s1 - CAST(substr(OLD.scores, 1, 1) AS INTEGER), s2 = s2 - CAST(substr(OLD.scores, 2, 1) AS INTEGER), s3 = s3 - CAST(substr(OLD.scores, 3, 1) AS INTEGER), s4 = s4 - CAST(substr(OLD.scores, 4, 1) AS INTEGER), s5 = s5 - CAST(substr(OLD.scores, 5, 1) AS INTEGER), s6 = s6 - CAST(substr(OLD.scores, 6, 1) AS INTEGER), s7 = s7 - CAST(substr(OLD.scores, 7, 1) AS INTEGER), s8 = s8 - CAST(substr(OLD.scores, 8, 1) AS INTEGER), s9 = s9 - CAST(substr(OLD.scores, 9, 1) AS INTEGER), s10 = s10 - CAST(substr(OLD.scores, 10, 1) AS INTEGER), s11 = s11 - CAST(substr(OLD.scores, 11, 1) AS INTEGER), s12 = s12 - CAST(substr(OLD.scores, 12, 1) AS INTEGER), s13 = s13 - CAST(substr(OLD.scores, 13, 1) AS INTEGER), s14 = s14 - CAST(substr(OLD.scores, 14, 1) AS INTEGER), s15 = s15 - CAST(substr(OLD.scores, 15, 1) AS INTEGER), s16 = s16 - CAST(substr(OLD.scores, 16, 1) AS INTEGER), s17 = s17 - CAST(substr(OLD.scores, 17, 1) AS INTEGER), s18 = s18 - CAST(substr(OLD.scores, 18, 1) AS INTEGER), s19 = s19 - CAST(substr(OLD.scores, 19, 1) AS INTEGER), s20 = s20 - CAST(substr(OLD.scores, 20, 1) AS INTEGER)
    WHERE OLD.deleted_at IS NULL AND office_day = OLD.office_day
      AND procedure_id = coalesce(OLD.procedure_id, '') AND questionnaire_version = OLD.questionnaire_version;
END;
