ALTER VIEW "v" SET (security_invoker = true);--> statement-breakpoint
ALTER VIEW "v" RESET (check_option, security_barrier);