ALTER TABLE `users` ADD `last_login_at` integer;--> statement-breakpoint
CREATE INDEX `parts_company_article` ON `parts` (`company_id`,`article_number`);