CREATE TABLE `quote_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`quote_id` integer NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`part_id` integer,
	`article_id` integer,
	`name` text NOT NULL,
	`article_number` text,
	`customer_article_number` text,
	`customer_name` text,
	`unit` text,
	`material` text,
	`thickness` real,
	`quantity` integer NOT NULL,
	`unit_price` integer NOT NULL,
	`total` integer NOT NULL,
	`quote` text NOT NULL,
	FOREIGN KEY (`quote_id`) REFERENCES `quotes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`part_id`) REFERENCES `parts`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `quote_lines_quote` ON `quote_lines` (`quote_id`);--> statement-breakpoint
CREATE TABLE `quotes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`company_id` integer NOT NULL,
	`number` text NOT NULL,
	`source` text NOT NULL,
	`created_by` integer,
	`created_by_name` text NOT NULL,
	`language` text DEFAULT 'en' NOT NULL,
	`valid_until` text NOT NULL,
	`currency` text NOT NULL,
	`total` integer NOT NULL,
	`commission` text,
	`requested_date` text,
	`delivery_address` text,
	`billing_address` text,
	`delivery_method` text DEFAULT 'delivery' NOT NULL,
	`note` text,
	`pricing` text NOT NULL,
	`order_id` integer,
	`sent_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `quotes_number` ON `quotes` (`number`);--> statement-breakpoint
CREATE INDEX `quotes_company` ON `quotes` (`company_id`,`created_at`);