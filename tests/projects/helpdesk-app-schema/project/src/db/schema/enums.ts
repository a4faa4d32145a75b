import { app } from "./_schema";

export const ticketStatus = app.enum("ticket_status", ["new", "open", "pending", "solved", "closed"]);
export const ticketPriority = app.enum("ticket_priority", ["low", "normal", "high", "urgent"]);
export const channel = app.enum("channel", ["email", "chat", "phone", "web"]);
