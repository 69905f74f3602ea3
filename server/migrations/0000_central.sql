CREATE TABLE "changes" (
	"cursor" bigserial PRIMARY KEY NOT NULL,
	"office_id" text NOT NULL,
	"origin_desk_id" text NOT NULL,
	"change_id" text NOT NULL,
	"table_name" text NOT NULL,
	"row_id" text NOT NULL,
	"op" text NOT NULL,
	"hlc" text NOT NULL,
	"data" jsonb NOT NULL,
	"received_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "desks" (
	"id" text PRIMARY KEY NOT NULL,
	"office_id" text NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"last_seq" bigint DEFAULT 0 NOT NULL,
	"schema_version" integer,
	"created_at" bigint NOT NULL,
	"last_seen_at" bigint,
	"revoked_at" bigint
);
--> statement-breakpoint
CREATE TABLE "enrolment_codes" (
	"code_hash" text PRIMARY KEY NOT NULL,
	"office_id" text NOT NULL,
	"created_at" bigint NOT NULL,
	"expires_at" bigint NOT NULL,
	"used_at" bigint,
	"used_by_desk" text
);
--> statement-breakpoint
CREATE TABLE "offices" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"created_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rejections" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"desk_id" text NOT NULL,
	"seq" bigint NOT NULL,
	"change_id" text NOT NULL,
	"code" text NOT NULL,
	"message" text NOT NULL,
	"at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rows" (
	"office_id" text NOT NULL,
	"table_name" text NOT NULL,
	"row_id" text NOT NULL,
	"op" text NOT NULL,
	"hlc" text NOT NULL,
	"origin_desk_id" text NOT NULL,
	"data" jsonb NOT NULL,
	CONSTRAINT "rows_office_id_table_name_row_id_pk" PRIMARY KEY("office_id","table_name","row_id")
);
--> statement-breakpoint
ALTER TABLE "desks" ADD CONSTRAINT "desks_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolment_codes" ADD CONSTRAINT "enrolment_codes_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "changes_office_cursor" ON "changes" USING btree ("office_id","cursor");--> statement-breakpoint
CREATE UNIQUE INDEX "changes_change_id" ON "changes" USING btree ("change_id");--> statement-breakpoint
CREATE UNIQUE INDEX "desks_token_hash" ON "desks" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "desks_office" ON "desks" USING btree ("office_id");--> statement-breakpoint
CREATE INDEX "rejections_desk" ON "rejections" USING btree ("desk_id");