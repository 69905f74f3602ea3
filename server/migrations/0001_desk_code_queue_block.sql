ALTER TABLE "desks" ADD COLUMN "code" text;--> statement-breakpoint
ALTER TABLE "desks" ADD COLUMN "queue_block" integer;--> statement-breakpoint
CREATE UNIQUE INDEX "desks_office_code_active" ON "desks" USING btree ("office_id","code") WHERE "desks"."revoked_at" is null and "desks"."code" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "desks_office_queue_block_active" ON "desks" USING btree ("office_id","queue_block") WHERE "desks"."revoked_at" is null and "desks"."queue_block" is not null;