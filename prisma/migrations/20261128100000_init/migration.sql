-- CreateEnum
CREATE TYPE "DeliveryMethod" AS ENUM ('sms', 'lookup');

-- CreateEnum
CREATE TYPE "SendOutcome" AS ENUM ('sent', 'failed');

-- CreateEnum
CREATE TYPE "SendPurpose" AS ENUM ('otp', 'test');

-- CreateEnum
CREATE TYPE "ChallengeStatus" AS ENUM ('pending', 'sent', 'failed', 'verified', 'superseded', 'locked');

-- CreateEnum
CREATE TYPE "SenderKind" AS ENUM ('public_shared', 'public', 'private', 'custom');

-- CreateEnum
CREATE TYPE "SenderStatus" AS ENUM ('enabled', 'disabled');

-- CreateTable
CREATE TABLE "otp_challenges" (
    "id" UUID NOT NULL,
    "phone" VARCHAR(16) NOT NULL,
    "code_hash" VARCHAR(64) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "status" "ChallengeStatus" NOT NULL DEFAULT 'pending',
    "failed_tries" INTEGER NOT NULL DEFAULT 0,
    "verified_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "otp_challenges_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "send_attempts" (
    "id" BIGSERIAL NOT NULL,
    "phone" VARCHAR(16) NOT NULL,
    "sender" VARCHAR(32),
    "method" "DeliveryMethod" NOT NULL,
    "purpose" "SendPurpose" NOT NULL DEFAULT 'otp',
    "outcome" "SendOutcome" NOT NULL,
    "provider_status" INTEGER,
    "provider_message" TEXT,
    "message_id" VARCHAR(32),
    "cost" INTEGER,
    "latency_ms" INTEGER NOT NULL,
    "error_code" VARCHAR(64),
    "error_detail" TEXT,
    "provider_response" JSONB,
    "challenge_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "send_attempts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sender_lines" (
    "id" SERIAL NOT NULL,
    "number" VARCHAR(32) NOT NULL,
    "kind" "SenderKind" NOT NULL,
    "label" VARCHAR(100) NOT NULL DEFAULT '',
    "priority" INTEGER NOT NULL DEFAULT 100,
    "status" "SenderStatus" NOT NULL DEFAULT 'enabled',
    "last_failure_code" INTEGER,
    "last_failure_at" TIMESTAMPTZ(3),
    "last_success_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sender_lines_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "settings" (
    "key" VARCHAR(64) NOT NULL,
    "value" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "settings_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "otp_challenges_phone_created_at_idx" ON "otp_challenges"("phone", "created_at" DESC);

-- CreateIndex
CREATE INDEX "send_attempts_created_at_idx" ON "send_attempts"("created_at");

-- CreateIndex
CREATE INDEX "send_attempts_phone_id_idx" ON "send_attempts"("phone", "id" DESC);

-- CreateIndex
CREATE INDEX "send_attempts_outcome_id_idx" ON "send_attempts"("outcome", "id" DESC);

-- CreateIndex
CREATE INDEX "send_attempts_provider_status_id_idx" ON "send_attempts"("provider_status", "id" DESC);

-- CreateIndex
CREATE INDEX "send_attempts_sender_id_idx" ON "send_attempts"("sender", "id" DESC);

-- CreateIndex
CREATE INDEX "send_attempts_challenge_id_idx" ON "send_attempts"("challenge_id");

-- CreateIndex
CREATE UNIQUE INDEX "sender_lines_number_key" ON "sender_lines"("number");

-- CreateIndex
CREATE INDEX "sender_lines_status_priority_idx" ON "sender_lines"("status", "priority");

-- AddForeignKey
ALTER TABLE "send_attempts" ADD CONSTRAINT "send_attempts_challenge_id_fkey" FOREIGN KEY ("challenge_id") REFERENCES "otp_challenges"("id") ON DELETE SET NULL ON UPDATE CASCADE;

