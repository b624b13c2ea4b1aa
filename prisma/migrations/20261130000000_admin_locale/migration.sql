-- AlterTable
ALTER TABLE "admin_users" ADD COLUMN     "locale" VARCHAR(8);
