ALTER TABLE `import_rows` ADD `layers` text;--> statement-breakpoint
ALTER TABLE `imports` ADD `layers` text;--> statement-breakpoint
ALTER TABLE `parts` ADD `layers` text;