-- CreateEnum
CREATE TYPE "IncidentKind" AS ENUM ('line_refused', 'no_credit', 'low_credit', 'account_expiry', 'provider_unreachable', 'global_limit', 'line_undelivered');

-- CreateEnum
CREATE TYPE "IncidentState" AS ENUM ('open', 'resolved');

-- CreateEnum
CREATE TYPE "NotificationChannel" AS ENUM ('webhook', 'email', 'telegram');

-- CreateEnum
CREATE TYPE "NotificationEvent" AS ENUM ('opened', 'resolved', 'reminder', 'test');

-- CreateEnum
CREATE TYPE "NotificationOutcome" AS ENUM ('pending', 'sent', 'failed');

-- AlterTable
ALTER TABLE "send_attempts" ADD COLUMN     "delivery_pending_since" TIMESTAMPTZ(3),
ADD COLUMN     "delivery_status" INTEGER,
ADD COLUMN     "delivery_status_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "incidents" (
    "id" BIGSERIAL NOT NULL,
    "kind" "IncidentKind" NOT NULL,
    "cause" VARCHAR(64) NOT NULL,
    "open_cause" VARCHAR(64),
    "state" "IncidentState" NOT NULL DEFAULT 'open',
    "line" VARCHAR(32),
    "count" INTEGER NOT NULL DEFAULT 1,
    "provider_status" INTEGER,
    "provider_message" TEXT,
    "detail" TEXT NOT NULL DEFAULT '',
    "first_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolved_at" TIMESTAMPTZ(3),
    "acknowledged_at" TIMESTAMPTZ(3),
    "acknowledged_by" VARCHAR(254),
    "notified_at" TIMESTAMPTZ(3),

    CONSTRAINT "incidents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification_deliveries" (
    "id" BIGSERIAL NOT NULL,
    "incident_id" BIGINT,
    "channel" "NotificationChannel" NOT NULL,
    "event" "NotificationEvent" NOT NULL,
    "outcome" "NotificationOutcome" NOT NULL DEFAULT 'pending',
    "tries" INTEGER NOT NULL DEFAULT 0,
    "result" TEXT NOT NULL DEFAULT '',
    "notice" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notification_deliveries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "incidents_open_cause_key" ON "incidents"("open_cause");

-- CreateIndex
CREATE INDEX "incidents_state_last_at_idx" ON "incidents"("state", "last_at");

-- CreateIndex
CREATE INDEX "notification_deliveries_created_at_idx" ON "notification_deliveries"("created_at");

-- CreateIndex
CREATE INDEX "notification_deliveries_incident_id_idx" ON "notification_deliveries"("incident_id");

-- CreateIndex
CREATE INDEX "send_attempts_delivery_pending_since_idx" ON "send_attempts"("delivery_pending_since");

-- AddForeignKey
ALTER TABLE "notification_deliveries" ADD CONSTRAINT "notification_deliveries_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

