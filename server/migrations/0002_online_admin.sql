CREATE TABLE "admin_grants" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"office_id" text NOT NULL,
	"desk_id" text NOT NULL,
	"user_id" text NOT NULL,
	"username" text NOT NULL,
	"created_at" bigint NOT NULL,
	"expires_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "central_audit" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"office_id" text NOT NULL,
	"desk_id" text,
	"user_id" text,
	"username" text,
	"action" text NOT NULL,
	"outcome" text NOT NULL,
	"detail" jsonb NOT NULL,
	"at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sign_in_attempts" (
	"office_id" text NOT NULL,
	"username" text NOT NULL,
	"failures" integer NOT NULL,
	"last_failure_at" bigint NOT NULL,
	"locked_until" bigint,
	CONSTRAINT "sign_in_attempts_office_id_username_pk" PRIMARY KEY("office_id","username")
);
--> statement-breakpoint
CREATE INDEX "admin_grants_expires" ON "admin_grants" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "central_audit_office_at" ON "central_audit" USING btree ("office_id","at");