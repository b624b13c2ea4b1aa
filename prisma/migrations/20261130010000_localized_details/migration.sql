-- AlterTable
ALTER TABLE "account_snapshots" ADD COLUMN     "failures" JSONB NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "incidents" ADD COLUMN     "detail_message" JSONB;
