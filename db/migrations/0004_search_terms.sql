-- The search index's name terms, for looking up a word still being typed (db/schema.ts).
-- WITHOUT ROWID: the term is the whole row, kept once, in its own B-tree.
CREATE TABLE `visitor_search_terms` (
	`term` text PRIMARY KEY NOT NULL
) WITHOUT ROWID;
