CREATE TABLE `article_categories` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `article_favorites` (
	`user_id` integer NOT NULL,
	`company_id` integer NOT NULL,
	`article_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`user_id`, `company_id`, `article_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `articles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`number` text NOT NULL,
	`name` text NOT NULL,
	`description` text NOT NULL,
	`category_id` integer,
	`unit` text DEFAULT 'pc' NOT NULL,
	`base_price` integer NOT NULL,
	`price_breaks` text DEFAULT '[]' NOT NULL,
	`stock` integer,
	`show_stock` integer DEFAULT false NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`published_to_all` integer DEFAULT false NOT NULL,
	`image` blob,
	`image_type` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`category_id`) REFERENCES `article_categories`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `articles_number` ON `articles` (`number`);--> statement-breakpoint
CREATE INDEX `articles_category` ON `articles` (`category_id`);--> statement-breakpoint
CREATE TABLE `company_article_categories` (
	`company_id` integer NOT NULL,
	`category_id` integer NOT NULL,
	`published` integer NOT NULL,
	`discount` real,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`company_id`, `category_id`),
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`category_id`) REFERENCES `article_categories`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `company_articles` (
	`company_id` integer NOT NULL,
	`article_id` integer NOT NULL,
	`published` integer,
	`fixed_price` integer,
	`discount` real,
	`customer_article_number` text,
	`customer_name` text,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`company_id`, `article_id`),
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `company_articles_article` ON `company_articles` (`article_id`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
-- drizzle-kit selected the new columns from the old tables (SQLite reads an unknown "name" as a string): the new columns start empty
CREATE TABLE `__new_basket_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`company_id` integer NOT NULL,
	`part_id` integer,
	`article_id` integer,
	`quantity` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`part_id`) REFERENCES `parts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_basket_items`("id", "user_id", "company_id", "part_id", "article_id", "quantity", "created_at") SELECT "id", "user_id", "company_id", "part_id", NULL, "quantity", "created_at" FROM `basket_items`;--> statement-breakpoint
DROP TABLE `basket_items`;--> statement-breakpoint
ALTER TABLE `__new_basket_items` RENAME TO `basket_items`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `basket_items_owner` ON `basket_items` (`user_id`,`company_id`);--> statement-breakpoint
CREATE TABLE `__new_order_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_id` integer NOT NULL,
	`position` integer NOT NULL,
	`kind` text DEFAULT 'part' NOT NULL,
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
	`approval` text NOT NULL,
	`approval_reason` text,
	`reject_reason` text,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`part_id`) REFERENCES `parts`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_order_lines`("id", "order_id", "position", "kind", "part_id", "article_id", "name", "article_number", "customer_article_number", "customer_name", "unit", "material", "thickness", "quantity", "unit_price", "total", "quote", "approval", "approval_reason", "reject_reason") SELECT "id", "order_id", "position", 'part', "part_id", NULL, "name", "article_number", NULL, NULL, NULL, "material", "thickness", "quantity", "unit_price", "total", "quote", "approval", "approval_reason", "reject_reason" FROM `order_lines`;--> statement-breakpoint
DROP TABLE `order_lines`;--> statement-breakpoint
ALTER TABLE `__new_order_lines` RENAME TO `order_lines`;--> statement-breakpoint
CREATE INDEX `order_lines_order` ON `order_lines` (`order_id`);