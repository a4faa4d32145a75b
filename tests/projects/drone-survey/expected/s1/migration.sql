CREATE SCHEMA "ops";
--> statement-breakpoint
CREATE TYPE "drone_status" AS ENUM('idle', 'flying', 'charging', 'maintenance');--> statement-breakpoint
CREATE TYPE "ops"."sensor_kind" AS ENUM('rgb', 'thermal', 'lidar', 'multispectral');--> statement-breakpoint
CREATE TABLE "drones" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "drones_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"callsign" text NOT NULL UNIQUE,
	"status" "drone_status" DEFAULT 'idle'::"drone_status" NOT NULL,
	"status_history" "drone_status"[] DEFAULT '{idle}'::"drone_status"[],
	"ip" inet DEFAULT '10.0.0.1',
	"control_net" cidr DEFAULT '10.0.0.0/24',
	"radio_mac" macaddr DEFAULT '08:00:2b:01:02:03',
	"ble_mac" macaddr8,
	"home" point DEFAULT '(4.895,52.37)',
	"dock" point DEFAULT '(4.9,52.4)',
	"firmware" bytea,
	"hourly_rate" money DEFAULT '12.50'
);
--> statement-breakpoint
CREATE TABLE "ops"."sensors" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ops"."sensors_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"drone_id" integer,
	"kind" "ops"."sensor_kind" NOT NULL,
	"kinds" "ops"."sensor_kind"[] DEFAULT '{rgb,thermal}'::"ops"."sensor_kind"[],
	"serial" text,
	"calibration_line" line DEFAULT '{1,-1,0}',
	"horizon" line DEFAULT '{0,1,-2}'
);
--> statement-breakpoint
CREATE TABLE "flights" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "flights_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"drone_id" integer NOT NULL,
	"takeoff" geography(Point,4326),
	"window" tsrange,
	"started_at" timestamp with time zone DEFAULT now()
);
--> statement-breakpoint
CREATE TABLE "frames" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "frames_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"flight_id" integer,
	"embedding" vector(512),
	"thumb_embedding" halfvec(256),
	"keypoints" sparsevec(10000),
	"hash" bit(64),
	"label" text
);
--> statement-breakpoint
ALTER TABLE "ops"."sensors" ADD CONSTRAINT "sensors_drone_id_drones_id_fkey" FOREIGN KEY ("drone_id") REFERENCES "drones"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "flights" ADD CONSTRAINT "flights_drone_id_drones_id_fkey" FOREIGN KEY ("drone_id") REFERENCES "drones"("id");--> statement-breakpoint
ALTER TABLE "frames" ADD CONSTRAINT "frames_flight_id_flights_id_fkey" FOREIGN KEY ("flight_id") REFERENCES "flights"("id") ON DELETE CASCADE;