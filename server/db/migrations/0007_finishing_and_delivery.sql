ALTER TABLE `basket_items` ADD `finishing` text;--> statement-breakpoint
ALTER TABLE `baskets` ADD `lead_time` text;--> statement-breakpoint
ALTER TABLE `orders` ADD `lead_time` text;--> statement-breakpoint
ALTER TABLE `orders` ADD `delivery_date` text;--> statement-breakpoint
ALTER TABLE `quotes` ADD `lead_time` text;